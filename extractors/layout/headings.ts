import type { Doc } from '../../src/model/document.js';
import type { Evidence } from '../../src/model/evidence.js';
import { found, type Fact } from '../../src/model/fact.js';
import { parseArticleHeading, parseOutlineHeading } from '../../src/text/articles.js';
import { isDateText, isUnitName } from '../../src/text/cell-content.js';
import { docLines, evidenceAt } from '../../src/model/doc-view.js';

/** Longest paragraph (characters) taken for a title when no style marks it. */
const MAX_TITLE_CHARS = 40;

/** A paragraph that reads as a title: short, no sentence or label punctuation, not a date or a unit name. */
function isTitleLine(line: { kind: string; text: string }): boolean {
  const t = line.text.trim();
  return line.kind === 'paragraph' && t.length >= 2 && t.length <= MAX_TITLE_CHARS && !/[。；;，,：:、！？!?]/u.test(t) && !isDateText(t) && !isUnitName(t);
}

/** Longest line (characters) taken for a heading. */
const MAX_HEADING_CHARS = 60;

/**
 * The headings of a document in order: heading blocks, chapters (第X章), outline headings
 * (一、 （一） 1.) and short lines standing alone without sentence punctuation (titles, 签署页),
 * whether a style or only the layout marks them. Which sections a program requires is the pack's
 * knowledge, not the reader's.
 */
export function readHeadings(doc: Doc): Fact<string[]> {
  const headings: string[] = [];
  const evidence: Evidence[] = [];
  for (const line of docLines(doc)) {
    const heading = line.kind === 'heading' || parseArticleHeading(line.text)?.kind === 'chapter' || parseOutlineHeading(line.text) || isTitleLine(line) ? line.text : null;
    if (!heading || heading.length > MAX_HEADING_CHARS) continue;
    headings.push(heading);
    evidence.push(evidenceAt(doc, line, heading));
  }
  return found(headings, evidence);
}
