import type { Doc } from '../../src/model/document.js';
import type { Facts } from '../../src/model/facts.js';
import { absent, found } from '../../src/model/fact.js';
import { findDates } from '../../src/text/dates.js';
import { parseNumber } from '../../src/text/numerals.js';
import { readAllianceName } from './alliance-name.js';
import { docLines, documentEvidence, evidenceAt } from '../../src/model/doc-view.js';

/** "2021年度工作总结" → 2021 (Arabic or Chinese year digits). */
const YEAR_TITLE = /([0-9０-９〇零一二三四五六七八九]{4})\s*年度/u;
import { readHeadings } from '../layout/headings.js';

/** 年度工作总结: which of the five outline sections (seed 000 附件4) it covers. */
export function readAnnualSummary(doc: Doc): Facts {
  const facts: Facts = { headings: readHeadings(doc) };
  const lines = docLines(doc);
  const title = lines.slice(0, 4).find((l) => YEAR_TITLE.test(l.text));
  const year = title ? parseNumber(YEAR_TITLE.exec(title.text)![1]) : null;
  facts.reportYear = year !== null ? found(year, [evidenceAt(doc, title!, title!.text)]) : absent([documentEvidence(doc)]);
  const dated = [...lines].reverse().slice(0, 8).find((l) => findDates(l.text).some((d) => d.iso.length === 10));
  const date = dated ? findDates(dated.text).filter((d) => d.iso.length === 10).pop()!.iso : null;
  facts.reportDate = date ? found(date, [evidenceAt(doc, dated!, dated!.text)]) : absent([documentEvidence(doc)]);
  const name = readAllianceName(doc);
  if (name) facts.allianceName = name;
  return facts;
}
