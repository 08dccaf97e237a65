import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../src/text/page-furniture.js';

describe('isPageFurniture', () => {
  it.each(['— 3 —', '-3-', '第 3 页', '第1页共9页', '3 / 9', '—12—'])('%j is a page number', (t) => expect(isPageFurniture(t)).toBe(true));
  it.each(['3', '第三章 总则', '共3项', '2020年', '3.2%'])('%j is not', (t) => expect(isPageFurniture(t)).toBe(false));
});
