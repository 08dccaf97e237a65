/**
 * The scanned pages of the OCR bench and what a perfect reader would get from them: the sample
 * generator's scanned agreements (printed, signed by hand, sealed, scanned with a slight rotation
 * and speckles) of two Gansu cases and the application form of one, with each page's text and its
 * fields: credit codes, unit names, hand-written signer names and numbers.
 */
import { agreementSpec } from '../corpora/generator/agreement-docs.js';
import { applicationSpec } from '../corpora/generator/gansu-docs.js';
import { GANSU_CASES } from '../corpora/generator/scenarios.js';
import { imagesToPdf, renderScan, type ScanPage } from '../corpora/generator/writers/scan-writer.js';
import { cerText } from './ocr-score.js';

/** What a page holds that decides verdicts, each as printed on it. */
export interface PageFields {
  codes: string[];
  units: string[];
  signers: string[];
  numbers: string[];
}

export const FIELD_KINDS = ['codes', 'units', 'signers', 'numbers'] as const satisfies readonly (keyof PageFields)[];

export interface BenchScan {
  name: string;
  pages: ScanPage[];
  fields: PageFields[];
  /** The scan as an image-only PDF, as a scanned filing arrives. */
  pdf: Buffer;
}

/** Numbers of two or more digits in a text (amounts, counts, years), outside credit codes. */
function numbersIn(text: string, codes: readonly string[]): string[] {
  let rest = text;
  for (const c of codes) rest = rest.split(c).join(' ');
  return [...rest.matchAll(/\d[\d.]*\d/gu)].map((m) => m[0]);
}

function fieldsOf(page: ScanPage, units: readonly { name: string; code: string }[], signers: readonly string[]): PageFields {
  const text = cerText(page.text);
  const codes = units.map((u) => u.code).filter((c) => text.includes(c));
  return {
    codes,
    units: units.map((u) => u.name).filter((n) => text.includes(cerText(n))),
    signers: signers.filter((s) => text.includes(cerText(s))),
    numbers: numbersIn(text, codes),
  };
}

/** The bench's scanned documents, at most `maxPages` pages in all. */
export function benchScans(maxPages: number): BenchScan[] {
  const cases = ['gansu-07-scanned-agreement-unsigned', 'gansu-08-scanned-agreement-signed'].map((id) => {
    const k = GANSU_CASES.find((c) => c.id === id);
    if (!k) throw new Error(`bench: no generator case ${id}`);
    return k;
  });
  const docs = cases.map((k) => {
    const signed = k.members.filter((m) => !k.unsigned.includes(m.name));
    return {
      name: `${k.id}-agreement`,
      units: k.members,
      signers: signed.map((m) => m.rep),
      pages: renderScan(agreementSpec({ ...k, ...k.agreement, signatureStyle: 'gansu' }), { seed: k.id, sealed: signed.map((m) => m.name), blank: ['（已盖章）'], handwritten: signed.map((m) => m.rep) }),
    };
  });
  const form = cases[1];
  docs.push({ name: `${form.id}-application`, units: form.members, signers: [], pages: renderScan(applicationSpec(form), { seed: `${form.id}-application` }) });
  const out: BenchScan[] = [];
  let total = 0;
  for (const d of docs) {
    const pages = d.pages.slice(0, Math.max(0, maxPages - total));
    if (pages.length === 0) break;
    total += pages.length;
    out.push({ name: d.name, pages, fields: pages.map((p) => fieldsOf(p, d.units, d.signers)), pdf: imagesToPdf(pages) });
  }
  return out;
}
