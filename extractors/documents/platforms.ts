import type { Doc } from '../../src/model/document.js';
import { found, type Fact } from '../../src/model/fact.js';
import { findProvincialPlatforms } from '../../src/text/organizations.js';
import { docLines, evidenceAt } from '../../src/model/doc-view.js';

/** Provincial-or-higher R&D platforms named anywhere in a document, each with the line it stands in. */
export function readPlatforms(doc: Doc): Fact<string[]> | null {
  const names: string[] = [];
  const evidence = [];
  for (const line of docLines(doc)) {
    for (const name of findProvincialPlatforms(line.text)) {
      if (names.includes(name)) continue;
      names.push(name);
      evidence.push(evidenceAt(doc, line, name));
    }
  }
  return names.length > 0 ? found(names, evidence) : null;
}
