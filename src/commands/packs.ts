import { CONDITIONS } from '../../checks/conditions/index.js';
import { PACKS } from '../../checks/packs/index.js';
import { DOC_KIND_LABELS } from '../model/kinds.js';

/** `filings packs list`. */
export function listPacks(): void {
  for (const p of PACKS.values()) process.stdout.write(`${p.id.padEnd(36)} ${p.title}（${p.conditions.length} 项条件）\n`);
}

/** `filings packs show <id>`: documents and conditions with their sources; returns the exit status. */
export function showPack(id: string): number {
  const pack = PACKS.get(id);
  if (!pack) {
    process.stderr.write(`filings: unknown pack "${id}". Expected one of: ${[...PACKS.keys()].join(', ')}\n`);
    return 2;
  }
  const out = [`${pack.title}（${pack.id} v${pack.version}）`, `依据：${pack.source}`, `必需材料：${pack.documents.required.map((k) => DOC_KIND_LABELS[k]).join('、')}`, '', '条件：'];
  for (const c of pack.conditions) {
    const meta = CONDITIONS.get(c.id)?.meta;
    const options = Object.keys(c.options).length ? ` ${JSON.stringify(c.options)}` : '';
    out.push(`  ${c.id.padEnd(30)} ${meta?.title ?? ''}${options}`, `  ${' '.repeat(30)} 依据：${c.source}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}
