import type { Doc } from '../../src/model/document.js';
import type { Evidence } from '../../src/model/evidence.js';
import { found, type Fact } from '../../src/model/fact.js';
import { parseArticleHeading, parseOutlineHeading } from '../../src/text/articles.js';
import { docLines, evidenceAt } from '../../src/model/doc-view.js';

/** Longest line (characters) taken for a heading. */
const MAX_HEADING_CHARS = 60;

/**
 * The headings of a document in order: heading blocks, chapters (第X章) and outline headings
 * (一、 （一） 1.). Which sections a program requires is the pack's knowledge, not the reader's.
 */
export function readHeadings(doc: Doc): Fact<string[]> {
  const headings: string[] = [];
  const evidence: Evidence[] = [];
  for (const line of docLines(doc)) {
    const heading = line.kind === 'heading' || parseArticleHeading(line.text)?.kind === 'chapter' || parseOutlineHeading(line.text) ? line.text : null;
    if (!heading || heading.length > MAX_HEADING_CHARS) continue;
    headings.push(heading);
    evidence.push(evidenceAt(doc, line, heading));
  }
  return found(headings, evidence);
}
