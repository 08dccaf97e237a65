import type { Doc } from '../../src/model/document.js';
import type { Facts } from '../../src/model/facts.js';
import { readPlatforms } from './platforms.js';

/** 证明材料: the R&D platforms it certifies. */
export function readSupportingEvidence(doc: Doc): Facts {
  const platforms = readPlatforms(doc);
  return platforms ? { provincialPlatforms: platforms } : {};
}
