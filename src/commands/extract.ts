import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readDocument, UnreadableFileError, withOcr } from '../../extractors/formats/index.js';
import { readRecord } from '../../extractors/documents/index.js';
import { classify } from '../pipeline/classify.js';
import { sniffFormat } from '../pipeline/sniff.js';
import { cliText, type Lang } from './i18n.js';

/** `filings extract <file>`: the Doc and the typed record of one file; returns the exit status. */
export async function runExtract(file: string, opts: { json?: boolean; ocr?: boolean; ocrSecondPass?: boolean; lang?: Lang }): Promise<number> {
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) {
    const e = cliText(opts.lang ?? 'zh').errors;
    process.stderr.write(`${e.prefix}${e.unreadableFile(file)}\n`);
    return 2;
  }
  try {
    const input = { name: path.basename(file), bytes, sha256: createHash('sha256').update(bytes).digest('hex'), format: sniffFormat(bytes, file) };
    const doc = opts.ocr === false ? await readDocument(input) : await withOcr((ocr) => readDocument(input, { ocr }), { workers: 2, secondPass: opts.ocrSecondPass });
    const classification = classify(doc);
    const record = readRecord(doc, classification.kind);
    if (opts.json) {
      process.stdout.write(`${JSON.stringify({ doc, classification, record }, null, 2)}\n`);
      return 0;
    }
    process.stdout.write(`${doc.origin.file}: ${classification.kind} (${classification.reason})\n`);
    for (const b of doc.blocks) {
      const where = b.page ? `p${b.page} ` : '';
      if (b.type === 'table') for (const r of b.rows) process.stdout.write(`${where}${b.ref} | ${r.cells.map((c) => c.text.replace(/\n/gu, '⏎')).join(' | ')}\n`);
      else process.stdout.write(`${where}${b.ref} ${b.type === 'heading' ? '#'.repeat(b.level) + ' ' : ''}${b.text}\n`);
    }
    process.stdout.write('\nrecord:\n');
    for (const [key, fact] of Object.entries(record.facts)) {
      if (!fact) continue;
      process.stdout.write(`  ${key}: ${fact.status === 'found' ? JSON.stringify(fact.value) : fact.status}\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof UnreadableFileError) {
      process.stderr.write(`filings: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
