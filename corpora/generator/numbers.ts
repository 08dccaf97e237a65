/** How a generated document writes numbers. */
export type NumberStyle = 'arabic' | 'fullwidth' | 'chinese';

const DIGITS = '零一二三四五六七八九';

/** A small whole number (0–99) in Chinese numerals: 十二, 二十, 九. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/** Writes a number in the given style (full-width digits, or Chinese numerals for small whole numbers). */
export function num(n: number, style: NumberStyle): string {
  if (style === 'fullwidth') return String(n).replace(/[0-9.]/gu, (d) => (d === '.' ? '．' : String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
  if (style === 'chinese' && Number.isInteger(n) && n >= 0 && n < 100) return chineseNumber(n);
  return String(n);
}

/** Heavenly-stem party labels (甲方 … 癸方), then 第十一方 …. */
export function partyLabel(i: number): string {
  const stems = '甲乙丙丁戊己庚辛壬癸';
  return i < stems.length ? `${stems[i]}方` : `第${chineseNumber(i + 1)}方`;
}

/** Filler prose of exactly `chars` characters built from a sentence pool (for length-limit cases). */
export function prose(chars: number, pool: readonly string[]): string {
  let out = '';
  let i = 0;
  while ([...out].length < chars) out += pool[i++ % pool.length];
  return [...out].slice(0, chars - 1).join('') + '。';
}

/**
 * How a layout variant writes the figures of data sheets and forms (the same values):
 * 'arabic' as the plain form; 'fullwidth' digits, point and percent sign (「３．２％」);
 * 'chinese' / 'capital' amounts in 万元 below 1亿 in Chinese numerals (「八百六十万元」) or 大写
 * (「捌佰陆拾万元」); 'yiyuan' amounts of 1000万元 and more in 亿元 (「0.13亿元」 for 1300万元).
 */
export type FigureStyle = 'arabic' | 'fullwidth' | 'chinese' | 'capital' | 'yiyuan';

const LOWER = { digits: '零一二三四五六七八九', units: ['', '十', '百', '千'] };
const CAPITAL = { digits: '零壹贰叁肆伍陆柒捌玖', units: ['', '拾', '佰', '仟'] };

/** A whole number below 10000 in Chinese numerals: 860 → 八百六十, 1050 → 一千零五十, 12 → 十二; capital: 捌佰陆拾, 壹仟零伍拾, 壹拾贰. */
export function chineseInteger(n: number, capital = false): string {
  if (!Number.isInteger(n) || n < 0 || n >= 10000) throw new Error(`Expected a whole number below 10000, got ${n}`);
  const { digits, units } = capital ? CAPITAL : LOWER;
  if (n === 0) return digits[0];
  const s = String(n);
  let out = '';
  let zero = false;
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const pos = s.length - 1 - i;
    if (d === 0) {
      zero = true;
      continue;
    }
    if (zero && out) out += digits[0];
    zero = false;
    // 十二, not 一十二, at the head of a lower-case number; 大写 keeps 壹拾贰.
    out += (!capital && d === 1 && pos === 1 && out === '' ? '' : digits[d]) + units[pos];
  }
  return out;
}

/** An amount in 万元 written in 亿元 by moving the decimal point (exact: 1300 → 0.13, 156000 → 15.6). */
export function wanToYi(wan: string): string {
  const [int, frac = ''] = wan.split('.');
  const padded = int.padStart(5, '0');
  const whole = padded.slice(0, -4).replace(/^0+(?=\d)/u, '');
  const decimals = (padded.slice(-4) + frac).replace(/0+$/u, '');
  return decimals ? `${whole}.${decimals}` : whole;
}

/** A value cell ("860万元", "3.2%", "7项", "有") written in a figure style; values the style does not cover stay as they are. */
export function writeFigure(text: string, style: FigureStyle): string {
  switch (style) {
    case 'arabic':
      return text;
    case 'fullwidth':
      return text.replace(/[0-9.%]/gu, (d) => (d === '.' ? '．' : d === '%' ? '％' : String.fromCharCode(d.charCodeAt(0) + 0xfee0)));
    case 'chinese':
    case 'capital': {
      const m = /^(\d+)万元$/u.exec(text);
      return m && Number(m[1]) < 10000 ? `${chineseInteger(Number(m[1]), style === 'capital')}万元` : text;
    }
    case 'yiyuan': {
      const m = /^(\d+(?:\.\d+)?)万元$/u.exec(text);
      return m && Number(m[1]) >= 1000 ? `${wanToYi(m[1])}亿元` : text;
    }
  }
}
