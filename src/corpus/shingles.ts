/**
 * Character shingles of filing text for near-duplicate search: the text is normalised so that the
 * same wording compares equal whatever wrote it (DOCX or PDF, full- or half-width forms, line
 * breaks, checkbox glyphs), then every window of `size` UTF-16 code units is hashed to 32 bits.
 */

/** Whitespace, punctuation, symbols (☑ □ ■ ＋ …) and invisible control and format characters. */
const NOT_COMPARED = /[\s\p{P}\p{S}\p{Cc}\p{Cf}]+/gu;

/** The text as it is compared: NFKC, without whitespace, punctuation, symbols and control or format characters. */
export function normalizeForShingles(text: string): string {
  return text.normalize('NFKC').replace(NOT_COMPARED, '');
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The FNV-1a hashes (32-bit, over UTF-16 code units) of every window of `size` code units of a
 * normalised text, in text order and with repeats. A non-empty text shorter than `size` is one
 * shingle; an empty text has none.
 */
export function shingleHashes(normalized: string, size: number): Uint32Array {
  if (normalized.length === 0) return new Uint32Array(0);
  const width = Math.min(size, normalized.length);
  const out = new Uint32Array(normalized.length - width + 1);
  for (let i = 0; i < out.length; i++) {
    let h = FNV_OFFSET;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ normalized.charCodeAt(i + j), FNV_PRIME);
    out[i] = h >>> 0;
  }
  return out;
}

/** The set of shingle hashes of a normalised text: sorted ascending, without repeats. */
export function shingleSet(normalized: string, size: number): Uint32Array {
  const hashes = shingleHashes(normalized, size).sort();
  let kept = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[kept++] = hashes[i];
  return hashes.subarray(0, kept);
}

/** Jaccard similarity (0–1) of two shingle sets as shingleSet returns them; 0 when both are empty. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}
