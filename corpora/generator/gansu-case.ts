import type { Unit } from './units.js';
import type { NumberStyle } from './numbers.js';

type Format = 'docx' | 'pdf';

/** The figures a Gansu application form states (amounts in 万元, shares in %). */
export interface GansuFigures {
  output: number;
  purchases: number;
  rdThisYear: number;
  rdThreeYears: number;
  benefit: number;
  industryScale: number;
  leadShare: number;
  membersShare: number;
}

export const DEFAULT_FIGURES: GansuFigures = { output: 156000, purchases: 23000, rdThisYear: 850, rdThreeYears: 2100, benefit: 2600, industryScale: 3200000, leadShare: 35, membersShare: 62 };

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
  /** The whole agreement is a scanned PDF: printed, signed by hand, sealed, scanned. */
  scannedAgreement?: boolean;
  /** The agreement's signature page is a scan (no text layer). */
  scannedSignaturePage?: boolean;
  splitNumbers?: boolean;
  withMeta?: boolean;
  expect: Record<string, 'fail' | 'unknown'>;
  /** Figures of the application form (default DEFAULT_FIGURES). */
  figures?: Partial<GansuFigures>;
}
