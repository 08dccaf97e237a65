import { describe, expect, it } from 'vitest';
import { parseArticleHeading, parseOutlineHeading } from '../../src/text/articles.js';

describe('parseArticleHeading', () => {
  it('recognises a chapter heading with its title', () => {
    expect(parseArticleHeading('第一章 总则')).toEqual({ kind: 'chapter', number: 1, title: '总则', text: '第一章' });
  });

  it('recognises an article with the rest of the line as title', () => {
    expect(parseArticleHeading('第三条 联盟名称：河南省XX产业技术创新战略联盟')).toEqual({
      kind: 'article',
      number: 3,
      title: '联盟名称：河南省XX产业技术创新战略联盟',
      text: '第三条',
    });
  });

  it('recognises a section heading', () => {
    expect(parseArticleHeading('第二节 会员')).toMatchObject({ kind: 'section', number: 2, title: '会员' });
  });

  it('accepts the common typo 笫 for 第', () => {
    expect(parseArticleHeading('笫五条 本联盟')).toMatchObject({ kind: 'article', number: 5, text: '笫五条' });
  });

  it('accepts Arabic and full-width numbers', () => {
    expect(parseArticleHeading('第3条')).toEqual({ kind: 'article', number: 3, title: '', text: '第3条' });
    expect(parseArticleHeading('第１２条 附则')).toMatchObject({ number: 12, text: '第１２条' });
  });

  it('accepts large Chinese numbers', () => {
    expect(parseArticleHeading('第二十三条 附则')).toMatchObject({ number: 23 });
    expect(parseArticleHeading('第一百条')).toMatchObject({ number: 100 });
  });

  it('strips Markdown emphasis and heading markers', () => {
    expect(parseArticleHeading('**第一条** 联盟名称…')).toMatchObject({ kind: 'article', number: 1, title: '联盟名称…' });
    expect(parseArticleHeading('## 第一章 总 则')).toEqual({ kind: 'chapter', number: 1, title: '总则', text: '第一章' });
    expect(parseArticleHeading('**第二章 组织机构**')).toMatchObject({ number: 2, title: '组织机构' });
    expect(parseArticleHeading('> - 第四条 内容')).toMatchObject({ number: 4, title: '内容' });
  });

  it('removes spaces inside titles and accepts spaces inside the marker (PDF extraction)', () => {
    expect(parseArticleHeading('第十二章\u3000附\u3000则')).toMatchObject({ number: 12, title: '附则' });
    expect(parseArticleHeading('第 十 二 条 内容')).toMatchObject({ number: 12, title: '内容', text: '第 十 二 条' });
  });

  it('drops separators between marker and title', () => {
    expect(parseArticleHeading('第六条：联盟宗旨')).toMatchObject({ title: '联盟宗旨' });
    expect(parseArticleHeading('第六条、联盟宗旨')).toMatchObject({ title: '联盟宗旨' });
  });

  it('reads only the first line', () => {
    expect(parseArticleHeading('第一章 总则\n第一条 名称')).toMatchObject({ kind: 'chapter', title: '总则' });
  });

  it('does not take 条款, 条例, 条件 or 章程 for a heading', () => {
    expect(parseArticleHeading('第一条款规定')).toBeNull();
    expect(parseArticleHeading('第二条件')).toBeNull();
  });

  it('returns null when the marker is not at the start of the line', () => {
    expect(parseArticleHeading('根据第三条规定')).toBeNull();
    expect(parseArticleHeading('')).toBeNull();
    expect(parseArticleHeading('第零条')).toBeNull();
  });
});

describe('parseOutlineHeading', () => {
  it('recognises level 1 headings 一、', () => {
    expect(parseOutlineHeading('一、联盟基本情况')).toEqual({ level: 1, number: 1, title: '联盟基本情况' });
    expect(parseOutlineHeading('十一、其他')).toEqual({ level: 1, number: 11, title: '其他' });
  });

  it('recognises level 2 headings （二） in full- and half-width', () => {
    expect(parseOutlineHeading('（二）鉴于条款')).toEqual({ level: 2, number: 2, title: '鉴于条款' });
    expect(parseOutlineHeading('(三) 合作内容')).toEqual({ level: 2, number: 3, title: '合作内容' });
  });

  it('recognises level 3 headings 1. and 1、', () => {
    expect(parseOutlineHeading('1. 创新活动情况')).toEqual({ level: 3, number: 1, title: '创新活动情况' });
    expect(parseOutlineHeading('12、概述')).toEqual({ level: 3, number: 12, title: '概述' });
    expect(parseOutlineHeading('２．概述')).toEqual({ level: 3, number: 2, title: '概述' });
  });

  it('returns an empty title for a bare number', () => {
    expect(parseOutlineHeading('（三）')).toEqual({ level: 2, number: 3, title: '' });
  });

  it('strips Markdown heading markers', () => {
    expect(parseOutlineHeading('## 二、组织架构')).toEqual({ level: 1, number: 2, title: '组织架构' });
  });

  it('does not take decimals, enumerations or article markers for outline headings', () => {
    expect(parseOutlineHeading('1.5亿元')).toBeNull();
    expect(parseOutlineHeading('一是加强合作')).toBeNull();
    expect(parseOutlineHeading('第一条 名称')).toBeNull();
    expect(parseOutlineHeading('')).toBeNull();
  });
});
