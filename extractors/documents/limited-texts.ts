import type { Doc } from '../../src/model/document.js';
import { absent, found, type Fact } from '../../src/model/fact.js';
import type { Evidence } from '../../src/model/evidence.js';
import { countChars, parseLengthLimit } from '../../src/text/length.js';
import { splitLabelValue, normalizeLabel } from '../../src/text/labels.js';
import { docLines, documentEvidence, evidenceAt } from '../../src/model/doc-view.js';
import type { FormView } from '../layout/form-view.js';

interface LimitedText {
  label: string;
  text: string;
  length: number;
  limit: number | null;
}

/** Every answer whose label states a length limit (限N字), with its length; empty answers are skipped. */
export function readLimitedTexts(doc: Doc, view: FormView): Fact<LimitedText[]> {
  const items: LimitedText[] = [];
  const evidence: Evidence[] = [];
  const lines = docLines(doc);
  for (const line of lines) {
    const cells = line.cells ?? [{ text: line.text, ref: line.ref, page: line.page }];
    cells.forEach((cell, c) => {
      const limit = parseLengthLimit(cell.text);
      if (limit === null) return;
      const inline = splitLabelValue(cell.text);
      let text = inline?.value && parseLengthLimit(inline.value) === null ? inline.value : '';
      let at: { ref: string; page?: number } = cell;
      if (!text && cells[c + 1]) {
        text = cells[c + 1].text;
        at = cells[c + 1];
      } else if (!text && cells.length === 1) {
        const hit = view.textAfter([cell.text], 0.99);
        if (hit) {
          text = hit.value;
          at = hit.at;
        }
      }
      if (!text.trim()) return;
      items.push({ label: normalizeLabel(inline?.label ?? cell.text), text, length: countChars(text), limit });
      evidence.push(evidenceAt(doc, at, text));
    });
  }
  return items.length > 0 ? found(items, evidence) : absent([documentEvidence(doc)]);
}
