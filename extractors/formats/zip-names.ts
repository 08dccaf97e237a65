/**
 * File names as archives and Windows tools leave them: bytes in UTF-8 or in GBK (CP936, what
 * Chinese Windows writes into zips and what `unzip` leaves on disk from them), and paths that may
 * climb out of their folder (`../x`, `/etc/x`, `C:\x`) or hold control and bidirectional characters.
 */
import { CONTROL_OR_BIDI } from '../../src/text/bidi-controls.js';

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LENIENT = new TextDecoder('utf-8');
const GBK = new TextDecoder('gbk');

export { CONTROL_OR_BIDI };

/**
 * A name's bytes as text. Valid UTF-8 (ASCII included) is read as UTF-8, anything else as GBK.
 * The choice by validity is safe because GBK text of Chinese characters is almost never valid
 * UTF-8: a GBK character is a lead byte 0x81–0xFE and a trail byte 0x40–0xFE, and for the pairs to
 * line up as UTF-8 every lead byte would have to fall in 0xC2–0xF4 with its trail bytes in 0x80–0xBF,
 * which ordinary names do not do (and a name that does is decoded as UTF-8, never lost).
 */
export function decodeName(raw: Uint8Array): string {
  try {
    return UTF8.decode(raw);
  } catch {
    return GBK.decode(raw);
  }
}

/**
 * The name of a zip entry: UTF-8 when the entry says so (general purpose flag bit 11, decoded
 * leniently), else the Info-ZIP Unicode Path extra field when it is present and matches the stored
 * name's CRC, else `decodeName` of the stored bytes.
 */
export function decodeEntryName(raw: Buffer, utf8Flag: boolean, unicodePath: string | null): string {
  if (utf8Flag) return UTF8_LENIENT.decode(raw);
  return unicodePath ?? decodeName(raw);
}

/**
 * A relative path safe to show and to use as a name below a folder: backslashes become `/`, a
 * drive (`C:`) and leading slashes go, `.` and `..` segments go, control and bidirectional
 * characters go, and segments keep no trailing dots or spaces. Empty when nothing is left.
 */
export function safeRelativePath(name: string): string {
  return name
    .replace(/\\/gu, '/')
    .replace(/^[A-Za-z]:/u, '')
    .split('/')
    .map((segment) => segment.replace(CONTROL_OR_BIDI, '').replace(/[. ]+$/u, ''))
    .filter((segment) => segment !== '')
    .join('/');
}

/** How an entry or file is named in messages and reports: its safe relative path, or 「（无名）」 when nothing is left of it. */
export function displayName(name: string): string {
  return safeRelativePath(name) || '（无名）';
}
