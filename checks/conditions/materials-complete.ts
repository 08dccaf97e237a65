import { z } from 'zod';
import { defineCondition, unreadFiles } from '../../src/engine/condition.js';
import { DOC_KIND_LABELS, DocKindSchema } from '../../src/model/kinds.js';
import { evidence } from '../../src/model/evidence.js';

/** materials.complete: the documents a program requires are all in the submission. */
export default defineCondition({
  meta: {
    id: 'materials.complete',
    title: '申报材料齐全',
    description: 'Every required document kind is present; recommended ones are reported when missing.',
    messages: {
      complete: '申报材料齐全：{{present}}',
      missing: '缺少必需材料：{{missing}}',
      unreadable: '必需材料 {{unreadable}} 无法读取，无法确认材料是否齐全',
      recommended: '必需材料齐全；建议补充：{{recommended}}',
    },
    options: z.object({ required: z.array(DocKindSchema), recommended: z.array(DocKindSchema).default([]) }),
  },
  check({ documents, options }) {
    const readable = (kind: string) => documents.some((d) => d.kind === kind && d.quality !== 'error');
    const present = options.required.filter(readable).map((k) => DOC_KIND_LABELS[k]);
    const missing = options.required.filter((k) => !readable(k));
    const ev = documents.filter((d) => options.required.includes(d.kind)).map((d) => evidence(d.file, '', `${DOC_KIND_LABELS[d.kind]}（${d.kindReason}）`));
    const unread = unreadFiles(documents);
    if (missing.length > 0 && unread.length > 0) {
      return { status: 'unknown', messageId: 'unreadable', data: { unreadable: unread }, evidence: ev, seen: { missing } };
    }
    if (missing.length > 0) return { status: 'fail', messageId: 'missing', data: { missing: missing.map((k) => DOC_KIND_LABELS[k]) }, evidence: ev, seen: { missing } };
    const recommended = options.recommended.filter((k) => !readable(k)).map((k) => DOC_KIND_LABELS[k]);
    if (recommended.length > 0) return { status: 'pass', messageId: 'recommended', data: { recommended }, evidence: ev };
    return { status: 'pass', messageId: 'complete', data: { present }, evidence: ev };
  },
});
