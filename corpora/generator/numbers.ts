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
