import { formatNotice, type Citation, type Notice } from '../../src/engine/pack.js';

/**
 * The official notices (and the one national standard) the packs encode: title and 文号 exactly as
 * the notices print them. A notice that carries no 文号 of its own is cited by its title; the
 * document it says it rests on is kept in `basis` and never passed off as its 文号.
 */
export const NOTICES = {
  /** Body text and 附件1–4; its 文号 is given where the 2022 notice (甘工信发〔2022〕53号 四) cites it. */
  'gansu-2020-60': {
    id: 'gansu-2020-60',
    issuer: '甘肃省工业和信息化厅',
    title: '甘肃省工业和信息化厅关于进一步加强产业技术创新联盟相关工作的通知',
    docNumber: '甘工信发〔2020〕60号',
    date: '2020-02-25',
  },
  /** The provincial call for 2022 innovation platforms with its self-evaluation tables 附件1–4. */
  'gansu-2022-53': {
    id: 'gansu-2022-53',
    issuer: '甘肃省工业和信息化厅',
    title: '甘肃省工业和信息化厅关于做好2022年省级技术创新平台申报工作的通知',
    docNumber: '甘工信发〔2022〕53号',
  },
  /** Lanzhou's covering notice for the same call (its own, earlier deadlines); printed without a 文号. */
  'lanzhou-2022': {
    id: 'lanzhou-2022',
    issuer: '兰州市工业和信息化局',
    title: '关于组织申报2022年省级技术创新平台的通知',
    date: '2022-03-15',
    basis: '转发《甘肃省工业和信息化厅关于做好2022年省级技术创新平台申报工作的通知》（甘工信发〔2022〕53号）',
  },
  /** Printed as an attachment without a 文号; 合科〔2017〕37号 is the 管理办法 it rests on, not its own number. */
  'hefei-2017': {
    id: 'hefei-2017',
    issuer: '合肥市科技局',
    title: '合肥市产业技术创新战略联盟考核办法(试行)',
    basis: '根据《合肥市产业技术创新战略联盟管理办法》(合科〔2017〕37号)等规定制定',
  },
  /** Printed without a 文号; 豫科〔2013〕146号 is the 实施办法 it rests on, not its own number. */
  'henan-2020': {
    id: 'henan-2020',
    issuer: '河南省科学技术厅',
    title: '关于组织申报2020年河南省产业技术创新战略联盟的通知',
    basis: '根据《河南省产业技术创新战略联盟构建与发展实施办法》（豫科〔2013〕146号）',
  },
  /** The check character of the unified social credit code. */
  'gb-32100-2015': {
    id: 'gb-32100-2015',
    issuer: '国家质量监督检验检疫总局、国家标准化管理委员会',
    title: '法人和其他组织统一社会信用代码编码规则',
    docNumber: 'GB 32100-2015',
  },
} as const satisfies Record<string, Notice>;

export type NoticeId = keyof typeof NOTICES;

/** A citation of `section` of a notice (二（二）, 附件2《…》), optionally quoting the notice's words. */
export function cite(notice: NoticeId, section: string, quote?: string): Citation {
  return { notice: NOTICES[notice], section, ...(quote === undefined ? {} : { quote }) };
}

/** A citation as text, for the parts of a pack that hold their source as text (rubric indicators). */
export function citeText(notice: NoticeId, section: string): string {
  return `${formatNotice(NOTICES[notice])}${section}`;
}
