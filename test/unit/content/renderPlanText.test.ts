import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFullText } from '../../../src/lib/content/planFullText.ts';
import { PlanTextError, renderPlanText } from '../../../src/lib/content/renderPlanText.ts';

describe('renderPlanText', () => {
  it('renders Markdown as Astro does: tables, smart punctuation, heading ids from github-slugger', () => {
    const { html, headings } = renderPlanText(
      '## I. MỤC ĐÍCH, YÊU CẦU\n\n### 1. Mục đích\n\nNăm 2025 đạt 100%... "Đề án 06"\n\n### 1. Mục đích\n\n| Chỉ tiêu | Năm |\n|---|---|\n| VNeID | 2025 |\n',
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'i-mục-đích-yêu-cầu', text: 'I. MỤC ĐÍCH, YÊU CẦU' },
      { depth: 3, slug: '1-mục-đích', text: '1. Mục đích' },
      { depth: 3, slug: '1-mục-đích-1', text: '1. Mục đích' },
    ]);
    expect(html).toContain('<h2 id="i-mục-đích-yêu-cầu">I. MỤC ĐÍCH, YÊU CẦU</h2>');
    expect(html).toContain('100%… “Đề án 06”');
    expect(html).toMatch(/<table>[\s\S]*<td>VNeID<\/td>/);
  });

  it('keeps what the importer escaped as text, and writes & as &amp;', () => {
    const { html } = renderPlanText('Văn phòng HĐND&UBND \\{ \\< 5 \\> \\*\\_ \\[?\\]\n');
    expect(html).toBe('<p>Văn phòng HĐND&amp;UBND { &lt; 5 > *_ [?]</p>');
  });

  it('drops MDX comments (the importer’s page marks) and nothing around them', () => {
    const { html } = renderPlanText('Đoạn một.\n\n{/* Trang 2 */}\n\nĐoạn hai {/* chú thích */} tiếp.\n');
    expect(html).not.toContain('Trang 2');
    expect(html).not.toContain('chú thích');
    expect(html).toContain('<p>Đoạn một.</p>');
    expect(html).toContain('Đoạn hai');
    expect(html).toContain('tiếp.');
  });

  it.each([
    ['<Bieu do="1" />\n', 'thẻ thành phần (JSX) ở dòng 1'],
    ["import X from './x.js'\n\nĐoạn.\n", 'dòng import/export ở dòng 1'],
    ['Đoạn.\n\n{1 + 1}\n', 'biểu thức {…} ở dòng 3'],
  ])('rejects MDX a full text may not hold: %j', (body, where) => {
    expect(() => renderPlanText(body)).toThrow(PlanTextError);
    expect(() => renderPlanText(body)).toThrow(where);
  });
});

describe('planFullText', () => {
  it.each(readdirSync('content/plans'))('renders the full text of %s with its headings', (id) => {
    const { html, headings } = planFullText(`content/plans/${id}/plan.mdx`);
    expect(html.length).toBeGreaterThan(10_000);
    expect(headings.length).toBeGreaterThan(10);
    expect(html).not.toMatch(/\{\/\*/);
  });
});
