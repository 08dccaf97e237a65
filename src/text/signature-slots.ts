/**
 * The lines of a signature block: "乙方（盖章）：XX公司", "法定代表人（签字）：张三", "日期：2020年8月1日",
 * and the placeholders a blank signature cell keeps ("（签字）", "年 月 日").
 */

import { hasAnswer } from './answers.js';

/** Placeholder text left in a blank signature cell. */
const SIGN_PLACEHOLDER = /[（(]?\s*(?:签字|签章|盖章|公章|签名|印章|法定代表人|授权代表|或|日期|单位)\s*[)）]?|[：:年月日\s_＿.．/-]/gu;

/** What is written in a signature cell once placeholders are taken out ("" when nothing). */
export function signatureMark(text: string): string {
  const mark = text.replace(SIGN_PLACEHOLDER, '');
  return hasAnswer(mark) ? mark : '';
}

/** One line of a signature block. */
export type SlotLine =
  | { kind: 'party'; alias: string; name: string; seal: boolean }
  | { kind: 'signer'; label: string; mark: string }
  | { kind: 'date'; text: string }
  | { kind: 'seal'; label: string; mark: string };

/** A party slot: "甲方（盖章）：…", "成员单位（公章）：…", "单位名称（盖章）：…", "乙方：…". */
const PARTY_SLOT = /^\s*([甲乙丙丁戊己庚辛壬癸]方|第[一二三四五六七八九十百\d]+方|成员单位[一二三四五六七八九十百\d]*|单位名称|单位)\s*([（(][^）)]{0,6}[）)])?\s*[：:]\s*(.*)$/u;
/** A signer slot: "法定代表人（签字）：…", "授权代表签字：…", "秘书长签字（章）：…". */
const SIGNER_SLOT = /^\s*((?:法定代表人|授权代表|法人代表|负责人|代表|签字人)[^：:]{0,14}|[^：:]{0,20}(?:签字|签名|签章)[^：:]{0,6})[：:]\s*(.*)$/u;
/** A seal slot: "单位公章：…", "XX联盟（章）：…". */
const SEAL_SLOT = /^\s*([^：:]{0,20}(?:公章|盖章|印章|[（(]章[）)]))\s*[：:]\s*(.*)$/u;
/** A date slot: "日期：…", "签署日期：…", "签订时间：…". */
const DATE_SLOT = /^\s*(?:签署|签订|签字)?(?:日期|时间)\s*[：:]\s*(.*)$/u;

/** Reads a line of a signature block; null when it is none of its slots. */
export function parseSlotLine(line: string): SlotLine | null {
  const party = PARTY_SLOT.exec(line);
  if (party) return { kind: 'party', alias: party[1], name: party[3].trim(), seal: /盖章|公章|签章|签字|章/u.test(party[2] ?? '') };
  const signer = SIGNER_SLOT.exec(line);
  if (signer) return { kind: 'signer', label: signer[1].trim(), mark: signatureMark(untilNextSlot(signer[2])) };
  const seal = SEAL_SLOT.exec(line);
  if (seal) return { kind: 'seal', label: seal[1].trim(), mark: signatureMark(untilNextSlot(seal[2])) };
  const date = DATE_SLOT.exec(line);
  if (date) return { kind: 'date', text: date[1].trim() };
  return null;
}

/** A further slot on the same line ("…（章）：理事长签字（章）：…"). */
const NEXT_SLOT = /[\u4e00-\u9fa5]{0,12}(?:签字|签名|签章|盖章|公章|印章|[（(]章[）)])[^：:]{0,6}[：:]/u;

/** What a slot holds up to the next slot on its line. */
function untilNextSlot(value: string): string {
  const next = NEXT_SLOT.exec(value);
  return next ? value.slice(0, next.index) : value;
}
