/**
 * Invented member units, alliance names and platform names for the large corpus: the same kinds
 * of names as units.ts, drawn from pools so that thousands of submissions name different units.
 * A unit keeps the type and province it stands in for, and its name reads as that type and
 * province to the checker (memberTypeOf, provinceOfText), so expected.json stays true.
 */
import type { MemberType } from '../../src/model/member.js';
import { memberTypeOf, provinceOfText } from '../../src/text/organizations.js';
import type { SeededRandom } from './seeded-random.js';
import { creditCode, type Unit } from './units.js';

/** Prefecture cities with their division codes, per province the sample's units come from. */
const CITIES: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  河南: [['郑州', '410100'], ['开封', '410200'], ['洛阳', '410300'], ['平顶山', '410400'], ['安阳', '410500'], ['鹤壁', '410600'], ['新乡', '410700'], ['焦作', '410800'], ['濮阳', '410900'], ['许昌', '411000'], ['漯河', '411100'], ['三门峡', '411200'], ['南阳', '411300'], ['商丘', '411400'], ['信阳', '411500'], ['周口', '411600'], ['驻马店', '411700']],
  甘肃: [['兰州', '620100'], ['嘉峪关', '620200'], ['金昌', '620300'], ['白银', '620400'], ['天水', '620500'], ['武威', '620600'], ['张掖', '620700'], ['平凉', '620800'], ['酒泉', '620900'], ['庆阳', '621000'], ['定西', '621100'], ['陇南', '621200']],
  湖北: [['武汉', '420100'], ['宜昌', '420500'], ['襄阳', '420600']],
  北京: [['北京', '110000']],
  陕西: [['西安', '610100'], ['宝鸡', '610300']],
  湖南: [['长沙', '430100'], ['株洲', '430200']],
  江苏: [['南京', '320100'], ['苏州', '320500'], ['无锡', '320200']],
  安徽: [['合肥', '340100'], ['芜湖', '340200']],
};

const BRANDS = ['华锐', '恒泰', '瑞达', '宏达', '鑫源', '天瑞', '金诚', '银河', '博远', '汇通', '正泰', '明阳', '盛达', '凯瑞', '佳和', '永信', '中联', '远航', '新华', '德力', '润丰', '宇通', '利民', '鼎盛', '腾飞', '兴业', '昊天', '嘉禾', '泰和', '万象', '同创', '众诚', '弘毅', '卓越', '立信', '金鹰', '华晨', '东方', '瑞丰', '聚能'];
const INDUSTRIES = ['精密装备', '电池材料', '智能制造', '新型建材', '机械制造', '生物材料', '合金材料', '复合材料', '电子材料', '化工科技', '新材料科技', '光电科技', '稀土材料', '环保科技', '铝业', '铜业', '镍钴材料', '能源装备', '风电装备', '轴承科技', '特钢', '磁材科技', '硅材料', '膜材料', '碳材料', '陶瓷材料', '精细化工', '数控装备'];
const COMPANY_SUFFIXES = ['有限公司', '股份有限公司', '集团有限公司', '科技有限公司'];
const DISCIPLINES = ['理工', '工业', '科技', '交通', '工程', '化工', '材料', '轻工', '石油', '机电'];
const RESEARCH_FIELDS = ['化学', '机械', '冶金', '材料', '能源', '电子', '有色金属', '建材', '化工', '自动化', '轻工', '环境'];
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾';
const GIVEN = ['伟', '芳', '强', '洋', '静', '帆', '磊', '敏', '杰', '霞', '刚', '丽', '超', '琳', '军', '鹏', '建国', '志强', '海燕', '晓东', '文博', '立新', '春华', '玉兰', '国庆', '红梅', '永刚', '思远'];

/** Prefixes of invented alliance names per pack region, and the words between prefix and field. */
const ALLIANCE_PREFIXES = {
  河南: ['河南省', '中原', '豫北', '豫南', '豫西', '豫东', '郑洛新', ...CITIES.河南.map(([c]) => `${c}市`)],
  甘肃: ['甘肃省', '陇原', '河西走廊', '陇东', '陇中', ...CITIES.甘肃.map(([c]) => `${c}市`)],
} as const;
const QUALIFIERS = ['', '高端', '绿色', '智能', '先进', '新型', '特种', '精密'];

/** Fields of alliances (the industry an alliance works in). */
export const FIELDS = [
  '先进新材料', '新能源电池材料', '绿色建材', '智能装备', '生物基材料', '高端轴承材料', '有色金属新材料', '新能源装备', '铝加工', '稀有金属',
  '镍钴新材料', '光伏材料', '稀土功能材料', '氢能装备', '超硬材料', '先进陶瓷', '碳纤维复合材料', '电子信息材料', '数控机床', '工业机器人',
  '智能传感器', '节能环保装备', '农机装备', '医用材料', '高分子材料', '特种钢铁', '精细化工', '新型显示材料', '集成电路材料', '储能材料',
  '轨道交通装备', '智能电网装备', '航空材料', '再生资源利用', '现代中药', '食品装备', '纺织新材料', '镁合金材料', '钛合金材料', '铜基新材料',
];

const reads = (name: string, type: MemberType, province: string): boolean => {
  const named = provinceOfText(name);
  return memberTypeOf(name) === type && (named === null || named === province);
};

function unitName(type: MemberType, province: string, city: string, rnd: SeededRandom): string {
  const provincial = city === province ? province : `${province}省`;
  switch (type) {
    case 'enterprise': {
      const industry = rnd.pick(INDUSTRIES);
      const suffix = rnd.pick(COMPANY_SUFFIXES);
      // 「…光电科技科技有限公司」 reads wrong: a 科技 industry takes a plain suffix.
      return `${city}${rnd.pick(BRANDS)}${industry}${industry.endsWith('科技') && suffix.startsWith('科技') ? '有限公司' : suffix}`;
    }
    case 'university':
      return rnd.chance(0.6) ? `${city}${rnd.pick(DISCIPLINES)}大学` : `${city}${rnd.pick(DISCIPLINES)}学院`;
    case 'institute':
      return rnd.pick([`${provincial}${rnd.pick(RESEARCH_FIELDS)}研究院`, `${provincial}科学院${rnd.pick(RESEARCH_FIELDS)}研究所`, `${city}${rnd.pick(RESEARCH_FIELDS)}研究所`]);
    case 'other':
      return `${provincial}${rnd.pick(INDUSTRIES)}产业协会`;
  }
}

/**
 * An invented unit of a type and province, its name and credit code not among `taken` (names and
 * codes already used in the submission, which the new ones are added to).
 */
export function inventUnit(type: MemberType, province: string, rnd: SeededRandom, taken: Set<string>): Unit {
  const cities = CITIES[province];
  if (!cities) throw new Error(`Expected a province with invented units (${Object.keys(CITIES).join('、')}), got ${province}`);
  const prefix = type === 'enterprise' ? '91' : type === 'other' ? '52' : '12';
  for (;;) {
    const [city, division] = rnd.pick(cities);
    const name = unitName(type, province, city, rnd);
    const code = creditCode(prefix, type === 'enterprise' ? division : `${division.slice(0, 2)}0000`, rnd.int(100, 999_999));
    if (taken.has(name) || taken.has(code) || !reads(name, type, province)) continue;
    taken.add(name);
    taken.add(code);
    return { name, type, code, province, rep: `${rnd.pick([...SURNAMES])}${rnd.pick(GIVEN)}` };
  }
}

/** A two-character company brand (华锐, 恒泰, …). */
export function inventBrand(rnd: SeededRandom): string {
  return rnd.pick(BRANDS);
}

/** A city of a province (for prose). */
export function cityOf(province: string, rnd: SeededRandom): string {
  return rnd.pick(CITIES[province] ?? CITIES.河南)[0];
}

/**
 * The alliance name of the `index`-th submission of a region: prefix, qualifier and field
 * enumerated with a stride coprime to their product, so no two indexes below it share a name.
 */
export function allianceName(region: keyof typeof ALLIANCE_PREFIXES, index: number, suffix: string): { name: string; field: string } {
  const prefixes = ALLIANCE_PREFIXES[region];
  const combos = prefixes.length * QUALIFIERS.length * FIELDS.length;
  let stride = 7919;
  while (gcd(stride, combos) !== 1) stride += 2;
  const k = (index * stride) % combos;
  const field = FIELDS[k % FIELDS.length];
  const qualifier = QUALIFIERS[Math.floor(k / FIELDS.length) % QUALIFIERS.length];
  const prefix = prefixes[Math.floor(k / (FIELDS.length * QUALIFIERS.length))];
  return { name: `${prefix}${qualifier}${field}${suffix}`, field };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Platform names like the sample's, each with another field between its level and its kind (「河南省…工程技术研究中心」), all different. */
export function inventPlatforms(originals: readonly string[], rnd: SeededRandom): string[] {
  const out: string[] = [];
  for (const original of originals) {
    const m = /^(河南省|甘肃省|国家)(.+?)(工程技术研究中心|重点实验室|企业技术中心|工程研究中心)$/u.exec(original);
    let name = original;
    while (m && (name === original || out.includes(name))) name = `${m[1]}${rnd.pick(FIELDS)}${m[3]}`;
    out.push(name);
  }
  return out;
}
