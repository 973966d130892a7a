/**
 * Search on the built site (/tim-kiem/ and the Pagefind index in dist/pagefind), in Chromium:
 * the example queries, Vietnamese without diacritics (đ included), filters with and without a
 * query, the URL as the search's state, the keyboard, screen-reader announcements and axe.
 *
 * Needs a build with the search index: `npm run build` (its integration writes the index)
 * (SEARCH_DIST=<dir> tests another build folder). Expected hits are written out in
 * searchExpected.ts from the plans themselves, never computed with the indexer's record builder.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { axeViolations, distDir } from './support/harness.ts';
import { serveStatic, type StaticServer } from '../../src/lib/browser/staticServer.ts';
import { bacKanTasks2022, lamDong2025CongDanSo, lucBinhCongDanSo, soYTeLed, thue, vneid2025 } from './searchExpected.ts';

const dist = resolve(process.env['SEARCH_DIST'] ?? distDir);
/** Tasks that Sở Y tế leads or supports: Bắc Kạn III.5.b ý 2, Lục Bình III.5.b ý 1, Quảng Nam II.2.3.1, II.2.3.4, II.2.5.4. */
const soYTeTasks = [
  '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y2',
  '/ke-hoach/tinh-quang-nam-2023/#nv-ii-2-3-1',
  '/ke-hoach/tinh-quang-nam-2023/#nv-ii-2-3-4',
  '/ke-hoach/tinh-quang-nam-2023/#nv-ii-2-5-4',
  '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-b-y1',
];

let server: StaticServer;
let browser: Browser;
beforeAll(async () => {
  if (!existsSync(`${dist}/tim-kiem/index.html`) || !existsSync(`${dist}/pagefind/pagefind.js`)) {
    throw new Error(`${dist} has no search page or index: run "npm run build" first.`);
  }
  server = await serveStatic(dist);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', ...options });
  return context.newPage();
}

/** Opens /tim-kiem/ with a query string and waits until the search has announced its outcome. */
async function search(page: Page, query = ''): Promise<string> {
  await page.goto(`${server.origin}/tim-kiem/${query}`);
  return settled(page);
}

/** Waits until the results are in and returns the announcement. */
async function settled(page: Page, previous?: string): Promise<string> {
  await page.waitForFunction(
    (prev) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      const busy = document.querySelector('[data-search-results]')?.hasAttribute('aria-busy');
      return !busy && status !== '' && status !== prev;
    },
    previous ?? '',
    { timeout: 20_000 },
  );
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

/** Waits until the announcement contains `text` and the results are in. */
async function statusContaining(page: Page, text: string): Promise<string> {
  await page.waitForFunction(
    (t) =>
      !document.querySelector('[data-search-results]')?.hasAttribute('aria-busy') &&
      (document.querySelector('[data-search-status]')?.textContent ?? '').includes(t),
    text,
    { timeout: 20_000 },
  );
  return (await page.locator('[data-search-status]').textContent()) ?? '';
}

/** The result links shown, in order. */
function hrefs(page: Page): Promise<string[]> {
  return page.locator('a.search-hit-link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** The number in "Tìm thấy 12 kết quả". */
function count(status: string): number {
  const m = /(\d+) kết quả/.exec(status);
  if (!m) throw new Error(`no count in "${status}"`);
  return Number(m[1]);
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();

/** What a reader finds wrong (issue 9): expectations written out from the plans, not computed by the indexer. */
describe('search as a citizen or a journalist uses it', () => {
  /**
   * Sở Y tế's tasks: Bắc Kạn III.5.b ý 2 ("Sở Y tế", Quý II/2022), Lục Bình III.5.b ý 1 ("Trạm Y tế xã",
   * Quý II/2022), Quảng Nam II.2.3.1 and II.2.5.4 (lead, thường xuyên) and II.2.3.4 (support, Quý I/2023).
   */
  const SO_Y_TE = [
    '/ke-hoach/tinh-bac-kan-2022/#nv-iii-5-b-y2',
    '/ke-hoach/tinh-quang-nam-2023/#nv-ii-2-3-1',
    '/ke-hoach/tinh-quang-nam-2023/#nv-ii-2-3-4',
    '/ke-hoach/tinh-quang-nam-2023/#nv-ii-2-5-4',
    '/ke-hoach/xa-luc-binh-2022/#nv-iii-5-b-y1',
  ];

  it('"Sở Y tế" finds Sở Y tế\'s five tasks and nothing that merely holds "sở", "y" and "tế" apart', async () => {
    const page = await newPage();
    const status = await search(page, `?q=${encodeURIComponent('Sở Y tế')}`);
    expect([...(await hrefs(page))].sort()).toEqual([...SO_Y_TE].sort());
    expect(status).toBe('Tìm thấy 5 kết quả trong 3 kế hoạch cho “Sở Y tế”.');
    await page.context().close();
  });

  it("shows each task result's deadline status", async () => {
    const page = await newPage();
    await search(page, `?q=${encodeURIComponent('Sở Y tế')}`);
    // Three carry a date (30/6/2022, 30/6/2022, 31/3/2023), all passed; "thường xuyên" tasks carry none.
    expect(await page.locator('.search-hit .due-status').allTextContents()).toEqual(['Đã qua hạn', 'Đã qua hạn', 'Đã qua hạn']);
    await page.context().close();
  });

  it.each([
    // Bắc Ninh's plan holds "căn cước" and "công dân" apart: it matches the words, unquoted.
    ['căn cước công dân', ['huyen-krong-no-2022', 'tinh-bac-kan-2022', 'tinh-bac-ninh-2026', 'xa-luc-binh-2022']],
    ['"căn cước công dân"', ['huyen-krong-no-2022', 'tinh-bac-kan-2022', 'xa-luc-binh-2022']],
    ['định danh điện tử', ['huyen-krong-no-2022', 'tinh-bac-kan-2022', 'tinh-bac-ninh-2026', 'tinh-quang-nam-2023', 'xa-luc-binh-2022']],
    ['VNeID', ['huyen-krong-no-2022', 'tinh-bac-kan-2022', 'tinh-bac-ninh-2026', 'tinh-quang-nam-2023', 'xa-luc-binh-2022']],
  ])('"%s" shows results from every plan that holds it, grouped by plan', async (q, plans) => {
    const page = await newPage();
    const status = await search(page, `?q=${encodeURIComponent(q)}`);
    const groups = await page.locator('.search-group-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect([...groups].sort()).toEqual(plans.map((p) => `/ke-hoach/${p}/`));
    expect(status).toContain(`trong ${plans.length} kế hoạch`);
    await expect(page.locator('[data-search-groups] a').count()).resolves.toBe(plans.length);
    await page.context().close();
  });

  it('"Bắc Kạn" also finds the plan of Lục Bình, a commune of the former province', async () => {
    const page = await newPage();
    await search(page, `?q=${encodeURIComponent('Bắc Kạn')}`);
    const groups = await page.locator('.search-group-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(groups).toEqual(expect.arrayContaining(['/ke-hoach/tinh-bac-kan-2022/', '/ke-hoach/xa-luc-binh-2022/']));
    await search(page, `?q=${encodeURIComponent('Thái Nguyên')}`);
    const now = await page.locator('.search-group-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(now).toEqual(expect.arrayContaining(['/ke-hoach/tinh-bac-kan-2022/', '/ke-hoach/xa-luc-binh-2022/']));
    await page.context().close();
  });

  it('tells apart targets that share a label by their phase', async () => {
    const page = await newPage();
    await search(page, '?q=vneid&loai=chi-tieu');
    const labels = await page.locator('.search-hit-chi-tieu .search-hit-kind').allTextContents();
    expect(labels.length).toBeGreaterThan(1);
    for (const l of labels) expect(l).toMatch(/Chỉ tiêu \S+ · \S/);
    await page.context().close();
  });
});

describe('search queries', () => {
  it('"Sở Y tế" finds the tasks Sở Y tế leads or supports, first', async () => {
    expect(soYTeTasks.length).toBeGreaterThan(0);
    const page = await newPage();
    const status = await search(page, '?q=S%E1%BB%9F+Y+t%E1%BA%BF');
    expect(status).toMatch(/^Tìm thấy \d+ kết quả/);
    const found = await hrefs(page);
    expect(found.slice(0, soYTeTasks.length).sort()).toEqual([...soYTeTasks].sort());
    const first = page.locator('.search-hit').first();
    await expect(first.textContent()).resolves.toContain('Sở Y tế');
    await expect(first.locator('dt').allTextContents()).resolves.toEqual(expect.arrayContaining(['Kế hoạch', 'Địa bàn', 'Chủ trì', 'Thời hạn']));
    await page.context().close();
  });

  it('"so y te" without diacritics finds the same tasks', async () => {
    const page = await newPage();
    await search(page, '?q=so+y+te');
    expect((await hrefs(page)).slice(0, soYTeTasks.length).sort()).toEqual([...soYTeTasks].sort());
    await page.context().close();
  });

  it('"VNeID 2025" finds targets that name VNeID for 2025', async () => {
    const expected = vneid2025;
    const page = await newPage();
    await search(page, '?q=VNeID+2025');
    const found = await hrefs(page);
    expect(found).toEqual(expect.arrayContaining(expected));
    await expect(page.locator('.search-hit mark').first().textContent()).resolves.toMatch(/vneid|2025/i);
    await page.context().close();
  });

  it('"kết nối cơ sở dữ liệu thuế" finds the task on the tax database', async () => {
    const expected = thue;
    const page = await newPage();
    await search(page, `?q=${encodeURIComponent('kết nối cơ sở dữ liệu thuế')}`);
    expect(await hrefs(page)).toEqual(expect.arrayContaining(expected));
    await page.context().close();
  });

  it.each([
    ['can cuoc cong dan', 'căn cước công dân'],
    ['de an 06', 'đề án 06'],
    ['dinh danh dien tu', 'định danh điện tử'],
  ])('"%s" without diacritics finds "%s" and marks it', async (plain, proper) => {
    const page = await newPage();
    const status = await search(page, `?q=${plain.replace(/ /g, '+')}`);
    expect(count(status)).toBeGreaterThan(0);
    const marks = (await page.locator('.search-hit mark').allTextContents()).map((m) => m.toLocaleLowerCase('vi'));
    expect(marks).toContain(proper);
    await page.context().close();
  });

  it('ignores case: "CĂN CƯỚC CÔNG DÂN" and "căn cước công dân" give the same results', async () => {
    const page = await newPage();
    await search(page, `?q=${encodeURIComponent('CĂN CƯỚC CÔNG DÂN')}`);
    const upper = await hrefs(page);
    await search(page, `?q=${encodeURIComponent('căn cước công dân')}`);
    expect(await hrefs(page)).toEqual(upper);
    expect(upper.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('"Đề án 06" with đ and "de an 06" without find the same records, those with "Đề án 06" first', async () => {
    const page = await newPage();
    const proper = await search(page, `?q=${encodeURIComponent('Đề án 06')}`);
    const withD = await hrefs(page);
    const plain = await search(page, '?q=de+an+06');
    expect(count(proper)).toBe(count(plain));
    expect([...withD].sort()).toEqual([...(await hrefs(page))].sort());
    await search(page, `?q=${encodeURIComponent('Đề án 06')}`);
    await expect(page.locator('.search-hit').first().textContent()).resolves.toContain('Đề án');
    await page.context().close();
  });

  it('"dak nong" finds the plan of Krông Nô, in tỉnh Đắk Nông (now Lâm Đồng)', async () => {
    const page = await newPage();
    await search(page, '?q=dak+nong');
    const found = await hrefs(page);
    expect(found.some((h) => h.startsWith('/ke-hoach/huyen-krong-no-2022/'))).toBe(true);
    await expect(page.locator('.search-hit').first().textContent()).resolves.toContain('Đắk Nông');
    await page.context().close();
  });

  it('shows a plan hit with its issuer, level and period', async () => {
    const page = await newPage();
    await search(page, '?q=k%E1%BA%BF+ho%E1%BA%A1ch&loai=ke-hoach');
    const plan = page.locator('.search-hit-ke-hoach').first();
    await expect(plan.locator('dt').allTextContents()).resolves.toEqual(expect.arrayContaining(['Ban hành', 'Cấp', 'Giai đoạn']));
    expect(await page.locator('.search-hit-nhiem-vu, .search-hit-chi-tieu').count()).toBe(0);
    await page.context().close();
  });
});

describe('filters', () => {
  it('filter-only: Bắc Kạn + tasks + 2022 lists exactly those tasks', async () => {
    expect(bacKanTasks2022.length).toBeGreaterThan(0);
    const page = await newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const status = await search(page, '?tinh=bac-kan&loai=nhiem-vu&nam=2022');
    // Read in the site's order through a bitmap per filter value, not through Pagefind.
    expect(fetched.filter((p) => p.startsWith('/pagefind/pagefind'))).toEqual([]);
    expect(fetched.filter((p) => p.startsWith('/pagefind/records/filters/'))).toHaveLength(3);
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('[data-search-status]').textContent();
      await page.click('[data-search-more]');
      await settled(page, before ?? '');
    }
    expect([...(await hrefs(page))].sort()).toEqual([...bacKanTasks2022].sort());
    expect(status).toContain('Tỉnh Bắc Kạn (cũ)');
    expect(await page.locator('select[name="tinh"]').inputValue()).toBe('bac-kan');
    expect(await page.locator('input[data-filter="loai"][value="nhiem-vu"]').isChecked()).toBe(true);
    await page.context().close();
  });

  it("a former province's plans are found under the province it joined: Thái Nguyên = Bắc Kạn here", async () => {
    const page = await newPage();
    await search(page, '?tinh=thai-nguyen&loai=nhiem-vu&nam=2022');
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('[data-search-status]').textContent();
      await page.click('[data-search-more]');
      await settled(page, before ?? '');
    }
    expect([...(await hrefs(page))].sort()).toEqual([...bacKanTasks2022].sort());
    await page.context().close();
  });

  it('combines a query with filters: "so y te" in Thái Nguyên, tasks only, led by Sở Y tế', async () => {
    const expected = soYTeLed;
    const page = await newPage();
    await search(page, '?q=so+y+te&tinh=thai-nguyen&loai=nhiem-vu&co-quan=so-y-te');
    expect([...(await hrefs(page))].sort()).toEqual([...expected].sort());
    await page.context().close();
  });

  it('filters by level, programme and utility group', async () => {
    const page = await newPage();
    await search(page, '?cap=district&loai=chi-tieu');
    const found = await hrefs(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((h) => h.startsWith('/ke-hoach/huyen-krong-no-2022/#ct-'))).toBe(true);
    await search(page, '?chuong-trinh=de-an-06-2026&loai=ke-hoach');
    expect(await hrefs(page)).toEqual(['/ke-hoach/tinh-bac-ninh-2026/']);
    const group = lucBinhCongDanSo;
    await search(page, '?loai=chi-tieu&nhom=cong-dan-so&tinh=bac-kan&cap=commune');
    expect([...(await hrefs(page))].sort()).toEqual([...group].sort());
    await page.context().close();
  });

  it('applies a year and a group to each chosen kind: tasks or targets of 2025 in the "công dân số" group, in Lâm Đồng', async () => {
    const expected = lamDong2025CongDanSo;
    expect(expected.length).toBeGreaterThan(0);
    const page = await newPage();
    await search(page, '?loai=nhiem-vu&loai=chi-tieu&tinh=lam-dong&nam=2025&nhom=cong-dan-so');
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = await page.locator('[data-search-status]').textContent();
      await page.click('[data-search-more]');
      await settled(page, before ?? '');
    }
    expect([...(await hrefs(page))].sort()).toEqual([...expected].sort());
    await page.context().close();
  });

  it('runs a search when a filter changes, and says so when nothing matches, suggesting what to drop', async () => {
    const page = await newPage();
    await search(page, '?q=xyzkhongco&tinh=bac-ninh');
    const status = await page.locator('[data-search-status]').textContent();
    expect(status).toContain('Không tìm thấy');
    await expect(page.locator('[data-search-notice]').textContent()).resolves.toContain('Bỏ lọc Tỉnh, thành phố');
    await search(page, `?q=${encodeURIComponent('xyzkhôngcó')}`);
    await expect(page.locator('[data-search-notice]').textContent()).resolves.toContain('Thử gõ không dấu');
    await page.selectOption('select[name="tinh"]', 'lam-dong');
    await page.fill('[data-search-input]', 'cong an');
    await page.press('[data-search-input]', 'Enter');
    await statusContaining(page, '“cong an”');
    const found = await hrefs(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((h) => h.startsWith('/ke-hoach/huyen-krong-no-2022/'))).toBe(true);
    await page.context().close();
  });
});

describe('the URL holds the search', () => {
  it('writes the query and filters into the URL, and the back button returns to the previous search', async () => {
    const page = await newPage();
    const first = await search(page, '?q=so+y+te');
    await page.fill('[data-search-input]', 'vneid');
    await page.press('[data-search-input]', 'Enter');
    const second = await settled(page, first);
    expect(new URL(page.url()).search).toBe('?q=vneid');
    await page.check('input[data-filter="loai"][value="chi-tieu"]');
    const third = await settled(page, second);
    expect(new URL(page.url()).search).toBe('?q=vneid&loai=chi-tieu');

    expect(third).toContain('Chỉ tiêu');

    await page.goBack();
    expect(await statusContaining(page, '“vneid”.')).not.toContain('lọc theo');
    expect(new URL(page.url()).search).toBe('?q=vneid');
    expect(await page.locator('input[data-filter="loai"][value="chi-tieu"]').isChecked()).toBe(false);
    await page.goBack();
    await statusContaining(page, '“so y te”');
    expect(await page.inputValue('[data-search-input]')).toBe('so y te');
    await page.goForward();
    await statusContaining(page, '“vneid”');
    expect(await page.inputValue('[data-search-input]')).toBe('vneid');
    await page.context().close();
  });

  it('opens a shared link with its search filled in and run', async () => {
    const page = await newPage();
    const status = await search(page, '?q=so+y+te&tinh=bac-kan&loai=nhiem-vu');
    expect(await page.inputValue('[data-search-input]')).toBe('so y te');
    expect(await page.locator('select[name="tinh"]').inputValue()).toBe('bac-kan');
    expect(status).toContain('“so y te”');
    await expect(page.title()).resolves.toContain('so y te');
    await page.context().close();
  });
});

describe('keyboard and screen readers', () => {
  it('"/" focuses the search box, arrows move through the results, Enter opens one', async () => {
    const page = await newPage();
    await search(page, '?q=so+y+te');
    // "/" typed in another field stays in that field.
    await page.focus('header input[name="q"]');
    await page.keyboard.type('/');
    expect(await page.inputValue('header input[name="q"]')).toBe('/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('q');
    expect(await page.inputValue('[data-search-input]')).toBe('so y te');
    const links = await hrefs(page);
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(links[0]);
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('href'))).resolves.toBe(links[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname.startsWith('/ke-hoach/'));
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(links[0]);
    const anchor = new URL(page.url()).hash.slice(1);
    if (anchor !== '') expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
    await page.context().close();
  });

  it('announces the number of results in a polite live region', async () => {
    const page = await newPage();
    const status = await search(page, '?q=vneid');
    const region = page.locator('[data-search-status]');
    await expect(region.getAttribute('role')).resolves.toBe('status');
    await expect(region.getAttribute('aria-live')).resolves.toBe('polite');
    expect(status).toMatch(/Tìm thấy \d+ kết quả/);
    await page.context().close();
  });

  it('has no axe violations (WCAG 2.2 AA) with results shown', async () => {
    const page = await newPage();
    await search(page, '?q=so+y+te&loai=nhiem-vu&loai=chi-tieu');
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('labels every filter, inside fieldsets with legends', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/tim-kiem/`);
    await expect(page.locator('[data-search-notice]').textContent()).resolves.toContain('Ví dụ');
    const unlabelled = await page
      .locator('form[data-search-form] input, form[data-search-form] select')
      .evaluateAll((fields) => fields.filter((f) => (f as HTMLInputElement).labels?.length === 0).map((f) => f.outerHTML));
    expect(unlabelled).toEqual([]);
    expect(await page.locator('form[data-search-form] fieldset > legend').count()).toBeGreaterThanOrEqual(3);
    await page.context().close();
  });
});

describe('loading', () => {
  it('without JavaScript, explains that search needs it and links to provinces and agencies', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${server.origin}/tim-kiem/?q=so+y+te`);
    const note = page.locator('noscript');
    expect(await note.count()).toBe(1);
    const html = await page.content();
    expect(html).toContain('Tìm kiếm cần JavaScript');
    expect(html).toMatch(/<a href="\/tinh\/">/);
    expect(html).toMatch(/<a href="\/co-quan\/">/);
    await page.context().close();
  });

  it('loads nothing of the search on other pages, even when the header box is focused', async () => {
    const page = await newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/tinh/`);
    await page.focus('header input[name="q"]');
    await page.keyboard.type('so y te');
    await page.waitForTimeout(300);
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname === '/tim-kiem/');
    expect(await settled(page)).toContain('“so y te”');
    await page.context().close();
  });

  it('on the search page, fetches nothing before a search, then Pagefind only for words it can narrow', async () => {
    const page = await newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/tim-kiem/`);
    await page.waitForTimeout(300);
    expect(fetched.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await expect(page.locator('[data-search-notice]').textContent()).resolves.toContain('Ví dụ');

    // Focus: only the common words, which tell which searches need Pagefind.
    await Promise.all([page.waitForResponse((r) => r.url().includes('/pagefind/records/common.json.gz')), page.focus('[data-search-input]')]);
    // "đơn vị hành chính" is on most index pages of this site: the parts of index pages holding it
    // are read in the site's order, and Pagefind's engine is never fetched.
    await page.fill('[data-search-input]', 'đơn vị hành chính');
    await page.press('[data-search-input]', 'Enter');
    expect(await settled(page)).toMatch(/Tìm thấy \d+ kết quả/);
    expect(await page.locator('.search-hit-link').count()).toBeGreaterThan(0);
    expect(fetched.some((p) => p.startsWith('/pagefind/records/parts/'))).toBe(true);
    await expect(page.locator('[data-search-notice]').textContent()).resolves.toContain('kế hoạch ban hành gần đây nhất trở về trước');
    expect(fetched.filter((p) => p.startsWith('/pagefind/pagefind'))).toEqual([]);
    // A rare word, finished by a space, starts loading Pagefind before the search runs.
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/pagefind/pagefind.js')),
      page.locator('[data-search-input]').pressSequentially(' thuế '),
    ]);
    await page.context().close();
  });

  it('finds a name whose every word is on most index pages, without Pagefind: the unit lists first, then only pages where one record holds both words', async () => {
    const page = await newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await search(page, '?q=Phú+Thông');
    expect(await settled(page)).toMatch(/Tìm thấy \d+ kết quả/);
    // "phú" and "thông" are each on half this site's index pages or more, so the index leaves them
    // out: their record masks say which pages have a record holding both, read in the site's order.
    await expect(page.locator('[data-search-notice]').textContent()).resolves.toContain('xã, phường trước');
    expect(fold((await page.locator('.search-hit').first().textContent()) ?? '')).toContain('phu thong');
    expect(fetched.filter((p) => p.startsWith('/pagefind/pagefind'))).toEqual([]);
    expect(fetched).toContain('/pagefind/records/words/706875-0.txt.gz');
    expect(fetched).toContain('/pagefind/records/words/74686f6e67-0.txt.gz');
    // Only parts of index pages holding a record with both words are read, never whole sheets.
    const parts = fetched.filter((p) => p.startsWith('/pagefind/records/parts/'));
    expect(parts.length).toBeGreaterThan(0);
    expect(fetched.filter((p) => /^\/pagefind\/records\/vi_/.test(p))).toEqual([]);
    expect(await page.locator('.search-hit').count()).toBeGreaterThanOrEqual(parts.length);
    await page.context().close();
  });
});

describe('why a result matched', () => {
  it('marks the matched words, side by side as one run, in the text and in the facts ("Chủ trì: Sở Y tế …")', async () => {
    const page = await newPage();
    await search(page, '?q=so+y+te');
    const first = page.locator('.search-hit').first();
    expect((await first.locator('mark').allTextContents()).map(fold)).toContain('so y te');
    await expect(first.locator('dd mark').first().textContent()).resolves.toBe('Sở Y tế');
    await page.context().close();
  });
});
