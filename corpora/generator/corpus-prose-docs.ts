/**
 * Puts an alliance's own prose into its documents (large corpus): the agreement's preamble and
 * purpose, the charter's general provisions, the feasibility report's first section. The prose
 * goes in as extra paragraphs beside the sample's clauses, which stay as they are.
 */
import { fillNames, type Prose } from './alliance-prose.js';
import type { DocSpec, SpecBlock } from './spec.js';

/** Where prose goes in an agreement. */
export interface AgreementProse {
  /** After the 鉴于 paragraph. */
  preamble: Prose;
  /** After 第二条 (principles). */
  purpose: Prose;
}

export interface Names {
  alliance: string;
  lead: string;
}

const paragraphs = (prose: Prose, names: Names): SpecBlock[] => prose.map((sentences) => ({ kind: 'paragraph', text: fillNames(sentences.join(''), names) }));

/** The spec with `blocks` inserted after the first block `after` accepts (an error if there is none). */
function insertAfter(spec: DocSpec, after: (block: SpecBlock, previous: SpecBlock | undefined) => boolean, blocks: SpecBlock[]): DocSpec {
  const at = spec.blocks.findIndex((b, i) => after(b, spec.blocks[i - 1]));
  if (at < 0) throw new Error(`Expected the place for the prose in "${spec.title}", got a document without it`);
  return { ...spec, blocks: [...spec.blocks.slice(0, at + 1), ...blocks, ...spec.blocks.slice(at + 1)] };
}

const paragraphStarting = (prefix: string) => (b: SpecBlock) => b.kind === 'paragraph' && b.text.startsWith(prefix);
const paragraphUnder = (heading: string) => (b: SpecBlock, previous: SpecBlock | undefined) => b.kind === 'paragraph' && previous?.kind === 'heading' && previous.text === heading;

export function agreementWithProse(spec: DocSpec, prose: AgreementProse, names: Names): DocSpec {
  const withPreamble = insertAfter(spec, paragraphUnder('二、鉴于条款'), paragraphs(prose.preamble, names));
  return insertAfter(withPreamble, paragraphStarting('第二条'), paragraphs(prose.purpose, names));
}

export function charterWithProse(spec: DocSpec, prose: Prose, names: Names): DocSpec {
  return insertAfter(spec, paragraphStarting('第三条'), paragraphs(prose, names));
}

export function feasibilityWithProse(spec: DocSpec, prose: Prose, names: Names): DocSpec {
  return insertAfter(spec, paragraphUnder('一、联盟构建的目的和意义'), paragraphs(prose, names));
}

/** The form with its 技术创新目标 answer replaced by `answer(chars)`, `chars` being the length of the answer it had (a form without one stays as it is). */
export function formWithGoal(spec: DocSpec, answer: (chars: number) => string): DocSpec {
  return {
    ...spec,
    blocks: spec.blocks.map((b, i) => {
      const previous = spec.blocks[i - 1];
      const isGoal = b.kind === 'paragraph' && previous?.kind === 'heading' && previous.text.startsWith('二、技术创新目标');
      return isGoal ? { ...b, text: answer([...b.text].length) } : b;
    }),
  };
}

/** A spec's text in reading order: title, headings, paragraphs and table cells, one per line. */
export function specText(spec: DocSpec): string {
  const lines = spec.title ? [spec.title] : [];
  for (const b of spec.blocks) {
    if (b.kind === 'heading' || b.kind === 'paragraph') lines.push(b.text);
    else if (b.kind === 'table') for (const row of b.rows) for (const cell of row) lines.push(cell.text);
  }
  return lines.join('\n');
}
