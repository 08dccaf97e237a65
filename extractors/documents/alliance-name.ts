import type { Doc } from '../../src/model/document.js';
import { found, type Fact } from '../../src/model/fact.js';
import { docLines, evidenceAt } from '../../src/model/doc-view.js';

const STATED_NAME = /联盟(?:的)?(?:中文)?名称(?:为|是|：|:)\s*[“"「《]?([^”"」》，,。；;：:\s]{2,40}联盟)/u;
const TITLE_NAME = /^(.{2,40}联盟)(?:协议书|协议|章程|组建申请表|构建建议书|构建可行性研究报告|可行性研究报告|年度工作总结)/u;
const FORMED_NAME = /(?:共同(?:发起)?(?:组建|成立|构建)|特成立)[“"「]?([^”"」，,。；;\s]{2,40}联盟)/u;

/** The alliance's name as a document states it ("联盟名称：…"), titles it ("…联盟协议书") or forms it ("共同组建…联盟"). */
export function readAllianceName(doc: Doc): Fact<string> | null {
  const lines = docLines(doc);
  for (const pattern of [STATED_NAME, TITLE_NAME, FORMED_NAME]) {
    for (const line of pattern === TITLE_NAME ? lines.slice(0, 4) : lines) {
      const m = pattern.exec(line.text.replace(/\s+/gu, ''));
      if (m) return found(m[1], [evidenceAt(doc, line, line.text)], pattern === STATED_NAME ? 1 : 0.9);
    }
  }
  return null;
}
