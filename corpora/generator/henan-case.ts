import type { Unit } from './units.js';
import type { NumberStyle } from './numbers.js';

export type Format = 'docx' | 'pdf';

/** One generated Henan submission: the truth its documents are written from. */
export interface HenanCase {
  id: string;
  /** What the case is about (goes to expected.json). */
  about: string;
  alliance: string;
  lead: Unit;
  /** Every member unit including the lead, in the order the agreement names them. */
  members: Unit[];
  /** A member name the agreement lists a second time. */
  duplicate?: string;
  /** Members whose credit code is printed with a wrong check character. */
  badCodes?: string[];
  /** Declared counts (default: the true counts). */
  declared?: { total: number; enterprise: number; university: number; institute: number; other: number };
  /** Provincial-or-higher platforms named in the feasibility report and the proposal. */
  platforms: string[];
  staff: number;
  /** 经费管理制度 box ticked 有. */
  fundSystem: boolean;
  /** The agreement has a fund-management chapter. */
  fundClause: boolean;
  goals: boolean;
  division: boolean;
  /** Members that did not sign or seal the agreement. */
  unsigned: string[];
  partyStyle: 'table' | 'lines';
  numbers: NumberStyle;
  formats: { proposal: Format; feasibility: Format; recommendation: Format; agreement: Format };
  /** Documents left out of the submission. */
  omit?: ('proposal' | 'feasibility' | 'recommendation' | 'agreement')[];
  /** The agreement file is cut short (damaged). */
  damagedAgreement?: boolean;
  /** Characters of the 200-character lead-position answer (default 120). */
  leadPositionChars?: number;
  /** PDF: numbers and units as separate runs ("12.5 亿元"). */
  splitNumbers?: boolean;
  /** Checkboxes written as Word content controls instead of glyphs. */
  checkboxControls?: boolean;
  /** Condition statuses other than pass. */
  expect: Record<string, 'fail' | 'unknown'>;
  /** submission.json written (else the pack is detected). */
  withMeta?: boolean;
}

/** True member counts by type. */
export function countsOf(members: readonly Unit[]) {
  const by = (t: string) => members.filter((m) => m.type === t).length;
  return { total: members.length, enterprise: by('enterprise'), university: by('university'), institute: by('institute'), other: by('other') };
}
