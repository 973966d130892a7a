/**
 * The plan page in Chromium: every task of the plan is there with its anchor, the task table's
 * filters and sorting work, the chart draws the numbers its table shows, the page works without
 * JavaScript, and on a 360 px phone the table is a list of cards with no sideways scrolling.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, paintedPixels, useSite } from './support/harness.ts';

const PLAN = '/ke-hoach/tinh-bac-kan-2022/';
const tasks = (JSON.parse(readFileSync('content/plans/tinh-bac-kan-2022/tasks.json', 'utf8')) as { tasks: { id: string; lead: string[] }[] }).tasks;
const site = useSite();

describe('plan page', () => {
  it('lists every task id of tasks.json as a row anchor, in document order', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + PLAN);
    const ids = await page.locator('table.task-table tr[id]').evaluateAll((rows) => rows.map((r) => r.id));
    expect(ids).toEqual(tasks.map((t) => t.id));
    await expect(page.title()).resolves.toContain('Bắc Kạn');
    await page.context().close();
  });

  it('filters tasks by lead agency and by deadline window, and announces the count', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + PLAN);
    const visibleRows = () => page.locator('table.task-table tr[id]:visible').count();
    expect(await visibleRows()).toBe(tasks.length);

    await page.selectOption('#loc-co-quan', 'cong-an');
    const led = tasks.filter((t) => t.lead.includes('cong-an')).length;
    expect(await visibleRows()).toBe(led);
    await expect(page.locator('[data-result-count]').textContent()).resolves.toBe(`Đang hiển thị ${led} trên ${tasks.length} nhiệm vụ.`);
    for (const lead of await page
      .locator('table.task-table tr[id]:visible')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-filter-co-quan') ?? ''))) {
      expect(lead.split(' ')).toContain('cong-an');
    }

    await page.selectOption('#loc-co-quan', '');
    await page.selectOption('#loc-thoi-han', '2022-Q1');
    const quarterRows = await page
      .locator('table.task-table tr[id]:visible')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-filter-thoi-han') ?? ''));
    expect(quarterRows.length).toBeGreaterThan(0);
    for (const w of quarterRows) expect(w.split(' ')).toContain('2022-Q1');

    await page.click('button[type="reset"]');
    await expect.poll(visibleRows).toBe(tasks.length);
    await page.context().close();
  });

  it('sorts tasks by deadline, undated last, and back to document order', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + PLAN);
    const dues = () => page.locator('table.task-table tr[id]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['due'] ?? ''));
    await page.selectOption('#sap-xep', 'ascending');
    const asc = await dues();
    const dated = asc.filter(Boolean);
    expect(dated).toEqual([...dated].sort());
    expect(asc.slice(dated.length).every((d) => d === '')).toBe(true);
    await page.selectOption('#sap-xep', 'descending');
    const desc = (await dues()).filter(Boolean);
    expect(desc).toEqual([...desc].sort().reverse());
    await page.selectOption('#sap-xep', 'none');
    expect(await page.locator('table.task-table tr[id]').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(tasks.map((t) => t.id));
    await page.context().close();
  });

  it('draws the targets chart from the same numbers its table shows', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + PLAN);
    const figure = page.locator('figure[data-chart]').first();
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('figure[data-chart-drawn]');
    expect(await paintedPixels(page, 'figure[data-chart] canvas')).toBeGreaterThan(500);
    const spec = JSON.parse((await figure.locator('script[data-chart-spec]').textContent()) ?? '{}') as {
      labels: string[];
      datasets: { data: (number | null)[] }[];
    };
    const table = await figure
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => ({ label: r.querySelector('th')?.textContent ?? '', values: [...r.querySelectorAll('td')].map((td) => td.textContent ?? '') })),
      );
    expect(table.map((r) => r.label)).toEqual(spec.labels);
    table.forEach((row, i) => {
      expect(row.values).toEqual(spec.datasets.map((d) => (d.data[i] === null || d.data[i] === undefined ? '–' : String(d.data[i]))));
    });
    await expect(figure.locator('canvas').getAttribute('role')).resolves.toBe('img');
    await page.context().close();
  });

  it('shows every task and no dead controls without JavaScript', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin() + PLAN);
    expect(await page.locator('table.task-table tr[id]:visible').count()).toBe(tasks.length);
    expect(await page.locator('form[data-filter-form]').isVisible()).toBe(false);
    await expect(page.locator('a[data-filter-csv]').getAttribute('href')).resolves.toBe(`${PLAN}nhiem-vu.csv`);
    expect(await page.locator('figure[data-chart] table').isVisible()).toBe(true);
    await page.context().close();
  });

  it('turns the task table into cards on a 360 px phone, without sideways scrolling', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(site.origin() + PLAN);
    expect(await horizontalOverflow(page)).toBe(0);
    const row = page.locator('table.task-table tr[id]').first();
    await expect(row.evaluate((r) => getComputedStyle(r).display)).resolves.toBe('block');
    await expect(row.locator('td[data-label="Chủ trì"]').evaluate((td) => getComputedStyle(td, '::before').content)).resolves.toBe('"Chủ trì: "');
    const headBox = await page.locator('table.task-table thead').boundingBox();
    expect((headBox?.height ?? 0) <= 1).toBe(true);
    await page.context().close();
  });

  it('lands a link to a task on that row, even with a filter that hid it', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + PLAN);
    await page.selectOption('#loc-co-quan', 'cong-an');
    const hidden = tasks.find((t) => !t.lead.includes('cong-an'))!;
    await page.evaluate((id) => (location.hash = id), hidden.id);
    await expect.poll(() => page.locator(`[id="${hidden.id}"]`).isVisible()).toBe(true);
    await page.context().close();
  });

  it('keeps the task filter in the address, and opens a shared address with the same filter', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + PLAN);
    await page.selectOption('#loc-co-quan', 'cong-an');
    await page.selectOption('#loc-thoi-han', '2022');
    await expect.poll(() => new URL(page.url()).search).toBe('?co-quan=cong-an&thoi-han=2022');
    const shared = page.url();
    const expected = await page.locator('table.task-table tr[id]:visible').evaluateAll((rows) => rows.map((r) => r.id));
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(tasks.length);

    const other = await site.newPage();
    await other.goto(shared);
    await expect(other.locator('#loc-co-quan').inputValue()).resolves.toBe('cong-an');
    await expect(other.locator('#loc-thoi-han').inputValue()).resolves.toBe('2022');
    expect(await other.locator('table.task-table tr[id]:visible').evaluateAll((rows) => rows.map((r) => r.id))).toEqual(expected);
    await expect(other.locator('[data-result-count]').textContent()).resolves.toBe(`Đang hiển thị ${expected.length} trên ${tasks.length} nhiệm vụ.`);

    await other.click('button[type="reset"]');
    await expect.poll(() => new URL(other.url()).search).toBe('');
    await page.context().close();
    await other.context().close();
  });

  it('ignores a shared address with a filter value the plan does not have', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}${PLAN}?co-quan=khong-co`);
    expect(await page.locator('table.task-table tr[id]:visible').count()).toBe(tasks.length);
    await expect(page.locator('#loc-co-quan').inputValue()).resolves.toBe('');
    await page.context().close();
  });

  it('downloads, with a filter on, a CSV of exactly the rows shown', async () => {
    const page = await site.newPage({ acceptDownloads: true });
    await page.goto(`${site.origin()}${PLAN}?co-quan=cong-an`);
    const shown = await page.locator('table.task-table tr[id]:visible').evaluateAll((rows) => rows.map((r) => r.id));
    expect(shown.length).toBe(tasks.filter((t) => t.lead.includes('cong-an')).length);
    await expect(page.locator('[data-filter-csv-label]').textContent()).resolves.toBe(`(${shown.length} nhiệm vụ đang hiển thị)`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-filter-csv]')]);
    expect(download.suggestedFilename()).toBe('nhiem-vu-co-quan-cong-an.csv');
    const text = readFileSync(await download.path(), 'utf8');
    const full = await (await fetch(`${site.origin()}${PLAN}nhiem-vu.csv`)).text();
    const ids = text
      .split('\r\n')
      .slice(1)
      .filter(Boolean)
      .map((line) => line.split(',')[0]);
    expect(ids).toEqual(shown);
    // The rows are the full file's own rows, byte for byte, header and BOM included.
    expect(text.startsWith(full.split('\r\n')[0]!)).toBe(true);
    for (const line of text.split('\r\n').filter(Boolean)) expect(full).toContain(line);
    await page.context().close();
  });
});
