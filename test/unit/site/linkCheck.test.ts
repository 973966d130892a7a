import { describe, expect, it } from 'vitest';
import {
  extractPageLinks,
  fileForPath,
  findBrokenLinks,
  pageKind,
  pathForFile,
  sitemapPaths,
  validationSample,
  type PageLinks,
} from '../../../src/lib/site/linkCheck.ts';

const SITE = 'https://example.vn';

/** A three-page site: home, a plan page with task anchors, an agency page linking into the plan. */
const html = {
  home: `<!doctype html><html><body><a href="#noi-dung">skip</a><main id="noi-dung">
    <a href="/ke-hoach/a/">plan</a><a href="/ke-hoach/a/#nv-iii-2-dd">task</a>
    <a href="https://example.vn/co-quan/cong-an/">absolute</a><a href="https://other.example/x">external</a>
    <a href="mailto:x@example.vn">mail</a><link rel="stylesheet" href="/_astro/a.css">
    <form action="/tim-kiem/" role="search"></form></main></body></html>`,
  plan: `<!doctype html><html><body><table><tr id="nv-iii-2-dd"><td><a href="#nv-iii-2-dd">III.2.đ</a></td></tr></table>
    <a href="nhiem-vu.csv">csv</a><a href="../a.json">json</a><a href="#">top</a>
    <script type="application/json">{"href":"/not-a-link/"}</script><!-- <a href="/commented/"> --></body></html>`,
  agency: `<!doctype html><html><body><a href="/ke-hoach/a/#nv-iii-2-d">wrong anchor</a><a href="/ke-hoach/a">no slash</a>
    <a href="/ke-hoach/b/">missing page</a><a href='/ke-hoach/a/?q=1#nv-iii-2-dd'>query</a><a href="#missing">self</a></body></html>`,
};

function site(): { pages: Map<string, PageLinks>; files: Set<string> } {
  const pages = new Map<string, PageLinks>([
    ['/', extractPageLinks(html.home)],
    ['/ke-hoach/a/', extractPageLinks(html.plan)],
    ['/co-quan/cong-an/', extractPageLinks(html.agency)],
  ]);
  const files = new Set([
    'index.html',
    'ke-hoach/a/index.html',
    'ke-hoach/a/nhiem-vu.csv',
    'ke-hoach/a.json',
    'co-quan/cong-an/index.html',
    'tim-kiem/index.html',
    '_astro/a.css',
  ]);
  return { pages, files };
}

describe('extractPageLinks', () => {
  it('reads ids and linking attributes, not script text or comments', () => {
    const plan = extractPageLinks(html.plan);
    expect([...plan.ids]).toEqual(['nv-iii-2-dd']);
    expect(plan.links).toEqual(['#nv-iii-2-dd', 'nhiem-vu.csv', '../a.json', '#']);
    expect(extractPageLinks(html.home).links).toContain('/tim-kiem/');
    expect(extractPageLinks('<a href="/x/?a=1&amp;b=2">').links).toEqual(['/x/?a=1&b=2']);
  });

  it('decodes named and numeric entities, reads unquoted and upper-case attributes', () => {
    const page = extractPageLinks('<A HREF=/tinh/ id="c&#7911;a">x</A><img src="/a&#x2F;b.png"><a id="n&eacute;">');
    expect(page.links).toEqual(['/tinh/', '/a/b.png']);
    expect([...page.ids]).toEqual(['của', 'né']);
  });

  it('lists ids defined twice, once each', () => {
    expect(extractPageLinks('<p id="a"></p><p id="b"></p><p id="a"></p><p id="a"></p>').duplicateIds).toEqual(['a']);
    expect(extractPageLinks('<p id="a"></p>').duplicateIds).toBeUndefined();
  });
});

describe('findBrokenLinks', () => {
  it('resolves pages, files, relative links and anchors into other pages', () => {
    const { pages, files } = site();
    const broken = findBrokenLinks(pages, files, SITE);
    expect(broken.filter((b) => b.page !== '/co-quan/cong-an/')).toEqual([]);
  });

  it('reports a wrong anchor, a missing trailing slash, a missing page and a missing id on the same page', () => {
    const { pages, files } = site();
    const broken = findBrokenLinks(pages, files, SITE).map((b) => [b.href, b.reason]);
    expect(broken).toEqual([
      ['/ke-hoach/a/#nv-iii-2-d', 'trang /ke-hoach/a/ không có phần tử id="nv-iii-2-d"'],
      ['/ke-hoach/a', 'thiếu dấu "/" ở cuối: hãy viết /ke-hoach/a/'],
      ['/ke-hoach/b/', 'không có tệp ke-hoach/b/index.html trong dist/'],
      ['#missing', 'trang này không có phần tử id="missing"'],
    ]);
  });

  it('maps URL paths and files both ways', () => {
    expect(fileForPath('/')).toBe('index.html');
    expect(fileForPath('/tinh/bac-kan/')).toBe('tinh/bac-kan/index.html');
    expect(fileForPath('/ke-hoach/a.json')).toBe('ke-hoach/a.json');
    expect(pathForFile('tinh/bac-kan/index.html')).toBe('/tinh/bac-kan/');
    expect(pathForFile('404.html')).toBe('/404.html');
  });

  it('reads the paths a sitemap lists, entities decoded', () => {
    expect(sitemapPaths('<urlset><url><loc>https://example.vn/</loc></url><url><loc>https://example.vn/tinh/</loc></url></urlset>')).toEqual(['/', '/tinh/']);
    expect(sitemapPaths('<urlset><url><loc> https://example.vn/a/?x=1&amp;y=2 </loc></url></urlset>')).toEqual(['/a/']);
  });
});

describe('validationSample', () => {
  const pages = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => ({ file: `${prefix}/p${String(i).padStart(4, '0')}/index.html`, bytes: i === 7 ? 10_000 : 100 }));

  it('takes every page of a small kind', () => {
    const files = [{ file: 'index.html', bytes: 1 }, ...pages('tinh', 30)];
    expect(validationSample(files, 50).size).toBe(31);
  });

  it('spreads the sample over a large kind and adds its largest pages', () => {
    const files = pages('ke-hoach', 1000);
    const sample = validationSample(files, 10, 1);
    expect(sample.size).toBe(11);
    expect(sample.has('ke-hoach/p0000/index.html')).toBe(true);
    expect(sample.has('ke-hoach/p0900/index.html')).toBe(true);
    expect(sample.has('ke-hoach/p0007/index.html')).toBe(true);
  });

  it('groups pages by first folder and depth', () => {
    expect(pageKind('ke-hoach/a/index.html')).toBe('ke-hoach/2');
    expect(pageKind('ke-hoach/a/toan-van/index.html')).toBe('ke-hoach/3');
    expect(pageKind('404.html')).toBe('404.html');
  });
});
