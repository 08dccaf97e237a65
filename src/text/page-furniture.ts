/**
 * Page furniture: page numbers and running page counts ("— 3 —", "- 3 -", "第 3 页", "第1页共9页",
 * "3 / 9") that stand on a line of their own. They belong to no paragraph, list or form value.
 */
const PAGE_NUMBER = /^[\s—\-－–―]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[,，]?\s*(?:[/／]|共)\s*\d{1,4}\s*页?)?[\s—\-－–―]*$/u;

/**
 * True when a line is only a page number or page count. A bare number counts only when the
 * layout says it stands apart (`centred`: a footer line), since a number alone may be data.
 */
export function isPageFurniture(text: string, centred = false): boolean {
  const t = text.trim();
  return t !== '' && PAGE_NUMBER.test(t) && (centred || !/^\d{1,4}$/u.test(t));
}
