import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCondition, type CheckContext, type Condition } from '../../src/engine/condition.js';
import { definePack } from '../../src/engine/pack.js';
import { runConditions } from '../../src/engine/run-conditions.js';
import { ConditionResultSchema } from '../../src/model/finding.js';

const seenOptions: unknown[] = [];

const greets = defineCondition({
  meta: {
    id: 'fake.greets',
    title: '假条件',
    description: 'Passes and says who it saw.',
    messages: { hello: '{{count}} 家：{{names}}', bare: '无数据 {{missing}}' },
    options: z.object({ min: z.number().default(1) }),
  },
  check(ctx) {
    seenOptions.push(ctx.options);
    return { status: 'pass', messageId: 'hello', data: { count: 2, names: ['甲', '乙'] }, seen: { named: 2 }, evidence: [{ file: 'a.docx', ref: '/blocks/1', quote: '甲' }] };
  },
});

const bare = defineCondition({
  meta: { id: 'fake.bare', title: '无数据', description: 'Fails without data, seen or evidence.', messages: { bare: '缺少 {{missing}}' }, options: z.object({}) },
  check: () => ({ status: 'fail', messageId: 'bare' }),
});

const throws = defineCondition({
  meta: { id: 'fake.throws', title: '出错', description: 'Always throws.', messages: { never: '不会出现' }, options: z.object({}) },
  check(): never {
    throw new Error('boom');
  },
});

const registry: ReadonlyMap<string, Condition> = new Map([greets, bare, throws].map((c) => [c.meta.id, c as unknown as Condition]));
const ctx: Omit<CheckContext<unknown>, 'options' | 'metrics'> = { facts: {}, records: [], documents: [], meta: {} };

function packOf(...conditions: { id: string; options?: Record<string, unknown> }[]) {
  return definePack({
    id: 'test-pack',
    version: '1',
    title: '测试',
    source: 'test',
    region: '河南',
    documents: { required: [] },
    conditions: conditions.map((c) => ({ ...c, source: `source of ${c.id}` })),
    detectKinds: [],
  });
}

describe('runConditions', () => {
  it('runs the conditions in pack order and interpolates their messages (arrays joined with 、)', () => {
    const results = runConditions(packOf({ id: 'fake.greets' }, { id: 'fake.bare' }), registry, ctx);
    expect(results.map((r) => r.id)).toEqual(['fake.greets', 'fake.bare']);
    expect(results[0]).toMatchObject({ status: 'pass', messageId: 'hello', title: '假条件', message: '2 家：甲、乙', source: 'source of fake.greets', data: { count: 2, names: ['甲', '乙'] } });
    for (const r of results) expect(ConditionResultSchema.safeParse(r).success).toBe(true);
  });

  it('leaves a placeholder without data visible and defaults data and evidence', () => {
    const [r] = runConditions(packOf({ id: 'fake.bare' }), registry, ctx);
    expect(r).toMatchObject({ status: 'fail', messageId: 'bare', message: '缺少 {{missing}}', data: {}, evidence: [] });
  });

  it('keeps what the check saw, and adds no seen when the check reports none', () => {
    const [withSeen, withoutSeen] = runConditions(packOf({ id: 'fake.greets' }, { id: 'fake.bare' }), registry, ctx);
    expect(withSeen.seen).toEqual({ named: 2 });
    expect(withSeen.evidence).toEqual([{ file: 'a.docx', ref: '/blocks/1', quote: '甲' }]);
    expect(withoutSeen).not.toHaveProperty('seen');
  });

  it('parses the pack options through the condition schema (defaults filled in)', () => {
    seenOptions.length = 0;
    runConditions(packOf({ id: 'fake.greets' }, { id: 'fake.greets', options: { min: 5 } }), registry, ctx);
    expect(seenOptions).toEqual([{ min: 1 }, { min: 5 }]);
  });

  it('turns a check that throws into unknown, never a pass, and goes on with the others', () => {
    const results = runConditions(packOf({ id: 'fake.throws' }, { id: 'fake.greets' }), registry, ctx);
    expect(results[0]).toMatchObject({ id: 'fake.throws', status: 'unknown', messageId: 'internalError', data: { error: 'boom' }, title: '出错', evidence: [] });
    expect(results[0].message).toContain('boom');
    expect(results[0].message).not.toContain('{{');
    expect(results[1].status).toBe('pass');
  });

  it('throws for a condition id that is not registered', () => {
    expect(() => runConditions(packOf({ id: 'fake.greets' }, { id: 'fake.nope' }), registry, ctx)).toThrow(/Expected a registered condition id in pack test-pack, got "fake.nope"/u);
  });

  it('throws when the pack options do not parse', () => {
    expect(() => runConditions(packOf({ id: 'fake.greets', options: { min: 'ten' } }), registry, ctx)).toThrow();
  });
});
