import type { Doc } from '../../src/model/document.js';
import { absent, found, type Fact } from '../../src/model/fact.js';
import type { Evidence } from '../../src/model/evidence.js';
import { optionState } from '../../src/text/checkboxes.js';
import { documentEvidence, evidenceAt } from '../../src/model/doc-view.js';
import { factFromHit } from './form-fields.js';
import type { FormView } from '../layout/form-view.js';

type YesNo = 'yes' | 'no' | 'unknown';

/** Rows answered with □有 □无 boxes: each key's answer, and all of them as one fact. */
export function readYesNoRows(doc: Doc, view: FormView, rows: Readonly<Record<string, string>>): { all: Fact<Record<string, YesNo>>; byKey: Record<string, Fact<boolean>> } {
  const answers: Record<string, YesNo> = {};
  const byKey: Record<string, Fact<boolean>> = {};
  const evidence: Evidence[] = [];
  for (const [key, label] of Object.entries(rows)) {
    const hit = view.find([label], { threshold: 0.85 });
    const yes = hit?.checkboxes ? optionState(hit.checkboxes, '有') : null;
    const no = hit?.checkboxes ? optionState(hit.checkboxes, '无') : null;
    const answer: YesNo = yes === 'checked' && no !== 'checked' ? 'yes' : no === 'checked' && yes !== 'checked' ? 'no' : 'unknown';
    if (hit) {
      answers[key] = answer;
      evidence.push(evidenceAt(doc, hit.at, hit.quote));
    }
    byKey[key] = factFromHit(doc, hit, answer === 'unknown' ? null : answer === 'yes');
  }
  const all = evidence.length > 0 ? found(answers, evidence) : absent<Record<string, YesNo>>([documentEvidence(doc)]);
  return { all, byKey };
}
