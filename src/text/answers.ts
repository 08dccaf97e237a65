/** Characters a blank form answer may still hold: spaces, underscores, dashes, unit and filler words ("个", "万元", "其中：", "年 月 日"). */
const FILLER = /[\s_＿…\-—–－/／个人家项万元亿%％：:，,；;。（）()其中年月日]/gu;

/** True when a form answer holds something besides blanks, dashes and unit or filler words. */
export function hasAnswer(value: string): boolean {
  return value.replace(FILLER, '').length > 0;
}

/** True when an answer says there is none: blank, dashes, or 无 / 没有 / 暂无 / 不适用. */
export function isNoneAnswer(value: string): boolean {
  return /^[\s—–\-－_/／…。]*(?:无|没有|暂无|不适用)?[\s—–\-－_/／…。]*$/u.test(value);
}
