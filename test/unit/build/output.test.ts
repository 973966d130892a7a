import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDist } from '../../../src/build/checkDist.ts';
import { cspHeader } from '../../../src/build/contentSecurityPolicy.ts';
import { hostHeaders } from '../../../src/build/hostHeaders.ts';
import { precompress } from '../../../src/build/precompress.ts';
import { walkDist } from '../../../src/build/walkDist.ts';
import { decodeRecordFile, encodeRecordFile, inSiteOrder } from '../../../src/lib/search/recordFile.ts';
import type { PlanRecords } from '../../../src/lib/search/buildRecords.ts';

const root = mkdtempSync(join(tmpdir(), 'build-output-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a small dist/ and returns its path. */
function dist(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

const page = (body: string) => `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;
const sitemap = (paths: string[]) => ({
  'sitemap-index.xml': '<sitemapindex><sitemap><loc>https://example.vn/sitemap-0.xml</loc></sitemap></sitemapindex>',
  'sitemap-0.xml': `<urlset>${paths.map((p) => `<url><loc>https://example.vn${p}</loc></url>`).join('')}</urlset>`,
});

describe('walkDist', () => {
  it('lists every file once, relative and sorted', () => {
    const dir = dist('walk', { 'b/index.html': 'x', 'a.txt': 'x', 'b/c/d.json': 'x' });
    expect(walkDist(dir)).toEqual(['a.txt', 'b/c/d.json', 'b/index.html']);
  });
});

describe('checkDist', { timeout: 60_000 }, () => {
  it('passes a site whose links, anchors, HTML and sitemap are right', async () => {
    const dir = dist('good', {
      'index.html': page('<main id="m"><a href="/a/#x">a</a><a href="#m">top</a></main>'),
      'a/index.html': page('<p id="x">x</p><a href="https://example.vn/">home</a>'),
      ...sitemap(['/', '/a/']),
    });
    const report = await checkDist(dir, { workers: 1 });
    expect(report.problems).toEqual([]);
    expect(report.links).toBe(3);
  });

  it('reports a broken anchor, a duplicate id, invalid HTML and a page missing from the sitemap, all in one run', async () => {
    const dir = dist('bad', {
      'index.html': page('<a href="/a/#y">a</a><p id="d"></p><p id="d"></p>'),
      'a/index.html': page('<p id="x">x</p><div></span>'),
      ...sitemap(['/']),
    });
    const problems = (await checkDist(dir, { workers: 2 })).problems.join('\n');
    expect(problems).toContain('trang /a/ không có phần tử id="y"');
    expect(problems).toContain('id="d" xuất hiện hơn một lần');
    expect(problems).toMatch(/\[html\] \/a\/:\d+:\d+ /);
    expect(problems).toContain('[sitemap] trang /a/ không có trong sitemap');
  });
});

describe('precompress', () => {
  it('writes gzip and brotli copies of pages that decompress to the original, and skips tiny files, binary files and data downloads', async () => {
    const text = page('<p>Kế hoạch triển khai Đề án 06</p>'.repeat(100));
    const dir = dist('compress', { 'index.html': text, 'tiny.css': 'a{}', 'x.pf_fragment': text, 'nhiem-vu.csv': text, 'nhiem-vu.json': text });
    const summary = await precompress(dir, walkDist(dir));
    expect(summary.files).toBe(1);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(text);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(text);
    expect(existsSync(join(dir, 'tiny.css.gz'))).toBe(false);
    expect(existsSync(join(dir, 'x.pf_fragment.gz'))).toBe(false);
    expect(existsSync(join(dir, 'nhiem-vu.csv.gz'))).toBe(false);
    expect(existsSync(join(dir, 'nhiem-vu.json.br'))).toBe(false);
  });
});

describe('host headers', () => {
  it('cache hashed assets for a year, revalidate the rest, and send the CSP Pagefind needs', () => {
    const headers = hostHeaders();
    expect(headers).toMatch(/\/_astro\/\*\n {2}Cache-Control: public, max-age=31536000, immutable/);
    expect(headers).toContain('must-revalidate');
    expect(cspHeader()).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(cspHeader()).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
});

describe('record files', () => {
  it('round-trip and come back in the site order whatever the file order', () => {
    const plan = (id: string): PlanRecords => ({ plan: { id } as PlanRecords['plan'], records: [] });
    const files = [encodeRecordFile(1, plan('b')), encodeRecordFile(0, plan('a'))].map((t, i) => decodeRecordFile(t, `f${i}`));
    expect(inSiteOrder(files).map((p) => p.plan.id)).toEqual(['a', 'b']);
    expect(() => decodeRecordFile('{"x":1}', 'bad.json')).toThrow('bad.json');
  });
});
