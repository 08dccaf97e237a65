import { creditCodeCheckChar } from '../../src/text/credit-code.js';
import type { MemberType } from '../../src/model/member.js';

/** A member unit of a generated submission: the truth the documents are written from. */
export interface Unit {
  name: string;
  type: MemberType;
  /** Unified social credit code (valid unless made invalid on purpose). */
  code: string;
  /** Province the unit is registered in. */
  province: string;
  /** Legal representative (signs the agreement). */
  rep: string;
}

const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A deterministic valid credit code: registration authority + category, division code, organisation code, check character. */
export function creditCode(prefix: '91' | '12' | '52', division: string, seed: number): string {
  let org = '';
  let x = seed * 7919 + 104729;
  for (let i = 0; i < 9; i++) {
    x = (x * 48271) % 2147483647;
    org += CODE_CHARS[x % (i < 8 ? 10 : 31)];
  }
  const first17 = `${prefix}${division}${org}`;
  return first17 + creditCodeCheckChar(first17);
}

/** The same code with a wrong check character. */
export function breakCode(code: string): string {
  const last = code[17];
  return code.slice(0, 17) + (last === '0' ? '1' : '0');
}

const REPS = ['张伟', '王芳', '李强', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周杰', '吴霞', '徐刚', '孙丽', '马超', '朱琳', '胡军', '郭鹏'];

function unit(name: string, type: MemberType, prefix: '91' | '12' | '52', division: string, province: string, seed: number): Unit {
  return { name, type, code: creditCode(prefix, division, seed), province, rep: REPS[seed % REPS.length] };
}

/** Henan units (new materials field). */
export const HENAN = {
  lead: unit('河南中原新材料科技股份有限公司', 'enterprise', '91', '410100', '河南', 1),
  enterprises: [
    unit('郑州华锐精密装备有限公司', 'enterprise', '91', '410100', '河南', 2),
    unit('洛阳北方轴承科技股份有限公司', 'enterprise', '91', '410300', '河南', 3),
    unit('新乡恒泰电池材料有限公司', 'enterprise', '91', '410700', '河南', 4),
    unit('许昌瑞达智能制造有限公司', 'enterprise', '91', '411000', '河南', 5),
    unit('焦作宏达新型建材有限公司', 'enterprise', '91', '410800', '河南', 6),
    unit('开封鑫源机械制造有限公司', 'enterprise', '91', '410200', '河南', 7),
    unit('南阳天瑞生物材料有限公司', 'enterprise', '91', '411300', '河南', 8),
  ],
  universities: [
    unit('郑州大学', 'university', '12', '410000', '河南', 9),
    unit('河南理工大学', 'university', '12', '410800', '河南', 10),
    unit('河南工业大学', 'university', '12', '410100', '河南', 11),
  ],
  institutes: [
    unit('河南省科学院化学研究所', 'institute', '12', '410000', '河南', 12),
    unit('河南省机械研究设计院', 'institute', '12', '410100', '河南', 13),
  ],
  others: [unit('河南省新材料产业协会', 'other', '52', '410000', '河南', 14)],
  outside: [
    unit('武汉长江先进材料有限公司', 'enterprise', '91', '420100', '湖北', 15),
    unit('北京中材新型材料研究院', 'institute', '12', '110000', '北京', 16),
    unit('西安秦岭新材料有限公司', 'enterprise', '91', '610100', '陕西', 17),
    unit('长沙湘江复合材料有限公司', 'enterprise', '91', '430100', '湖南', 18),
    unit('南京东方合金研究所', 'institute', '12', '320100', '江苏', 19),
    unit('合肥中科新能源材料有限公司', 'enterprise', '91', '340100', '安徽', 20),
    unit('武汉理工大学', 'university', '12', '420000', '湖北', 21),
  ],
  outsideLead: unit('湖北楚天新材料集团有限公司', 'enterprise', '91', '420100', '湖北', 22),
};

/** Gansu units (non-ferrous metals / new energy). */
export const GANSU = {
  lead: unit('甘肃陇原有色金属集团有限公司', 'enterprise', '91', '620100', '甘肃', 31),
  enterprises: [
    unit('金昌镍都新材料有限公司', 'enterprise', '91', '620300', '甘肃', 32),
    unit('白银银光化工科技有限公司', 'enterprise', '91', '620400', '甘肃', 33),
    unit('酒泉风电装备制造有限公司', 'enterprise', '91', '620900', '甘肃', 34),
    unit('天水华天电子材料有限公司', 'enterprise', '91', '620500', '甘肃', 35),
    unit('嘉峪关西部铝业有限公司', 'enterprise', '91', '620200', '甘肃', 36),
  ],
  universities: [unit('兰州理工大学', 'university', '12', '620000', '甘肃', 37), unit('兰州交通大学', 'university', '12', '620000', '甘肃', 38)],
  institutes: [unit('甘肃省有色金属研究院', 'institute', '12', '620000', '甘肃', 39), unit('甘肃省科学院新能源研究所', 'institute', '12', '620000', '甘肃', 40)],
};
