import { z } from 'zod';
import { defineCondition, use } from '../../src/engine/condition.js';

/** platforms.min-provincial: at least {min} provincial-or-higher R&D platforms are named among the members. */
export default defineCondition({
  meta: {
    id: 'platforms.min-provincial',
    title: '省级及以上研发平台',
    description: 'At least `min` distinct provincial-or-higher R&D platforms are named in the submission.',
    messages: {
      enough: '列明省级及以上研发平台 {{count}} 个（要求不少于 {{min}} 个）：{{names}}',
      tooFew: '仅列明省级及以上研发平台 {{count}} 个，少于要求的 {{min}} 个{{namesNote}}',
      unreadable: '部分文件无法可靠读取，已找到省级及以上研发平台 {{count}} 个，不足 {{min}} 个，需人工核实',
    },
    options: z.object({ min: z.number().int().positive() }),
  },
  check({ facts, documents, options }) {
    const platforms = use(facts.provincialPlatforms);
    const names = platforms.state === 'usable' ? [...new Set(platforms.value)] : [];
    const evidence = platforms.state === 'usable' ? platforms.fact.evidence : [];
    const count = names.length;
    if (count >= options.min) return { status: 'pass', messageId: 'enough', data: { count, min: options.min, names }, evidence, seen: { names } };
    if (platforms.state === 'unreadable' || documents.some((d) => d.quality !== 'good')) return { status: 'unknown', messageId: 'unreadable', data: { count, min: options.min }, evidence, seen: { names } };
    return { status: 'fail', messageId: 'tooFew', data: { count, min: options.min, namesNote: count ? `：${names.join('、')}` : '' }, evidence, seen: { names } };
  },
});
