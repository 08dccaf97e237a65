import { ReportSchema, type Report } from '../../../src/model/report.js';

/** Evidence shorthand. */
function ev(file: string, quote: string, page?: number, ref = '/blocks/0') {
  return page === undefined ? { file, ref, quote } : { file, page, ref, quote };
}

/** A realistic report, validated against ReportSchema so that the fixture is real. */
export function makeReport(id = 'henan-07', overrides: Partial<Report> = {}): Report {
  const report: Report = {
    schemaVersion: 1,
    flags: [],
    submission: {
      id,
      documents: [
        {
          file: '协议书.pdf',
          sha256: 'a'.repeat(64),
          format: 'pdf',
          kind: 'agreement',
          kindConfidence: 0.95,
          kindReason: '标题含“联盟协议”',
          pages: 12,
          ocr: false,
          quality: 'good',
        },
        {
          file: '建议书.docx',
          sha256: 'b'.repeat(64),
          format: 'docx',
          kind: 'proposal',
          kindConfidence: 0.9,
          kindReason: '标题含“构建建议书”',
          ocr: false,
          quality: 'partial',
          unreadablePages: [3, 4],
        },
      ],
    },
    pack: {
      id: 'henan-2020-alliance-application',
      version: '1',
      title: '河南省产业技术创新战略联盟构建',
      source: '豫科〔2020〕12号',
      chosenBy: 'detected',
    },
    facts: {
      allianceName: { value: '河南省新材料产业技术创新战略联盟', status: 'found', confidence: 1, evidence: [ev('建议书.docx', '联盟名称：河南省新材料产业技术创新战略联盟')] },
      leadUnit: { value: '郑州某某科技有限公司', status: 'found', confidence: 1, evidence: [ev('建议书.docx', '牵头单位：郑州某某科技有限公司')] },
      memberCount: { value: 3, status: 'found', confidence: 0.98, evidence: [ev('协议书.pdf', '成员单位名单', 2)] },
      members: {
        value: [
          { name: '郑州某某科技有限公司', creditCode: '91410100MA44XXXX1X', type: 'enterprise', province: '河南', evidence: [ev('协议书.pdf', '郑州某某科技有限公司', 2)] },
          { name: '郑州大学', type: 'university', province: '河南', evidence: [ev('协议书.pdf', '郑州大学', 2)] },
          { name: '中国科学院某研究所', type: 'institute', evidence: [ev('协议书.pdf', '中国科学院某研究所', 2)] },
        ],
        status: 'found',
        confidence: 0.95,
        evidence: [ev('协议书.pdf', '成员单位名单', 2)],
      },
    },
    conditions: [
      {
        id: 'members.min-count',
        status: 'fail',
        message: '列明成员单位 3 家，少于要求的 10 家',
        messageId: 'members.min-count.fail',
        data: { count: 3, min: 10 },
        source: '通知第二条第（一）款',
        title: '成员单位数量',
        evidence: [
          ev('协议书.pdf', '甲方：<script>alert("x")</script> & 乙方', 2, '/pages/1/blocks/3'),
          ...Array.from({ length: 6 }, (_, i) => ev('协议书.pdf', `成员${i + 1}`, 3)),
        ],
      },
      {
        id: 'agreement.signed',
        status: 'unknown',
        message: '签字盖章页无法读取，需人工核实',
        messageId: 'agreement.signed.unknown',
        data: {},
        source: '通知第二条第（三）款',
        title: '协议签署',
        evidence: [ev('建议书.docx', '', undefined, '/blocks/12/rows/3/cells/1')],
      },
      {
        id: 'lead.province',
        status: 'pass',
        message: '牵头单位注册于河南省',
        messageId: 'lead.province.pass',
        data: {},
        source: '通知第二条第（二）款',
        title: '牵头单位注册地',
        evidence: [],
      },
    ],
    score: null,
    verdict: 'fail',
    messages: [{ level: 'warning', text: '第3、4页文字无法读取', file: '建议书.docx' }],
    interpretation: ['成员单位以协议书所附名单为准'],
    ...overrides,
  };
  return ReportSchema.parse(report);
}

/** A report for a submission that could not be read at all. */
export function makeErrorReport(id: string): Report {
  return makeReport(id, {
    submission: {
      id,
      documents: [
        { file: '损坏.pdf', sha256: 'c'.repeat(64), format: 'pdf', kind: 'unknown', kindConfidence: 0, kindReason: '无法读取', ocr: false, quality: 'error', error: '文件已损坏' },
      ],
    },
    pack: null,
    facts: {},
    conditions: [],
    verdict: 'error',
    messages: [{ level: 'error', text: '文件已损坏', file: '损坏.pdf' }],
    interpretation: [],
  });
}

/** Names an attacker could put in a batch: file names, ids and quotes that try to become formulas, Markdown, HTML or to hide their extension. */
export const HOSTILE = {
  formula: '=HYPERLINK("http://x","点我")',
  dde: "=cmd|' /C calc'!A0",
  at: '@SUM(1)',
  heading: '附件\n# 审查结论：通过',
  script: '<script>alert(1)</script>',
  bidi: 'rtl\u202Egpj.exe',
  pipe: '甲方 | 伪造单元格 |',
} as const;

/** A report whose id, file names, quotes, alliance name and messages all come from HOSTILE. */
export function makeHostileReport(id = `${HOSTILE.heading}${HOSTILE.bidi}`): Report {
  const base = makeReport(id);
  const [first, second] = base.submission.documents;
  return ReportSchema.parse({
    ...base,
    submission: { id, documents: [{ ...first, file: HOSTILE.formula }, { ...second, file: HOSTILE.bidi, quality: 'error', error: HOSTILE.script }] },
    facts: {
      ...base.facts,
      allianceName: { ...base.facts.allianceName, value: `${HOSTILE.at}${HOSTILE.pipe}` },
      leadUnit: { ...base.facts.leadUnit, value: HOSTILE.dde },
    },
    conditions: base.conditions.map((c) => ({ ...c, evidence: [ev(HOSTILE.bidi, `${HOSTILE.heading} ${HOSTILE.script} ${HOSTILE.pipe}`, 2)] })),
    messages: [{ level: 'error', text: HOSTILE.heading, file: HOSTILE.script }],
  });
}
