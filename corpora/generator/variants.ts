/**
 * Layout variants of sample submissions for metamorphic tests: the same documents saying the same
 * things, laid out differently (variant layouts of the generator's builders and writers) or written
 * by other programs (LibreOffice's PDF export, pandoc's DOCX). Every variant of a submission must
 * read to the facts, condition statuses, verdict and indicator points of its plain form.
 *
 * A batch holds, per chosen submission, its plain form in `<id>` and each variant in
 * `<id>~<variant>`. A variant is written only for the submissions it applies to and only when it
 * changes at least one of their files. Everything is deterministic except the bytes LibreOffice
 * writes (dates in the PDF's metadata).
 */
import { GANSU_CASES, HENAN_CASES } from './scenarios.js';
import { SCORED_CASES } from './scored-cases.js';
import { chromiumPdf, pandocDocx, sofficeToPdf } from './converters.js';
import type { Layout } from './layout.js';
import { hasPlainTables } from './spec-html.js';
import { gansuPlan, henanPlan, renderDoc, scoredPlan, writePlan } from './submissions.js';
import type { PlannedDoc, SubmissionPlan } from './submissions.js';

/**
 * The submissions whose variants are written: Henan and Gansu formation packs, the Gansu
 * assessment, and each scored 2022 Gansu program and Hefei (data sheet and self-evaluation
 * table); DOCX and PDF, complete and defective.
 */
export const VARIANT_SUBMISSIONS = [
  'henan-01-complete-docx',
  'henan-02-complete-pdf',
  'henan-04-outside-unsigned',
  'henan-06-inconsistent',
  'gansu-01-complete-docx',
  'gansu-02-complete-pdf',
  'gansu-05-unsigned-no-charter',
  'gansu-asm-01-disqualified',
  'gansu-asm-02-on-time',
  'gansu-etc-01-inflated-claims',
  'gansu-etc-02-below-floor',
  'gansu-itc-01-boundaries',
  'gansu-demo-01-meets-all',
  'gansu-demo-02-two-unmet',
  'gansu-ase-01-inflated',
  'hefei-01-qualified',
  'hefei-02-revoked',
] as const;

/** What a variant may need to know about a case to decide whether it applies. */
interface CaseTraits {
  partyStyle?: 'table' | 'lines';
  duplicate?: string;
}

export interface LayoutVariant {
  id: string;
  /** What changes, in a few words. */
  about: string;
  layout: Layout;
  /**
   * Facts that transcribe, as written, text this variant words differently on purpose (a form's
   * label/answer pairs, an answer list); left out of the comparison. What they mean is still
   * compared through the facts and indicator points read from them.
   */
  transcripts?: readonly string[];
  /** Whether the variant applies to a case (default: always; it is still skipped when it changes no file). */
  when?: (k: CaseTraits) => boolean;
}

/**
 * Facts that transcribe figures as written (the forms' label/value pairs): a variant writing the
 * same figures in other digits words them differently. The numbers read from them (computed
 * facts, metrics, indicator points) are still compared.
 */
const FIGURE_TRANSCRIPTS = ['labelledValues'];

/** The layout variants, each a general rendering option of the builders or writers. */
export const LAYOUT_VARIANTS: readonly LayoutVariant[] = [
  { id: 'wrapped-headers', about: 'member and signature tables with narrow columns and line breaks in header cells (「法定代表人或授权代表（签字）」 over three lines)', layout: { parties: 'table-wrapped', signatures: 'table-wrapped' } },
  { id: 'two-row-headers', about: 'member and signature tables under two-row headers (「单位信息」 / 「签署」 over their sub-headers; 序号 and 成员单位 span both rows)', layout: { parties: 'table-two-row', signatures: 'table-two-row' } },
  { id: 'blank-seal-column', about: 'an empty 「单位（盖章）」 column beside 成员单位 on the signature page; unsigned rows left blank', layout: { signatures: 'table-blank' } },
  { id: 'signature-blocks', about: 'signature blocks 「甲方（盖章）：」/unit/「法定代表人（签字）：…」/「日期：…」, two side by side per row of a borderless table', layout: { signatures: 'blocks' } },
  { id: 'signature-blocks-ruled', about: 'the signature blocks in a ruled two-column table', layout: { signatures: 'blocks-bordered' } },
  { id: 'signature-paragraphs', about: 'the signature blocks as plain paragraphs', layout: { signatures: 'blocks-paragraphs' } },
  { id: 'party-aliases', about: 'signature blocks naming only the party alias (「乙方（盖章）：」) that the 甲方/乙方 preamble defines', layout: { signatures: 'blocks-aliases' }, when: (k) => k.partyStyle === 'lines' },
  { id: 'member-records', about: 'members as numbered records 「1.单位名称：…；单位性质：…；统一社会信用代码：…；法定代表人：…；住所：…。」 instead of a table or party lines', layout: { parties: 'records' } },
  { id: 'founders-sentence', about: '「本协议由A、B、C等N家单位共同订立」 in the preamble, the member table (with codes) only on the signature page', layout: { parties: 'sentence' }, when: (k) => !k.duplicate },
  { id: 'cover-line', about: 'proposal cover 「牵头单位（盖章）：…　　　　填报日期：…」 on one line', layout: { coverLine: true }, transcripts: ['labelledValues'] },
  { id: 'level-items', about: 'Gansu form: projects and awards one level-tagged item per line (「…（省级，2020—2022年）」「…（社会力量设奖）」)', layout: { levelItems: true }, transcripts: ['labelledValues', 'leadProjects', 'leadAwards'] },
  {
    id: 'self-evaluation-detailed',
    about: 'self-evaluation table 序号 | 一级指标 (merged over its rows) | 二级指标/三级指标 | 权重（分） | 完成情况 (the data-sheet figures) | 自评得分 | 自评依据',
    layout: { selfEvaluation: 'detailed' },
    transcripts: ['labelledValues'],
  },
  {
    id: 'self-evaluation-grounds',
    about: 'self-evaluation table without a value column, the figures stated in 自评依据 (「企业拥有的全部有效发明专利数为7项」); 一级指标 merged over its rows',
    layout: { selfEvaluation: 'grounds' },
    transcripts: ['labelledValues'],
  },
  { id: 'data-unit-column', about: 'data sheet 指标 | 单位 | 数值, the number apart from its unit', layout: { dataSheet: 'unit-column' }, transcripts: ['labelledValues'] },
  { id: 'data-pairs', about: 'data sheet 指标 | 数值 | 指标 | 数值, two figures per row', layout: { dataSheet: 'pairs' } },
  { id: 'fullwidth-figures', about: 'figures in full-width digits (「３．２％」「２项」「８６０万元」)', layout: { figures: 'fullwidth' }, transcripts: FIGURE_TRANSCRIPTS },
  { id: 'chinese-amounts', about: 'amounts below 1亿 in Chinese numerals (「八百六十万元」)', layout: { figures: 'chinese' }, transcripts: FIGURE_TRANSCRIPTS },
  { id: 'capital-amounts', about: 'amounts below 1亿 in 大写 (「捌佰陆拾万元」)', layout: { figures: 'capital' }, transcripts: FIGURE_TRANSCRIPTS },
  { id: 'yiyuan-amounts', about: 'amounts of 1000万元 and more in 亿元 (「0.13亿元」 for 1300万元, 「15.6亿元」)', layout: { figures: 'yiyuan' }, transcripts: FIGURE_TRANSCRIPTS },
  { id: 'official-pages', about: 'PDFs on GB/T 9704-like pages: 16 pt text on a 28.9 pt pitch, 2 em first-line indent, 「— N —」 page numbers', layout: { pdfPage: 'official' } },
];

/** Variants whose DOCX files are also exported to PDF by LibreOffice (`soffice+<id>`; `soffice` is the plain form's). */
export const SOFFICE_VARIANTS = ['wrapped-headers', 'two-row-headers', 'blank-seal-column', 'signature-blocks', 'member-records', 'level-items', 'self-evaluation-detailed', 'data-pairs'] as const;

/** One variant of one submission, as written. */
export interface VariantPair {
  submission: string;
  variant: string;
  /** Folder name of the variant in the batch. */
  folder: string;
  /** Files of the variant that differ from the plain form's (names with extension). */
  changed: string[];
}

/** A folder name for a submission's variant. */
export const variantFolder = (submission: string, variant: string): string => `${submission}~${variant}`;

function planOf(id: string, layout: Layout): { plan: SubmissionPlan; traits: CaseTraits } {
  const henan = HENAN_CASES.find((k) => k.id === id);
  if (henan) return { plan: henanPlan(henan, layout), traits: henan };
  const gansu = GANSU_CASES.find((k) => k.id === id);
  if (gansu) return { plan: gansuPlan(gansu, layout), traits: { partyStyle: gansu.agreement.partyStyle, duplicate: gansu.duplicate } };
  const scored = SCORED_CASES.find((k) => k.id === id);
  if (scored) return { plan: scoredPlan(scored, layout), traits: {} };
  throw new Error(`Expected a sample submission id, got ${id}`);
}

const fileName = (doc: PlannedDoc, format = doc.scan ? 'pdf' : doc.format): string => `${doc.name}.${format}`;

async function rendered(plan: SubmissionPlan): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const doc of plan.docs) out.set(fileName(doc), await renderDoc(doc));
  return out;
}

export interface VariantBatchOptions {
  submissions?: readonly string[];
  /** Also write the LibreOffice exports (needs soffice on PATH). Default false. */
  soffice?: boolean;
  /** Also write the pandoc DOCX variant (needs pandoc on PATH). Default false. */
  pandoc?: boolean;
  /** Write the layout variants' own folders (false: only the program conversions, which still use the layouts). Default true. */
  layouts?: boolean;
  /** Also write the browser print-to-PDF variant of the documents with plain tables (needs chromium on PATH). Default false. */
  chromium?: boolean;
}

/**
 * Writes the plain form and the applicable variants of each submission into `dir` and returns
 * the variant pairs written (plain forms are `<id>`).
 */
export async function writeVariantBatch(dir: string, options: VariantBatchOptions = {}): Promise<VariantPair[]> {
  const pairs: VariantPair[] = [];
  const sofficeJobs: { folder: string; plan: SubmissionPlan; pair: VariantPair }[] = [];
  for (const id of options.submissions ?? VARIANT_SUBMISSIONS) {
    const { plan, traits } = planOf(id, {});
    const plainFiles = await rendered(plan);
    await writePlan(dir, plan, async (doc) => plainFiles.get(fileName(doc))!);
    const layouts: { variant: string; layout: Layout }[] = [{ variant: 'plain', layout: {} }];
    for (const v of LAYOUT_VARIANTS) {
      if (v.when && !v.when(traits)) continue;
      const variant = planOf(id, v.layout).plan;
      const files = await rendered(variant);
      const changed = [...files].filter(([name, bytes]) => !plainFiles.get(name)?.equals(bytes)).map(([name]) => name);
      if (changed.length === 0) continue;
      layouts.push({ variant: v.id, layout: v.layout });
      if (options.layouts === false) continue;
      const folder = variantFolder(id, v.id);
      await writePlan(dir, variant, async (doc) => files.get(fileName(doc))!, folder);
      pairs.push({ submission: id, variant: v.id, folder, changed });
    }
    if (options.soffice) {
      for (const { variant, layout } of layouts) {
        if (variant !== 'plain' && !(SOFFICE_VARIANTS as readonly string[]).includes(variant)) continue;
        const converted = planOf(id, layout).plan;
        if (!converted.docs.some((d) => d.format === 'docx' && !d.scan)) continue;
        const name = variant === 'plain' ? 'soffice' : `soffice+${variant}`;
        const folder = variantFolder(id, name);
        const changed = converted.docs.filter((d) => d.format === 'docx' && !d.scan).map((d) => fileName(d, 'pdf'));
        const pair = { submission: id, variant: name, folder, changed };
        sofficeJobs.push({ folder, plan: converted, pair });
        pairs.push(pair);
      }
    }
    if (options.pandoc) {
      const viaPandoc = plan.docs.filter((d) => d.format === 'docx' && !d.scan && hasPlainTables(d.spec));
      if (viaPandoc.length > 0) {
        const folder = variantFolder(id, 'pandoc');
        await writePlan(dir, plan, async (doc) => (viaPandoc.includes(doc) ? pandocDocx(doc.spec) : plainFiles.get(fileName(doc))!), folder);
        pairs.push({ submission: id, variant: 'pandoc', folder, changed: viaPandoc.map((d) => fileName(d)) });
      }
    }
    if (options.chromium) {
      const viaBrowser = plan.docs.filter((d) => d.format === 'docx' && !d.scan && hasPlainTables(d.spec));
      if (viaBrowser.length > 0) {
        const folder = variantFolder(id, 'chromium');
        const printed = new Map<PlannedDoc, Buffer>();
        for (const d of viaBrowser) printed.set(d, await chromiumPdf(d.spec));
        await writePlan(dir, { ...plan, docs: plan.docs.map((d) => (printed.has(d) ? { ...d, format: 'pdf' as const } : d)) }, async (doc) => printed.get(plan.docs.find((d) => d.spec === doc.spec)!) ?? plainFiles.get(fileName(doc))!, folder);
        pairs.push({ submission: id, variant: 'chromium', folder, changed: viaBrowser.map((d) => fileName(d, 'pdf')) });
      }
    }
  }
  if (sofficeJobs.length > 0) await writeSofficeJobs(dir, sofficeJobs);
  return pairs;
}

/** Writes every LibreOffice variant with one soffice run over all of their DOCX files. */
async function writeSofficeJobs(dir: string, jobs: { folder: string; plan: SubmissionPlan }[]): Promise<void> {
  const docx: PlannedDoc[] = [];
  const bytes: Buffer[] = [];
  for (const { plan } of jobs) {
    for (const doc of plan.docs) {
      if (doc.format !== 'docx' || doc.scan) continue;
      docx.push(doc);
      bytes.push(await renderDoc(doc));
    }
  }
  const pdfs = await sofficeToPdf(bytes);
  const pdfOf = new Map(docx.map((doc, i) => [doc, pdfs[i]]));
  for (const { folder, plan } of jobs) {
    const exported: SubmissionPlan = { ...plan, docs: plan.docs.map((d) => (pdfOf.has(d) ? { ...d, format: 'pdf' as const } : d)) };
    const byExported = new Map(exported.docs.map((d, i) => [d, plan.docs[i]]));
    await writePlan(dir, exported, async (doc) => {
      const original = byExported.get(doc)!;
      return pdfOf.get(original) ?? renderDoc(original);
    }, folder);
  }
}
