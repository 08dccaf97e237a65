import type { Pack } from '../engine/pack.js';
import type { DocKind } from '../model/kinds.js';
import type { SubmissionMeta } from '../model/submission.js';

export type PackChoice = { pack: Pack; chosenBy: 'option' | 'submission.json' | 'detected'; reason: string } | { pack: null; reason: string };

/** The pack for a submission: --pack wins, then submission.json, then detection from the document kinds (and the region names in the text). */
export function choosePack(packs: ReadonlyMap<string, Pack>, kinds: readonly DocKind[], text: string, meta: SubmissionMeta, option?: string): PackChoice {
  if (option) {
    const pack = packs.get(option);
    return pack ? { pack, chosenBy: 'option', reason: `--pack ${option}` } : { pack: null, reason: `未知的规则包：${option}` };
  }
  if (meta.pack) {
    const pack = packs.get(meta.pack);
    return pack ? { pack, chosenBy: 'submission.json', reason: `submission.json 指定 ${meta.pack}` } : { pack: null, reason: `submission.json 指定了未知的规则包：${meta.pack}` };
  }
  const scored = [...packs.values()]
    .map((pack) => ({ pack, words: pack.detectWords.filter((w) => text.includes(w)).length, score: pack.detectKinds.filter((k) => kinds.includes(k)).length * 2 + pack.detectWords.filter((w) => text.includes(w)).length * 3 + (text.includes(pack.region) ? 1 : 0) }))
    .filter((s) => s.words > 0 || s.pack.detectKinds.some((k) => kinds.includes(k)))
    .sort((a, b) => b.score - a.score);
  if (scored.length === 0) return { pack: null, reason: '无法从材料判断申报项目（未识别出建议书、申请表等文件），请用 --pack 或 submission.json 指定' };
  if (scored.length > 1 && scored[0].score === scored[1].score) return { pack: null, reason: `材料同时符合多个申报项目（${scored.map((s) => s.pack.id).join('、')}），请用 --pack 指定` };
  const best = scored[0].pack;
  return { pack: best, chosenBy: 'detected', reason: `按材料判断（${[...best.detectKinds.filter((k) => kinds.includes(k)), ...best.detectWords.filter((w) => text.includes(w))].join('、')}）` };
}
