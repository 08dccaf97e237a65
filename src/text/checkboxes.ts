import type { Checkbox, CheckboxState } from '../model/document.js';

/** Glyphs that mark an unticked box. */
export const UNCHECKED_GLYPHS = ['□', '☐', '◻'] as const;
/** Glyphs that mark a ticked box. */
export const CHECKED_GLYPHS = ['☑', '☒', '■', '√', '✓', '✔', '▣', '⊠'] as const;

const BOX = /[□☐◻☑☒■√✓✔▣⊠]/u;
const BOX_RUN = /([□☐◻☑☒■√✓✔▣⊠])\s*([^□☐◻☑☒■√✓✔▣⊠\s]*)/gu;

/** State of one glyph, or null when the character is not a box glyph. */
export function glyphState(ch: string): CheckboxState | null {
  if ((CHECKED_GLYPHS as readonly string[]).includes(ch)) return 'checked';
  if ((UNCHECKED_GLYPHS as readonly string[]).includes(ch)) return 'unchecked';
  return null;
}

/** True when the text holds at least one box glyph. */
export function hasCheckbox(text: string): boolean {
  return BOX.test(text);
}

/**
 * The tick boxes in a line and the option label after each ("☑有 □无" → 有 checked, 无 unchecked).
 * A run of boxes with no label between them ("□□□ 1、…") is read as code boxes and skipped.
 */
export function parseCheckboxes(text: string): Checkbox[] {
  const boxes: Checkbox[] = [];
  for (const m of text.matchAll(BOX_RUN)) {
    const label = (m[2] ?? '').replace(/[，,；;、。]+$/u, '');
    if (!label) continue;
    boxes.push({ state: glyphState(m[1]) ?? 'unknown', label });
  }
  return boxes;
}

/** The state of the option whose label is `label` (exact after trimming), or null when absent. */
export function optionState(boxes: readonly Checkbox[], label: string): CheckboxState | null {
  const box = boxes.find((b) => b.label === label || b.label.startsWith(label));
  return box ? box.state : null;
}
