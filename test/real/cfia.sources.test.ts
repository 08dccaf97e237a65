import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../extractors/formats/index.js';
import { readRecord } from '../../extractors/documents/index.js';
import { readSignatureRows } from '../../extractors/facts/signatures.js';
import { docLines } from '../../src/model/doc-view.js';
import { parseArticleHeading } from '../../src/text/articles.js';
import { classify } from '../../src/pipeline/classify.js';
import { sniffFormat } from '../../src/pipeline/sniff.js';
import type { Doc } from '../../src/model/document.js';
import { sharedPath } from './shared.js';

const CFIA = sharedPath('real', 'cfia');

async function load(name: string): Promise<Doc> {
  const bytes = await readFile(path.join(CFIA, name));
  return readDocument({ name, bytes, sha256: createHash('sha256').update(bytes).digest('hex'), format: sniffFormat(bytes, name) });
}

describe.each(['CFIA_charter_联盟章程.docx', 'CFIA_charter_联盟章程.pdf'])('the real CFIA charter (%s)', (file) => {
  it('is classified as a charter from its title', async () => {
    expect(classify(await load(file)).kind).toBe('charter');
  });

  it('finds its decision and executive bodies and reports no consulting body', async () => {
    const record = readRecord(await load(file), 'charter');
    expect(record.facts.bodies?.status).toBe('found');
    expect(record.facts.bodies?.value?.decision).toEqual(expect.arrayContaining(['会员大会', '理事会']));
    expect(record.facts.bodies?.value?.executive).toContain('秘书处');
    expect(record.facts.bodies?.value?.consulting).toEqual([]);
  });

  it('recognises the "no fees" article (第二十二条) as a fund clause, not a missing one', async () => {
    const record = readRecord(await load(file), 'charter');
    expect(record.facts.hasFundRules?.value).toBe(true);
    expect(record.facts.hasFundRules?.evidence.some((e) => e.quote.includes('不收取费用'))).toBe(true);
  });

  it('reads all 31 articles despite the 笫 typo and the repeated （二） item', async () => {
    const numbers = docLines(await load(file))
      .map((l) => parseArticleHeading(l.text.replace(/^\|?\s*/u, '')))
      .filter((h) => h?.kind === 'article')
      .map((h) => h!.number);
    expect([...new Set(numbers)].sort((a, b) => a - b)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
  });

  it('states no full-time staff number, and leaves IP liability to project agreements', async () => {
    const record = readRecord(await load(file), 'charter');
    expect(record.facts.fullTimeStaff?.value ?? null).toBeNull();
    expect(record.facts.ipClauses?.value).toMatchObject({ ownership: true, liability: false });
  });

  it('names the alliance', async () => {
    expect(readRecord(await load(file), 'charter').facts.allianceName?.value).toBe('碳足迹产业技术创新联盟');
  });
});

describe('the real CFIA project-management rules with a fund chapter', () => {
  it('finds fund rules and their supervision (budget approval, quarterly disclosure)', async () => {
    const record = readRecord(await load('CFIA_合作项目管理办法_含经费管理.docx'), 'charter');
    expect(record.facts.hasFundRules?.value).toBe(true);
    expect(record.facts.fundSupervision?.status).toBe('found');
  });
});

describe.each(['CFIA_附件一_申请加入单位信息表_高校院所协会_blank.pdf', 'CFIA_附件二_申请加入单位信息表_企业_blank.pdf'])('the real blank membership form %s', (file) => {
  it('parses with a good text layer on every page', async () => {
    const doc = await load(file);
    expect(doc.pages?.every((p) => p.quality === 'good')).toBe(true);
    expect(docLines(doc).some((l) => l.text.includes('单位名称'))).toBe(true);
  });

  it('shows its signature and seal slots, none of them signed', async () => {
    const rows = readSignatureRows(await load(file));
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows.every((r) => r.signed === 'no')).toBe(true);
  });

  it('reads its tick boxes as unchecked', async () => {
    const doc = await load(file);
    const boxes = doc.blocks.flatMap((b) => (b.type === 'paragraph' ? b.checkboxes ?? [] : b.type === 'table' ? b.rows.flatMap((r) => r.cells.flatMap((c) => c.checkboxes ?? [])) : []));
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every((b) => b.state === 'unchecked')).toBe(true);
  });
});
