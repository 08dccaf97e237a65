import { createHash } from 'node:crypto';
import { BATCH_FILES } from './output-names.js';
import { BIDI_CONTROL_CLASS } from '../text/bidi-controls.js';

/** Characters no folder name may hold on some system: separators, wildcards, quotes, control and bidi characters, lone surrogates. */
const UNSAFE = new RegExp(`[\\\\/:*?"<>|\\p{Cc}\\ud800-\\udfff\\u2028\\u2029${BIDI_CONTROL_CLASS}]`, 'gu');
/** Names Windows reserves for devices, alone or before an extension (`CON`, `nul.txt`, `COM1`). */
const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(?:\.|$)/iu;
/** Names of the batch files beside the submission folders (case-insensitive file systems included). */
const BATCH_NAMES = new Set(Object.values(BATCH_FILES).map((n) => n.toLowerCase()));
/** Longest folder name kept whole, in UTF-8 bytes (file systems allow 255). */
const MAX_BYTES = 200;

/** A name cut to MAX_BYTES at a character boundary, with a short hash of the whole id so that cut ids stay apart. */
function shortened(name: string, id: string): string {
  if (Buffer.byteLength(name) <= MAX_BYTES) return name;
  let cut = '';
  let bytes = 0;
  for (const c of name) {
    bytes += Buffer.byteLength(c);
    if (bytes > MAX_BYTES - 9) break;
    cut += c;
  }
  return `${cut}~${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;
}

/**
 * A submission id made safe as one folder name directly under `--out`, the same for the same id.
 * Path separators, wildcards, quotes, control characters and bidi controls become `_`, and so do a
 * leading dot (no hidden folders, no `.` or `..`) and trailing dots and spaces (Windows drops
 * them); a Windows device name (`CON`, `nul.txt`) or a batch file's name (`summary.json`) gets a
 * leading `_`; the empty id is `_`; a name longer than 200 bytes is cut and ends in a hash of the id.
 */
export function safeId(id: string): string {
  const replaced = id
    .replace(UNSAFE, '_')
    .replace(/^\./u, '_')
    .replace(/[. ]+$/u, (tail: string) => '_'.repeat(tail.length));
  const name = RESERVED.test(replaced) || BATCH_NAMES.has(replaced.toLowerCase()) ? `_${replaced}` : replaced;
  return shortened(name, id) || '_';
}
