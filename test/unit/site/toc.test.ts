import { describe, expect, it } from 'vitest';
import { tocFromHeadings } from '../../../src/lib/site/toc.ts';

describe('tocFromHeadings', () => {
  it('nests level-3 headings under their level-2 heading and leaves out deeper ones', () => {
    const toc = tocFromHeadings([
      { depth: 2, slug: 'i-muc-dich-yeu-cau', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
      { depth: 3, slug: '1-muc-dich', text: '1. Mục đích' },
      { depth: 4, slug: 'a', text: 'a) Nhóm tiện ích' },
      { depth: 3, slug: '2-yeu-cau', text: '2. Yêu cầu' },
      { depth: 2, slug: 'ii', text: 'II. MỤC TIÊU' },
    ]);
    expect(toc.map((e) => [e.text, e.children.map((c) => c.text)])).toEqual([
      ['I. MỤC ĐÍCH, YÊU CẦU', ['1. Mục đích', '2. Yêu cầu']],
      ['II. MỤC TIÊU', []],
    ]);
  });
  it('puts a level-3 heading that comes before any level-2 one at the top', () => {
    expect(tocFromHeadings([{ depth: 3, slug: 'x', text: 'X' }]).map((e) => e.slug)).toEqual(['x']);
  });
});
