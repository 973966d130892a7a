/**
 * Every table's download holds exactly the rows the table shows: the page is read in Chromium,
 * the CSV beside it is fetched and parsed back with a CSV parser, and the two are compared row
 * for row (by the link each row carries), together with the count the page prints.
 */
import { parse } from 'csv-parse/sync';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './support/harness.ts';

const site = useSite();

async function csvRows(base: string): Promise<Record<string, string>[]> {
  const response = await fetch(`${site.origin()}${base}.csv`);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse<Record<string, string>>(Buffer.from(bytes), { bom: true, columns: true });
}

/** The link of a CSV row as a page links it: path and anchor. */
const linkOf = (row: Record<string, string>) => {
  const u = new URL(row['Liên kết']!);
  return u.pathname + u.hash;
};

/** The downloads block for `base`: its printed count, and that the JSON holds the same rows. */
async function downloadsBlock(page: Page, base: string): Promise<number> {
  const block = page.locator('.data-downloads', { has: page.locator(`a[href="${base}.csv"]`) });
  await expect(block.locator(`a[href="${base}.json"]`).count()).resolves.toBe(1);
  const json = (await (await fetch(`${site.origin()}${base}.json`)).json()) as unknown[];
  const count = Number((await block.locator('span').first().textContent())!.split(' ')[0]);
  expect(json).toHaveLength(count);
  return count;
}

const hrefs = (locator: Locator) => locator.evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));

describe('a download beside every table', () => {
  it("a plan page: tasks, targets and duties CSVs have exactly the page's rows", async () => {
    const page = await site.newPage();
    const plan = '/ke-hoach/tinh-bac-kan-2022';
    await page.goto(`${site.origin()}${plan}/`);

    const taskIds = await page.locator('table.task-table tr[id]').evaluateAll((rows) => rows.map((r) => r.id));
    const tasks = await csvRows(`${plan}/nhiem-vu`);
    expect(tasks.map((r) => r['Mã nhiệm vụ'])).toEqual(taskIds);
    expect(await downloadsBlock(page, `${plan}/nhiem-vu`)).toBe(taskIds.length);
    expect(new Set(tasks.map((r) => r['Mã kế hoạch']))).toEqual(new Set(['tinh-bac-kan-2022']));

    const targetIds = await page.locator('ul.targets li[id]').evaluateAll((items) => items.map((li) => li.id));
    const targets = await csvRows(`${plan}/chi-tieu`);
    expect(targets).toHaveLength(51);
    expect(targets.map((r) => r['Mã chỉ tiêu']).sort()).toEqual([...targetIds].sort());
    expect(await downloadsBlock(page, `${plan}/chi-tieu`)).toBe(targetIds.length);

    // The table has a row per sentence and an item per duty in it; the file has a row per duty.
    const dutyTexts = await page.locator('section:has(#bao-cao) table tbody tr td:first-child').allTextContents();
    const dutyItems = await page.locator('section:has(#bao-cao) table tbody tr ul.duty-steps > li').count();
    const duties = await csvRows(`${plan}/bao-cao`);
    expect([...new Set(duties.map((r) => r['Nội dung (nguyên văn)']))]).toEqual(dutyTexts);
    expect(duties).toHaveLength(dutyItems);
    expect(await downloadsBlock(page, `${plan}/bao-cao`)).toBe(dutyItems);
    await page.context().close();
  });

  it("the timeline: a year page's CSV has a row per point, in the page's order; the overview's has every year's", async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/moc-thoi-gian/2022/`);
    const links = await hrefs(page.locator('ol.timeline ul > li > a'));
    expect(links.length).toBeGreaterThan(0);
    const rows = await csvRows('/moc-thoi-gian/2022/moc-thoi-han');
    expect(rows.map(linkOf)).toEqual(links);
    expect(await downloadsBlock(page, '/moc-thoi-gian/2022/moc-thoi-han')).toBe(links.length);

    await page.goto(`${site.origin()}/moc-thoi-gian/`);
    const years = await hrefs(page.locator('.count-list a'));
    const perYear = await Promise.all(
      years.map(async (href) => {
        const response = await fetch(`${site.origin()}${href}moc-thoi-han.json`);
        return response.ok ? ((await response.json()) as unknown[]).length : 0;
      }),
    );
    const all = await csvRows('/moc-thoi-gian/moc-thoi-han');
    expect(all).toHaveLength(perYear.reduce((a, b) => a + b, 0));
    expect(await downloadsBlock(page, '/moc-thoi-gian/moc-thoi-han')).toBe(all.length);
    await page.context().close();
  });

  it('a province page: its plans and its timeline', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/tinh/thai-nguyen/`);
    const plans = await hrefs(page.locator('ul.plan-list h4 a'));
    expect((await csvRows('/tinh/thai-nguyen/ke-hoach')).map(linkOf).sort()).toEqual([...plans].sort());
    expect(await downloadsBlock(page, '/tinh/thai-nguyen/ke-hoach')).toBe(plans.length);
    const points = await hrefs(page.locator('ol.timeline ul > li > a'));
    expect((await csvRows('/tinh/thai-nguyen/moc-thoi-han')).map(linkOf)).toEqual(points);
    expect(await downloadsBlock(page, '/tinh/thai-nguyen/moc-thoi-han')).toBe(points.length);
    await page.context().close();
  });

  it("an agency's province page: its led and supported tasks, in the page's order; the agency page: all of them", async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/co-quan/cong-an/thai-nguyen/`);
    const shown = await page.locator('main ul.plan-list > li').evaluateAll((items) =>
      items.flatMap((li) => {
        const kind = li.querySelector('.duty-kind')?.textContent ?? '';
        return kind === 'Chủ trì' || kind === 'Phối hợp' ? [`${kind} ${li.querySelector('a')!.getAttribute('href')}`] : [];
      }),
    );
    expect(shown.length).toBeGreaterThan(0);
    const rows = await csvRows('/co-quan/cong-an/thai-nguyen/nhiem-vu');
    expect(rows.map((r) => `${r['Vai trò']} ${linkOf(r)}`)).toEqual(shown);
    expect(await downloadsBlock(page, '/co-quan/cong-an/thai-nguyen/nhiem-vu')).toBe(shown.length);

    await page.goto(`${site.origin()}/co-quan/cong-an/`);
    const all = await csvRows('/co-quan/cong-an/nhiem-vu');
    expect(all.map(linkOf)).toEqual(expect.arrayContaining(rows.map(linkOf)));
    expect(await downloadsBlock(page, '/co-quan/cong-an/nhiem-vu')).toBe(all.length);
    await page.context().close();
  });

  it('a metric page: one CSV row per row of its table, in order', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/chi-tieu/tai-khoan-vneid/`);
    const links = await hrefs(page.locator('#chi-tiet ~ .scroll-x table tbody th a'));
    const rows = await csvRows('/chi-tieu/tai-khoan-vneid/muc-chi-tieu');
    expect(links.length).toBeGreaterThan(0);
    expect(rows.map(linkOf)).toEqual(links);
    expect(await downloadsBlock(page, '/chi-tieu/tai-khoan-vneid/muc-chi-tieu')).toBe(links.length);
    await page.context().close();
  });

  it('/du-lieu/ gives the bundle with its size and date, and the codebook', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/du-lieu/`);
    const link = page.locator('a[href="/du-lieu/ke-hoach-de-an-06.zip"]');
    await expect(link.textContent()).resolves.toMatch(/ZIP, [\d.,]+ (kB|MB)/);
    await expect(page.locator('main').textContent()).resolves.toMatch(/Cập nhật ngày \d{1,2}\/\d{1,2}\/\d{4}/);
    const zip = await fetch(`${site.origin()}/du-lieu/ke-hoach-de-an-06.zip`);
    expect(zip.status).toBe(200);
    await expect(page.locator('#bang-nhiem-vu + p + .scroll-x tbody tr').count()).resolves.toBeGreaterThan(20);
    await page.context().close();
  });
});
