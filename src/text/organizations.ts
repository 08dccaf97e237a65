import type { MemberType } from '../model/member.js';
import { toHalfWidth } from './normalize.js';
import { diceSimilarity } from './labels.js';
import { isUnitName } from './cell-content.js';

/** Province names by the first two digits of the administrative division code (GB/T 2260). */
export const PROVINCE_BY_CODE: Readonly<Record<string, string>> = {
  '11': '北京', '12': '天津', '13': '河北', '14': '山西', '15': '内蒙古', '21': '辽宁', '22': '吉林', '23': '黑龙江',
  '31': '上海', '32': '江苏', '33': '浙江', '34': '安徽', '35': '福建', '36': '江西', '37': '山东', '41': '河南',
  '42': '湖北', '43': '湖南', '44': '广东', '45': '广西', '46': '海南', '50': '重庆', '51': '四川', '52': '贵州',
  '53': '云南', '54': '西藏', '61': '陕西', '62': '甘肃', '63': '青海', '64': '宁夏', '65': '新疆', '71': '台湾',
  '81': '香港', '82': '澳门',
};

/** Prefecture-level cities of the provinces whose programs are implemented, and provincial capitals. */
const CITIES: Readonly<Record<string, readonly string[]>> = {
  河南: ['郑州', '开封', '洛阳', '平顶山', '安阳', '鹤壁', '新乡', '焦作', '濮阳', '许昌', '漯河', '三门峡', '南阳', '商丘', '信阳', '周口', '驻马店', '济源'],
  甘肃: ['兰州', '嘉峪关', '金昌', '白银', '天水', '武威', '张掖', '平凉', '酒泉', '庆阳', '定西', '陇南', '临夏', '甘南'],
  安徽: ['合肥', '芜湖', '蚌埠', '马鞍山'],
  北京: [], 上海: [], 天津: [], 重庆: [],
  河北: ['石家庄'], 山西: ['太原'], 辽宁: ['沈阳', '大连'], 吉林: ['长春'], 黑龙江: ['哈尔滨'], 江苏: ['南京', '苏州', '无锡'],
  浙江: ['杭州', '宁波'], 福建: ['福州', '厦门'], 江西: ['南昌'], 山东: ['济南', '青岛'], 湖北: ['武汉'], 湖南: ['长沙', '株洲'],
  广东: ['广州', '深圳'], 广西: ['南宁'], 海南: ['海口'], 四川: ['成都'], 贵州: ['贵阳'], 云南: ['昆明'], 陕西: ['西安'],
  青海: ['西宁'], 宁夏: ['银川'], 新疆: ['乌鲁木齐'], 内蒙古: ['呼和浩特'], 西藏: ['拉萨'],
};

/** Province of a unified social credit code, from its division code (characters 3–8); null for central-level codes. */
export function provinceOfCreditCode(code: string): string | null {
  if (code.length !== 18) return null;
  return PROVINCE_BY_CODE[code.slice(2, 4)] ?? null;
}

/** Province named in a unit name or address (a province name, or one of its cities). */
export function provinceOfText(text: string): string | null {
  for (const [province, cities] of Object.entries(CITIES)) {
    if (text.includes(province)) return province;
    if (cities.some((c) => text.includes(c))) return province;
  }
  return null;
}

/** Member type from a unit name: companies are enterprises, 大学/学院 universities, 研究院/所 institutes. */
export function memberTypeOf(name: string): MemberType {
  if (/有限公司|有限责任公司|股份|集团|公司$|厂$/u.test(name)) return 'enterprise';
  if (/大学|(?<!科)学院|学校|高等专科/u.test(name)) return 'university';
  if (/研究院|研究所|科学院|研究中心|设计院|检测中心|研究总院/u.test(name)) return 'institute';
  return 'other';
}

/** A unit name without role prefixes ("甲方："), seal notes ("（盖章）") and list numbers. */
export function cleanUnitName(raw: string): string {
  return raw
    .replace(/^\s*(?:\d+[.、．]|[（(]?[一二三四五六七八九十]+[）)、])\s*/u, '')
    .replace(/^(?:[甲乙丙丁戊己庚辛壬癸]|第[一二三四五六七八九十百\d]+)方\s*[：:]?\s*/u, '')
    .replace(/[（(](?:盖章|公章|签章|章)[）)]/gu, '')
    .replace(/[：:]\s*$/u, '')
    .trim();
}

/** Party line "甲方：XX公司" → the party's alias (甲方) and name; null when the line is not a party line naming a unit. */
export function parseParty(line: string): { alias: string; name: string } | null {
  const m = /^\s*((?:[甲乙丙丁戊己庚辛壬癸]|第[一二三四五六七八九十百\d]+|成员单位[一二三四五六七八九十百\d]+)方?)\s*[（(]?[^）)：:]{0,8}[）)]?\s*[：:]\s*(.+)$/u.exec(line);
  if (!m) return null;
  const name = cleanUnitName(m[2].split(/[，,；;（(]\s*(?:统一社会信用代码|法定代表人|地址|住所)/u)[0]);
  return isUnitName(name) ? { alias: m[1], name } : null;
}

/** Party line "甲方：XX公司" → the party's name; null when the line is not a party line. */
export function parsePartyLine(line: string): string | null {
  return parseParty(line)?.name ?? null;
}

/** R&D platform kinds that count as research platforms. */
const PLATFORM_KINDS = '工程技术研究中心|重点实验室|工程研究中心|工程实验室|企业技术中心|技术创新中心|制造业创新中心|新型研发机构|产业研究院|中试基地';
/** Ministries and national bodies that designate platforms at provincial-or-higher level. */
const MINISTRIES = '(?:农业农村|工业和信息化|教育|科学技术|科技|商务|卫生健康|自然资源|生态环境|交通运输|水利|住房和城乡建设|应急管理)部|国家发展(?:和)?改革委(?:员会)?|中国科学院|中国工程院';
const ISSUERS = `国家|${MINISTRIES}|(?:${Object.values(PROVINCE_BY_CODE).join('|')})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?`;
/** A platform name: its issuer, up to 30 characters (digits and Latin letters too: 5G, AI), its kind. */
const PLATFORM = new RegExp(`((?:${ISSUERS})[\\u4e00-\\u9fa5A-Za-z0-9（）()·]{0,30}?(?:${PLATFORM_KINDS}))`, 'gu');

/** Names of provincial-or-higher R&D platforms (国家… / …省…中心/实验室) mentioned in a text, distinct, in order. */
export function findProvincialPlatforms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLATFORM)) {
    const name = m[1];
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** A unit name reduced for comparison: half-width, no spaces, 有限责任公司 read as 有限公司. */
export function unitKey(name: string): string {
  return toHalfWidth(name).replace(/\s+/gu, '').replace(/有限责任公司$/u, '有限公司');
}

/** Similarity of two unit names in [0, 1]: Dice over character bigrams of their keys (1 when the keys are equal). */
export function unitSimilarity(a: string, b: string): number {
  return diceSimilarity(unitKey(a), unitKey(b));
}

