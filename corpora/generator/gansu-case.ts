import type { Unit } from './units.js';
import type { NumberStyle } from './numbers.js';

type Format = 'docx' | 'pdf';

/** One generated Gansu formation submission: the truth its documents are written from. */
export interface GansuCase {
  id: string;
  about: string;
  alliance: string;
  lead: Unit;
  members: Unit[];
  declared?: { total: number; enterprise: number; university: number; institute: number };
  duplicate?: string;
  badCodes?: string[];
  goalChars: number;
  numbers: NumberStyle;
  layout: 'seed' | 'narrow';
  yiyuan: boolean;
  charter: { consultingBody: boolean; externalResponsibility: boolean; staff: number | 'mentioned' | 'none'; fundSupervision: boolean; ipFull: boolean };
  agreement: { goals: boolean; division: boolean; fundClause: boolean; fundSupervision: boolean; ipFull: boolean; partyStyle: 'table' | 'lines' };
  unsigned: string[];
  formats: { application: Format; agreement: Format; charter: Format; evidence: Format };
  platforms: string[];
  omitCharter?: boolean;
  /** The agreement's signature page is a scan (no text layer). */
  scannedSignaturePage?: boolean;
  splitNumbers?: boolean;
  withMeta?: boolean;
  expect: Record<string, 'fail' | 'unknown'>;
}
