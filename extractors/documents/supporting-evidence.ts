import type { Doc } from '../../src/model/document.js';
import type { Fields } from '../../src/model/fields.js';
import { readPlatforms } from './platforms.js';

/** 证明材料: the R&D platforms it certifies. */
export function readSupportingEvidence(doc: Doc): Fields {
  const platforms = readPlatforms(doc);
  return platforms ? { provincialPlatforms: platforms } : {};
}
