import { createHmac } from 'node:crypto';
import { privacyOf, type Column, type Privacy, type Row } from './columns.js';
import { findPersonalData, type PersonalKind, type PersonalMatch } from '../text/personal-data.js';

/** Prefix of each kind of token: P_3f9a1c2b7e (a person), TEL_…, EMAIL_…, ID_…. */
const PREFIX: Record<PersonalKind, string> = { person: 'P', phone: 'TEL', email: 'EMAIL', id: 'ID' };
/** Hex characters of a token's hash: 40 bits, enough to keep apart the persons of any corpus. */
const TOKEN_HEX = 10;

/** The form of a value that is hashed, so that the same person, number or address gives one token however it is written. */
function canonical(kind: PersonalKind, value: string): string {
  if (kind === 'phone') return value.replace(/\D/gu, '').replace(/^86(?=1[3-9]\d{9}$)/u, '');
  if (kind === 'email') return value.toLowerCase();
  if (kind === 'id') return value.toUpperCase();
  return value.normalize('NFC');
}

/**
 * Replaces personal data with stable salted hashes (HMAC-SHA-256 of the value under the salt): the
 * same value gives the same token in every table and text of a corpus and in every run with the
 * same salt, and without the salt a token cannot be traced back by hashing guessed names. Persons
 * are found by name (the names the corpus's facts hold in person fields, see people.ts) and by
 * label (联系人：…); phones, e-mail addresses and ID numbers by pattern (src/text/personal-data.ts).
 * Names of organisations are kept.
 */
export class Pseudonymizer {
  /** Known names by length, longest first. */
  private readonly byLength: [number, Set<string>][];

  constructor(
    private readonly salt: string,
    names: Iterable<string>,
  ) {
    const groups = new Map<number, Set<string>>();
    for (const name of names) {
      if (name.length < 2) continue;
      const set = groups.get(name.length) ?? new Set<string>();
      set.add(name);
      groups.set(name.length, set);
    }
    this.byLength = [...groups.entries()].sort((a, b) => b[0] - a[0]);
  }

  /** The token of one value: `P_3f9a1c2b7e`. */
  token(kind: PersonalKind, value: string): string {
    const hash = createHmac('sha256', this.salt).update(`${kind}\u0000${canonical(kind, value)}`).digest('hex');
    return `${PREFIX[kind]}_${hash.slice(0, TOKEN_HEX)}`;
  }

  /** A text with its personal data replaced: `org` only phones, e-mail addresses and ID numbers; `text` also persons. */
  scrub(text: string, privacy: Exclude<Privacy, 'none'> = 'text'): string {
    const patterns = findPersonalData(text).filter((m) => privacy === 'text' || m.kind !== 'person');
    const matches = privacy === 'text' ? mergeMatches(patterns, this.knownNames(text, patterns)) : patterns;
    if (matches.length === 0) return text;
    let out = '';
    let at = 0;
    for (const m of matches) {
      out += text.slice(at, m.start) + this.token(m.kind, m.value);
      at = m.end;
    }
    return out + text.slice(at);
  }

  /** A row with each text column scrubbed as its column's privacy says. */
  row(row: Row, columns: readonly Column[]): Row {
    const out: Row = { ...row };
    for (const c of columns) {
      const privacy = privacyOf(c);
      const value = out[c.name];
      if (privacy !== 'none' && typeof value === 'string') out[c.name] = this.scrub(value, privacy);
    }
    return out;
  }

  /** Known names in a text, longest first at each place, outside the pattern matches. */
  private knownNames(text: string, taken: readonly PersonalMatch[]): PersonalMatch[] {
    const found: PersonalMatch[] = [];
    if (this.byLength.length === 0) return found;
    let next = 0;
    for (let i = 0; i < text.length; ) {
      while (next < taken.length && taken[next].end <= i) next++;
      if (next < taken.length && taken[next].start <= i) {
        i = taken[next].end;
        continue;
      }
      const hit = this.byLength.find(([length, set]) => set.has(text.slice(i, i + length)));
      if (hit && (next >= taken.length || i + hit[0] <= taken[next].start)) {
        found.push({ kind: 'person', start: i, end: i + hit[0], value: text.slice(i, i + hit[0]) });
        i += hit[0];
      } else i++;
    }
    return found;
  }
}

/** Two sorted lists of matches that do not overlap, as one sorted list. */
function mergeMatches(a: readonly PersonalMatch[], b: readonly PersonalMatch[]): PersonalMatch[] {
  return [...a, ...b].sort((x, y) => x.start - y.start);
}
