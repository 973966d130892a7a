import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { snippet } from '../../../src/lib/search/snippet.ts';

const marked = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);
const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

describe('snippet', () => {
  it('marks the words the query matched, diacritics and case aside', () => {
    const s = snippet('Sở Y tế chủ trì, phối hợp với Công an tỉnh.', parseQuery('so y te'));
    expect(marked(s)).toEqual(['Sở Y tế']);
    expect(joined(s)).toBe('Sở Y tế chủ trì, phối hợp với Công an tỉnh.');
  });
  it('marks a lone short word of a longer query only when it is distinctive', () => {
    expect(marked(snippet('Cơ sở dữ liệu số sức khỏe; Sở Y tế', parseQuery('so y te')))).toEqual(['Sở Y tế']);
    expect(marked(snippet('Tài khoản VNeID đến năm 2025', parseQuery('vneid 2025')))).toEqual(['VNeID', '2025']);
    expect(marked(snippet('Cơ sở dữ liệu', parseQuery('sở')))).toEqual(['sở']);
  });
  it('marks đ-words found without diacritics: "dinh danh" in "định danh"', () => {
    expect(marked(snippet('Tài khoản định danh điện tử', parseQuery('dinh danh')))).toEqual(['định danh']);
  });
  it('cuts a long text around the first match, with "…" where it cut, never inside a word', () => {
    const long = `${'Triển khai các nhiệm vụ chung của đề án trên địa bàn. '.repeat(10)}Kết nối Cơ sở dữ liệu thuế. ${'Thực hiện thường xuyên. '.repeat(10)}`;
    const s = snippet(long, parseQuery('thuế'), 120);
    const text = joined(s);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith(' …')).toBe(true);
    expect(marked(s)).toEqual(['thuế']);
    expect(text.length).toBeLessThanOrEqual(130);
  });
});
