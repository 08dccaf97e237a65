import { parseCheckboxes } from './checkboxes.js';
import { normalizeText } from './normalize.js';

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

/**
 * A yes/no answer: the ticked option of a 有/无 or 是/否 choice, else the answer's first word
 * ("有，无偿开放" → true, "未单独体现" → false); null when it says neither or a choice is left unticked.
 */
export function parseYesNo(raw: string): boolean | null {
  const boxes = parseCheckboxes(raw);
  const ticked = boxes.find((b) => b.state === 'checked')?.label;
  if (ticked) return YES.test(ticked) ? true : NO.test(ticked) ? false : null;
  if (boxes.length > 0) return null;
  const text = normalizeText(raw).trim();
  return NO.test(text) ? false : YES.test(text) ? true : null;
}

const YES = /^(?:有|是|已|√)/u;
const NO = /^(?:没有|无|否|未|不)/u;
