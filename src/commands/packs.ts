import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { NOTICES } from '../../checks/packs/notices.js';
import { lintRubric } from '../engine/rubric/lint.js';
import { formatNotice, lintPackSources, type Notice, type Pack } from '../engine/pack.js';
import { DOC_KIND_LABELS } from '../model/kinds.js';
import { cliText, type Lang } from './i18n.js';

/** `filings packs list`. */
export function listPacks(): void {
  for (const p of PACKS.values()) process.stdout.write(`${p.id.padEnd(40)} ${p.title}（${p.conditions.length} 项条件${p.rubric ? `，评分 ${p.rubric.indicators.length} 项指标` : ''}）\n`);
}

function unknownPack(id: string, lang: Lang): number {
  const e = cliText(lang).errors;
  process.stderr.write(`${e.prefix}${e.unknownPack(id, [...PACKS.keys()].join(', '))}\n`);
  return 2;
}

/** `filings packs show <id>`: documents, conditions with their sources, and the rubric as a table; returns the exit status. */
export function showPack(id: string, lang: Lang = 'zh'): number {
  const pack = PACKS.get(id);
  if (!pack) return unknownPack(id, lang);
  const out = [`${pack.title}（${pack.id} v${pack.version}）`, `依据：${pack.source}`, ...noticeLines(pack), `必需材料：${pack.documents.required.map((k) => DOC_KIND_LABELS[k]).join('、')}`, '', '条件：'];
  for (const c of pack.conditions) {
    const meta = CONDITIONS.get(c.id)?.meta;
    const options = Object.keys(c.options).length ? ` ${JSON.stringify(c.options)}` : '';
    out.push(`  ${c.id.padEnd(30)} ${meta?.title ?? ''}${options}`, `  ${' '.repeat(30)} 依据：${c.source}`);
  }
  if (pack.rubric) out.push('', ...rubricTable(pack));
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

/** The notices a pack cites, each with its 文号 (or a note that it has none), issuer, date and what it rests on. */
function noticeLines(pack: Pack): string[] {
  const notices = new Map<string, Notice>();
  for (const c of [...pack.citations, ...pack.conditions.flatMap((x) => x.citations)]) notices.set(c.notice.id, c.notice);
  return ['所引文件：', ...[...notices.values()].map((n) => `  ${formatNotice(n)}${n.docNumber ? '' : '（未标注文号）'} ${n.issuer}${n.date ? ` ${n.date}` : ''}${n.basis ? `；${n.basis}` : ''}`)];
}

/** The part of an indicator's source after the notice it cites (the section), or the whole source. */
function sectionOf(pack: Pack, source: string): string {
  const prefix = pack.citations.map((c) => formatNotice(c.notice)).find((p) => source.startsWith(p));
  return prefix ? source.slice(prefix.length) || '（全文）' : source;
}

function rubricTable(pack: Pack): string[] {
  const rubric = pack.rubric!;
  const notices = [...new Set(rubric.indicators.map((i) => pack.citations.map((c) => formatNotice(c.notice)).find((p) => i.source.startsWith(p)) ?? ''))].filter(Boolean);
  const out = [`评分（满分 ${rubric.total}${rubric.bonusCap !== undefined ? `，加分不超过 ${rubric.bonusCap}` : ''}）${notices.length ? `，出处：${notices.join('、')}` : ''}：`, '| 组 | 指标 | 分值 | 类型 | 规则 | 出处 |', '|---|---|---|---|---|---|'];
  for (const g of rubric.groups) {
    for (const ind of rubric.indicators.filter((i) => i.group === g.id)) {
      const rule =
        ind.kind === 'tiers' ? ind.tiers.map((t) => t.text).join('；')
        : ind.kind === 'per-item' ? `${ind.items.map((i) => `${i.label}${i.perUnit ? '每项' : ''}${i.points}分`).join('，')}，累计不超过${ind.cap}分`
        : ind.kind === 'steps' ? `达到${ind.start}${ind.unit}得${ind.startPoints}分，每增加${ind.step}${ind.unit}加${ind.stepPoints}分，不超过${ind.cap}分`
        : ind.kind === 'flag' ? `具备加${ind.points}分`
        : ind.levels.map((l) => `${l.label}${l.points}${l.upTo ? `-${l.upTo}` : ''}分`).join('，');
      out.push(`| ${g.label}（${g.max}${g.bonus ? '，加分' : ''}） | ${ind.label} | ${ind.max} | ${ind.kind} | ${rule} | ${sectionOf(pack, ind.source)} |`);
    }
  }
  if (rubric.bands.length) out.push('', `档次：${rubric.bands.map((b) => `${b.min}分以上${b.label}`).join('，')}`);
  return out;
}

/** `filings packs lint`: rubric sums, tiers, inputs and sources (cited by notice title, 文号 and section) of every pack; source flaws listed with the reading taken. Exit 1 on undocumented problems. */
export function lintPacks(): number {
  let undocumented = 0;
  for (const pack of PACKS.values()) {
    const lines: string[] = [];
    for (const c of pack.conditions) {
      if (!CONDITIONS.has(c.id)) lines.push(`  ✗ 条件 ${c.id} 未注册`);
      else if (!c.source.trim()) lines.push(`  ✗ 条件 ${c.id} 未注明来源`);
    }
    for (const problem of lintPackSources(pack, Object.values(NOTICES))) lines.push(`  ✗ ${problem}`);
    undocumented += lines.length;
    for (const f of pack.rubric ? lintRubric(pack.rubric, pack.metrics) : []) {
      if (f.documented) lines.push(`  · 来源问题 ${f.indicator}：${f.problem}；本规则包的理解：${f.reading}`);
      else {
        undocumented++;
        lines.push(`  ✗ ${f.indicator}：${f.problem}`);
      }
    }
    process.stdout.write(`${pack.id}: ${lines.some((l) => l.includes('✗')) ? '有问题' : '通过'}\n${lines.join('\n')}${lines.length ? '\n' : ''}`);
  }
  return undocumented > 0 ? 1 : 0;
}
