import { describe, expect, it } from 'vitest';
import * as text from '../../src/text/index.js';

describe('src/text/index', () => {
  it('re-exports the public functions of every module', () => {
    for (const name of [
      'toHalfWidth', 'collapseSpaces', 'repairCjkSpacing', 'isCjk', 'normalizeText',
      'parseChineseNumeral', 'parseNumber', 'findFirstNumber',
      'parseMoney', 'formatWan', 'parsePercent', 'parseCount', 'parseDate', 'findDates',
      'creditCodeCheckChar', 'isValidCreditCode', 'findCreditCodes', 'isOrganizationCode',
      'normalizeLabel', 'labelSimilarity', 'matchLabel', 'splitLabelValue',
      'countChars', 'parseLengthLimit', 'parseArticleHeading', 'parseOutlineHeading', 'assessTextQuality',
    ]) {
      expect(typeof (text as Record<string, unknown>)[name], name).toBe('function');
    }
  });
});
