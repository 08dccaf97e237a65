import type { Doc } from '../../src/model/document.js';
import { found, type Fact } from '../../src/model/fact.js';
import type { Evidence } from '../../src/model/evidence.js';
import { parseArticleHeading, parseOutlineHeading } from '../../src/text/articles.js';
import { docLines, evidenceAt } from '../../src/model/doc-view.js';

/** One section of a seed outline: an id and the heading words that mark it. */
export interface OutlineSection {
  id: string;
  label: string;
  pattern: RegExp;
}

/** Which outline sections a document's headings (heading blocks, 一、…, 第X章) cover. */
export function readOutline(doc: Doc, outline: readonly OutlineSection[]): Fact<string[]> {
  const present: string[] = [];
  const evidence: Evidence[] = [];
  for (const line of docLines(doc)) {
    const heading =
      line.kind === 'heading'
        ? line.text
        : parseArticleHeading(line.text)?.kind === 'chapter' || parseOutlineHeading(line.text)
          ? line.text
          : null;
    if (!heading || heading.length > 60) continue;
    for (const s of outline) {
      if (present.includes(s.id) || !s.pattern.test(heading)) continue;
      present.push(s.id);
      evidence.push(evidenceAt(doc, line, heading));
    }
  }
  return found(present, evidence);
}
