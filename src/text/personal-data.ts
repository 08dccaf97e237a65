/**
 * Personal data in free text: mobile and landline phone numbers, e-mail addresses, 18-character
 * resident ID numbers (with their check digit), and person names written after a label such as
 * 联系人： or 法定代表人（签字）：. Unified social credit codes are never taken for ID numbers.
 */
import { isPersonName } from './cell-content.js';
import { isValidCreditCode } from './credit-code.js';
import { toHalfWidth } from './normalize.js';

export type PersonalKind = 'person' | 'phone' | 'email' | 'id';

/** A piece of personal data in a text: UTF-16 offsets into the text as given. */
export interface PersonalMatch {
  kind: PersonalKind;
  start: number;
  end: number;
  value: string;
}

const MOBILE = /(?<![0-9A-Za-z])(?:\+?86[- ]?)?1[3-9]\d{9}(?![0-9A-Za-z])/gu;
/** A landline with its area code: 0371-65990001, (0371)65990001, 0931 8881234, with an extension. */
const LANDLINE = /(?<![0-9A-Za-z])(?:\(0\d{2,3}\)\s?|0\d{2,3}[-\s]?)\d{7,8}(?:-\d{1,5})?(?![0-9A-Za-z])/gu;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/gu;
/** Resident ID shape (GB 11643): 6-digit division, birth date 19xx/20xx, sequence, check digit. */
const RESIDENT_ID = /(?<![0-9A-Za-z])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX](?![0-9A-Za-z])/giu;
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** Labels after which a person's name is written. */
const PERSON_LABELS = '法定代表人|法人代表|联系人|负责人|理事长|副理事长|秘书长|经办人|填表人|审核人|签字人|授权代表|委托代理人|主要负责人';
/** A label, an optional （签字）, a colon, then the name (two to four Han characters, · for minority names). */
const LABELLED_NAME = new RegExp(`(?:${PERSON_LABELS})\\s*(?:[（(](?:签字|签名|签章)[）)])?\\s*[:：]\\s*([\\p{Script=Han}][\\p{Script=Han}·]{1,4})`, 'gu');
/** What a unit's or an office's name ends in: such a value is no person's name. */
const NOT_A_PERSON = /(?:公司|集团|大学|学院|学校|研究院|研究所|科学院|中心|实验室|协会|学会|联盟|委员会|办公室|秘书处|局|厅|部|委|处|科|室|所|院|会|厂|站)$|^(?:无|暂无|待定|同上|见附件|本人|签字|盖章)$/u;

/** True if the 18-character string passes the resident ID check digit (ISO 7064 MOD 11-2). */
export function isResidentId(id: string): boolean {
  const s = id.toUpperCase();
  if (!/^\d{17}[\dX]$/u.test(s)) return false;
  const sum = ID_WEIGHTS.reduce((n, w, i) => n + w * Number(s[i]), 0);
  return ID_CHECK[sum % 11] === s[17];
}

/** Common Chinese surnames (单姓 and 复姓), for telling a name (王芳) from a word of two to four characters (新材料). */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'.split(''),
  '欧阳', '司马', '诸葛', '上官', '东方', '慕容', '令狐', '皇甫', '尉迟', '公孙', '长孙', '宇文', '夏侯', '轩辕', '端木', '独孤', '西门', '南宫', '司徒', '司空', '呼延', '澹台', '万俟', '钟离', '申屠',
]);

/**
 * True if `text` is most likely a person's name: written like one (cell-content's isPersonName: 2–4
 * Han characters, or a minority name with ·), no unit or office suffix, starting with a common
 * surname (unless `anySurname`: for a field that holds a person whatever is written, such as a
 * signer read from a signature cell).
 */
export function isLikelyPersonName(text: string, anySurname = false): boolean {
  if (!isPersonName(text) || /\s/u.test(text) || NOT_A_PERSON.test(text)) return false;
  return anySurname || SURNAMES.has(text.slice(0, 2)) || SURNAMES.has(text[0]);
}

/**
 * The personal data in a text by patterns alone, in order and not overlapping (an earlier or longer
 * match wins): phones, e-mail addresses, resident ID numbers, and names written after a person label.
 * Matching runs on the half-width form (same length), so offsets hold for the text as given.
 */
export function findPersonalData(text: string): PersonalMatch[] {
  const t = toHalfWidth(text);
  const found: PersonalMatch[] = [];
  const add = (kind: PersonalKind, start: number, end: number) => found.push({ kind, start, end, value: text.slice(start, end) });
  for (const m of t.matchAll(EMAIL)) add('email', m.index, m.index + m[0].length);
  for (const m of t.matchAll(RESIDENT_ID)) if (isResidentId(m[0]) && !isValidCreditCode(m[0])) add('id', m.index, m.index + m[0].length);
  for (const m of t.matchAll(MOBILE)) add('phone', m.index, m.index + m[0].length);
  for (const m of t.matchAll(LANDLINE)) add('phone', m.index, m.index + m[0].length);
  for (const m of t.matchAll(LABELLED_NAME)) {
    const name = m[1];
    if (!isLikelyPersonName(name)) continue;
    const start = m.index + m[0].length - name.length;
    add('person', start, start + name.length);
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersonalMatch[] = [];
  for (const m of found) if (kept.length === 0 || m.start >= kept[kept.length - 1].end) kept.push(m);
  return kept;
}
