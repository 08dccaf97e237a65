/**
 * Draws an alliance's own prose from the templates of prose-bank.ts: its words (technologies,
 * processes, applications, places), then sentences and paragraphs of about a given length. Names
 * stay placeholders ({N} alliance, {L} lead unit) until fillNames, so that a copy of the prose can
 * carry another alliance's names.
 */
import { BODY_NAMES, CLAUSES } from '../../src/text/clauses.js';
import { cityOf } from './corpus-units.js';
import { APPLICATIONS, BODIES, CORES, NAMING_BODIES, OPENERS, PROCESSES, QUALIFIERS, RESOURCES, TAILS } from './prose-bank.js';
import type { SeededRandom } from './seeded-random.js';

/** The words an alliance's prose is drawn from. */
export interface ProseWords {
  /** The alliance's field (先进新材料, …). */
  field: string;
  /** Province short name (河南, 甘肃). */
  region: string;
  /** Technologies it works on (高纯镍基合金, …). */
  terms: string[];
  processes: string[];
  /** Where its products are used (新能源汽车, …). */
  applications: string[];
  /** Cities of its province. */
  cities: string[];
  /** Natural resources of its province. */
  resources: string[];
}

/** Paragraphs, each a list of sentences (with their 。). */
export type Prose = string[][];

/** Wording the checker reads (clauses, bodies) or that would read as figures, units, parties or platforms. */
const CHECKED: readonly RegExp[] = [
  ...Object.values(CLAUSES),
  ...Object.values(BODY_NAMES).map((re) => new RegExp(re.source, 'u')),
  /[0-9０-９]|[一二三四五六七八九十两]家|签字|签署|盖章|[甲乙丙丁]方|章程|协议|中心|实验室|平台|公司|大学|学院|研究院|研究所|协会/u,
];

/** True if a sentence says nothing the checker reads (names filled in with neutral stand-ins). */
function isNeutral(sentence: string): boolean {
  const text = fillNames(sentence, { alliance: '某某联盟', lead: '某某企业' });
  return CHECKED.every((re) => !re.test(text));
}

/** Words for an alliance of a field and province: 12 technologies, 8 processes, 6 applications, up to 4 cities, 2 resources. */
export function proseWords(field: string, region: string, rnd: SeededRandom): ProseWords {
  const terms = new Set<string>();
  while (terms.size < 12) terms.add(`${rnd.pick(QUALIFIERS)}${rnd.pick(CORES)}`);
  const cities = new Set<string>();
  for (let i = 0; i < 8 && cities.size < 4; i++) cities.add(cityOf(region, rnd));
  return {
    field,
    region,
    terms: [...terms],
    processes: rnd.sample(PROCESSES, 8),
    applications: rnd.sample(APPLICATIONS, 6),
    cities: [...cities],
    resources: rnd.sample(RESOURCES, 2),
  };
}

/** One of the alternatives of every `[a|b]` group, and the drawn prose words in the slots (names left). */
function expand(template: string, words: ProseWords, rnd: SeededRandom): string {
  const [t1, t2] = rnd.sample(words.terms, 2);
  const [p1, p2] = rnd.sample(words.processes, 2);
  const [c1, c2 = c1] = rnd.sample(words.cities, 2);
  const slots: Record<string, string> = { F: words.field, R: words.region, T: t1, T2: t2, P: p1, P2: p2, C: c1, C2: c2, A: rnd.pick(words.applications), M: rnd.pick(words.resources) };
  return template.replace(/\[([^\]]*)\]/gu, (_, alternatives: string) => rnd.pick(alternatives.split('|'))).replace(/\{(F|R|T2?|P2?|C2?|A|M)\}/gu, (_, slot: string) => slots[slot]);
}

/** A sentence on a body template: an opener now and then, the body, a tail now and then, and 。. */
function sentenceOn(body: string, words: ProseWords, rnd: SeededRandom): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const opener = rnd.chance(0.3) ? expand(rnd.pick(OPENERS), words, rnd) : '';
    const tail = rnd.chance(0.25) ? expand(rnd.pick(TAILS), words, rnd) : '';
    const sentence = `${opener}${expand(body, words, rnd)}${tail}。`;
    if (isNeutral(sentence)) return sentence;
  }
  throw new Error(`Expected the prose templates to give a neutral sentence on "${body}", got none in 100 draws`);
}

/** A sentence on a body drawn from the whole pool. */
export function drawSentence(words: ProseWords, rnd: SeededRandom): string {
  return sentenceOn(rnd.pick(BODIES), words, rnd);
}

/**
 * Paragraphs of `paragraphs` × about `chars / paragraphs` characters each, the first opened by a
 * sentence naming the alliance or its lead when `named`. Bodies are dealt from a shuffled deck,
 * so a text repeats a body only once it has used them all.
 */
export function drawProse(words: ProseWords, rnd: SeededRandom, chars: number, paragraphs: number, named = false): Prose {
  const out: Prose = [];
  let deck: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences = p === 0 && named ? [sentenceOn(rnd.pick(NAMING_BODIES), words, rnd)] : [];
    let length = sentences.join('').length;
    while (length < chars / paragraphs) {
      if (deck.length === 0) deck = rnd.shuffle(BODIES);
      const s = sentenceOn(deck.pop()!, words, rnd);
      sentences.push(s);
      length += s.length;
    }
    out.push(sentences);
  }
  return out;
}

/** Prose of exactly `chars` characters (code points, none of them whitespace), ending with 。, as a form's limited answer. */
export function drawAnswer(words: ProseWords, rnd: SeededRandom, chars: number): string {
  let text = '';
  while ([...text].length < chars) text += sentenceOn(rnd.pick(BODIES), words, rnd);
  return `${[...text].slice(0, chars - 1).join('')}。`;
}

/** The prose's name placeholders replaced by an alliance's names. */
export function fillNames(text: string, names: { alliance: string; lead: string }): string {
  return text.replaceAll('{N}', names.alliance).replaceAll('{L}', names.lead);
}
