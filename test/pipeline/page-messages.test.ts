import { describe, expect, it } from 'vitest';
import type { Doc } from '../../src/model/document.js';
import { pageRanges, unreadablePageMessages } from '../../src/pipeline/page-messages.js';

function pdf(pages: Doc['pages']): Doc {
  return { id: 'x', origin: { file: 'a.pdf', format: 'pdf', pages: pages!.length }, quality: { textLayer: 'partial' }, blocks: [], messages: [], pages };
}

describe('pageRanges', () => {
  it('writes runs of pages as ranges and single pages alone', () => expect(pageRanges([8, 1, 2, 3, 5, 7])).toBe('1–3、5、7–8'));
  it('writes nothing for no pages', () => expect(pageRanges([])).toBe(''));
});

describe('unreadablePageMessages', () => {
  it('gives one message per reason, so that 2,000 refused pages are one line that names the limit', () => {
    const pages = Array.from({ length: 2000 }, (_, i) => ({ number: i + 1, quality: i < 60 ? ('good' as const) : ('unreadable' as const), chars: 0, ...(i < 60 ? {} : { reason: '超过单个文件文字识别页数上限 60' }) }));
    expect(unreadablePageMessages(pdf(pages))).toEqual(['第 61–2000 页无法读取：超过单个文件文字识别页数上限 60，相关条件判为“待核实”']);
  });
  it('keeps different reasons apart and names a page without a stated reason as having no text layer', () => {
    const messages = unreadablePageMessages(pdf([
      { number: 1, quality: 'unreadable', chars: 0 },
      { number: 2, quality: 'good', chars: 90 },
      { number: 3, quality: 'unreadable', chars: 0, reason: '文字识别失败：超过单张图像像素数上限' },
    ]));
    expect(messages).toEqual(['第 1 页无法读取：没有可读的文字层（扫描件或乱码），相关条件判为“待核实”', '第 3 页无法读取：文字识别失败：超过单张图像像素数上限，相关条件判为“待核实”']);
  });
});
