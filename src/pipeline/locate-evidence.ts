import type { Doc } from '../model/document.js';
import { locate, rowImage } from '../model/doc-location.js';

/** The ref of evidence that points at the report's own list of documents (merge.ts: files that could not be read). */
const DOCUMENT_LIST = '/submission/documents';

/** An object shaped like Evidence (file, ref, quote), wherever it sits in a report. */
interface EvidenceLike {
  file: string;
  ref: string;
  quote: string;
  page?: number;
  location?: string;
  image?: string;
}

function isEvidence(v: unknown): v is EvidenceLike {
  const o = v as Record<string, unknown>;
  return typeof o === 'object' && o !== null && typeof o.file === 'string' && typeof o.ref === 'string' && typeof o.quote === 'string';
}

/**
 * Gives every evidence item of a report (facts, conditions, scores, flags: wherever it sits) the
 * location a person finds in Word or on paper, from the Doc of its file (doc-location.ts), and,
 * for a scanned signature row, the image of that row. Items
 * that already have one, or whose file was not read, are left as they are. Changes `value` in place.
 */
export function locateEvidence<T>(value: T, docs: ReadonlyMap<string, Doc>): T {
  const seen = new Set<object>();
  const visit = (v: unknown): void => {
    if (typeof v !== 'object' || v === null || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) {
      v.forEach(visit);
      return;
    }
    if (isEvidence(v) && v.location === undefined) {
      const doc = docs.get(v.file);
      const location = v.ref === DOCUMENT_LIST ? '文件清单' : doc ? locate(doc, v.ref, v.page) : undefined;
      if (location) v.location = location;
      const image = doc ? rowImage(doc, v.ref) : undefined;
      if (image) v.image = image;
    }
    for (const child of Object.values(v)) visit(child);
  };
  visit(value);
  return value;
}
