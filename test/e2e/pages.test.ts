/**
 * Each page kind renders its content in Chromium: home, provinces (current and former), agency
 * pages whose task links land on the task, the all-plans timeline, KPI pages, about, 404 and the
 * downloads.
 */
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, paintedPixels, useSite } from './support/harness.ts';

const site = useSite();

describe('home page', () => {
  it('counts plans, tasks and targets, lists the plans and has a search form that works without JS', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin() + '/');
    const figures = await page.locator('.glance li').allTextContents();
    expect(figures.some((f) => /\d+\s*kế hoạch/.test(f))).toBe(true);
    expect(figures.some((f) => /\d+\s*nhiệm vụ/.test(f))).toBe(true);
    for (const id of ['tinh-bac-kan-2022', 'huyen-krong-no-2022', 'tinh-bac-ninh-2026', 'xa-luc-binh-2022']) {
      expect(await page.locator(`a[href="/ke-hoach/${id}/"]`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('.tiles li').count()).toBe(34);
    await expect(page.locator('.tiles a[href="/tinh/thai-nguyen/"]').textContent()).resolves.toContain('2 kế hoạch');
    const form = page.locator('header form[role="search"]');
    await expect(form.getAttribute('action')).resolves.toBe('/tim-kiem/');
    await expect(form.locator('input[name="q"]').getAttribute('id')).resolves.toBeTruthy();
    expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
    await page.context().close();
  });
});

describe('province pages', () => {
  it('gathers on Thái Nguyên the plans of Bắc Kạn, with the Lục Bình commune plan', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/tinh/thai-nguyen/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Tỉnh Thái Nguyên');
    expect(await page.locator('a[href="/ke-hoach/xa-luc-binh-2022/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href="/ke-hoach/tinh-bac-kan-2022/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/tinh/bac-kan/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('says where a former province went and when, and links there', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/tinh/bac-kan/');
    await expect(page.locator('.notice').textContent()).resolves.toContain('Tỉnh Bắc Kạn — từ 01/7/2025 thuộc tỉnh Thái Nguyên');
    expect(await page.locator('.notice a[href="/tinh/thai-nguyen/"]').count()).toBe(1);
    await page.goto(site.origin() + '/tinh/lam-dong/');
    expect(await page.locator('a[href="/ke-hoach/huyen-krong-no-2022/"]').count()).toBeGreaterThan(0);
    await page.goto(site.origin() + '/tinh/bac-ninh/');
    expect(await page.locator('a[href="/ke-hoach/tinh-bac-ninh-2026/"]').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('lists every provincial unit, current and former, with plan counts', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/tinh/');
    expect(await page.locator('table').first().locator('tbody tr').count()).toBe(34);
    expect(await page.locator('table').nth(1).locator('tbody tr').count()).toBe(52);
    await page.context().close();
  });
});

describe('agency pages', () => {
  it('lands a task link on the task row, scrolled into view', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/co-quan/cong-an/thai-nguyen/');
    const link = page.locator('.plan-list a[href^="/ke-hoach/tinh-bac-kan-2022/#nv-"]').first();
    const href = (await link.getAttribute('href'))!;
    const id = href.split('#')[1]!;
    await link.click();
    await page.waitForURL((u) => u.hash === `#${id}`);
    const target = page.locator(`[id="${id}"]`);
    await expect(target.evaluate((el) => el.matches(':target') && el.tagName)).resolves.toBe('TR');
    await expect(target.getAttribute('data-filter-co-quan')).resolves.toContain('cong-an');
    const inView = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.context().close();
  });

  it('gives an overview of counts per province that link to a page per province', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/co-quan/cong-an/');
    const links = await page.locator('main .count-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain('/co-quan/cong-an/thai-nguyen/');
    expect(links).toContain('/co-quan/cong-an/lam-dong/');
    // The overview lists no task itself: it stays small however many plans there are.
    expect(await page.locator('main a[href^="/ke-hoach/"]').count()).toBe(0);
    await page.goto(site.origin() + '/co-quan/cong-an/thai-nguyen/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Công an — Tỉnh Thái Nguyên');
    await expect(page.locator('.breadcrumbs a[href="/co-quan/cong-an/"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it("names the agency in each plan's context and ships no JavaScript", async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/co-quan/cong-an/thai-nguyen/');
    await expect(page.locator('main').textContent()).resolves.toContain('Công an tỉnh Bắc Kạn');
    await expect(page.locator('main').textContent()).resolves.toContain('Công an xã Lục Bình');
    expect(await page.locator('script[src], script[type="module"]').count()).toBe(0);
    await page.context().close();
  });

  it('counts and lists what plans link an agency for: responsibilities and reporting, each labelled', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/co-quan/ubnd/');
    const lead = (await page.locator('.lead').textContent()) ?? '';
    expect(lead).not.toMatch(/^0 |Không có nhiệm vụ|Chưa kế hoạch/);
    expect(lead).toMatch(/\d+ nghĩa vụ báo cáo/);
    await page.goto(site.origin() + '/co-quan/can-bo-cong-chuc/');
    expect(await page.locator('main .count-list a').count()).toBeGreaterThan(0);
    await page.goto(site.origin() + '/co-quan/so-y-te/bac-ninh/');
    const bacNinh = await page.locator('.plan-list li').allTextContents();
    expect(bacNinh.some((t) => t.trim().startsWith('Phân công trách nhiệm') && t.includes('Sở Y tế'))).toBe(true);
    await expect(page.locator('.plan-list a[href="/ke-hoach/tinh-bac-ninh-2026/#trach-nhiem"]').count()).resolves.toBeGreaterThan(0);
    await page.goto(site.origin() + '/co-quan/so-y-te/thai-nguyen/');
    const kinds = await page.locator('.duty-kind').allTextContents();
    expect(new Set(kinds)).toEqual(new Set(['Chủ trì', 'Phân công trách nhiệm']));
    await expect(page.locator('.plan-list a[href="/ke-hoach/tinh-bac-kan-2022/#trach-nhiem"]').count()).resolves.toBe(1);
    await page.context().close();
  });
});

describe('timeline', () => {
  const YEAR = '/moc-thoi-gian/2022/';
  const entries = (page: import('playwright-core').Page) => page.locator('.timeline li[data-filter-item]');

  it('says "đã qua hạn" for passed deadlines, never "quá hạn", and which date it used', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + YEAR);
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text.toLowerCase()).toContain('đã qua hạn');
    expect(text.toLowerCase()).not.toContain('quá hạn');
    const today = new Date();
    await expect(page.locator('[data-as-of-label]').first().textContent()).resolves.toBe(
      `Tính đến ngày ${String(today.getDate()).padStart(2, '0')}/${today.getMonth() + 1}/${today.getFullYear()}`,
    );
    await page.context().close();
  });

  it("recomputes statuses against the visitor's date", async () => {
    const page = await site.newPage();
    await page.clock.setFixedTime(new Date('2022-01-15T09:00:00+07:00'));
    await page.goto(site.origin() + YEAR);
    await expect(page.locator('[data-as-of-label]').first().textContent()).resolves.toBe('Tính đến ngày 15/1/2022');
    const statuses = await page.locator('span.tag[data-due]').allTextContents();
    expect(statuses.every((s) => s === 'Chưa đến hạn')).toBe(true);
    await page.context().close();
  });

  it('navigates by year from the overview and between years, and says so when a year has no deadline', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/moc-thoi-gian/');
    await page.locator('main .count-list a', { hasText: 'Năm 2023' }).click();
    await page.waitForURL('**/moc-thoi-gian/2023/');
    await expect(page.locator('.year-nav a[aria-current="page"]').textContent()).resolves.toBe('2023');
    const dues = await entries(page).evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['due'] ?? ''));
    expect(dues.length).toBeGreaterThan(0);
    expect(dues.every((d) => d.startsWith('2023-'))).toBe(true);
    await page.locator('.year-nav a', { hasText: '2028' }).click();
    await page.waitForURL('**/moc-thoi-gian/2028/');
    await expect(page.locator('.lead').textContent()).resolves.toBe('Không kế hoạch nào có mốc thời hạn trong năm 2028.');
    expect(await entries(page).count()).toBe(0);
    await page.context().close();
  });

  it('names the lead agency on each item', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + YEAR);
    const metas = await page.locator('.timeline .entry-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    for (const m of metas) expect(m).toMatch(/Chủ trì: |Không ghi cơ quan chủ trì/);
    expect(metas.some((m) => m.includes('Chủ trì: Công an tỉnh Bắc Kạn'))).toBe(true);
    await page.context().close();
  });

  it('filters by province, level, agency and status, and keeps the filter in the address', async () => {
    const page = await site.newPage();
    await page.clock.setFixedTime(new Date('2022-06-15T09:00:00+07:00'));
    await page.goto(site.origin() + YEAR);
    const all = await entries(page).count();
    await page.selectOption('#loc-tinh', 'lam-dong');
    const shown = await page.locator('.timeline li[data-filter-item]:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(page.url()).toContain('tinh=lam-dong');
    await expect(page.locator('[data-result-count]').textContent()).resolves.toBe(`Đang hiển thị ${shown} trên ${all} mốc.`);
    await page.selectOption('#loc-cap', 'commune');
    expect(await page.locator('.timeline li[data-filter-item]:visible').count()).toBe(0);
    await page.click('button[type="reset"]');
    await page.selectOption('#loc-co-quan-tg', 'cong-an');
    for (const a of await page
      .locator('.timeline li[data-filter-item]:visible')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-filter-co-quan') ?? ''))) {
      expect(a.split(' ')).toContain('cong-an');
    }
    await page.click('button[type="reset"]');
    // On 15/6/2022, deadlines until 14/6 have passed.
    await page.selectOption('#loc-trang-thai', 'da-qua-han');
    const passed = await page.locator('.timeline li[data-filter-item]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['due'] ?? ''));
    expect(passed.length).toBeGreaterThan(0);
    expect(passed.every((d) => d < '2022-06-15')).toBe(true);
    await page.selectOption('#loc-trang-thai', 'chua-den-han');
    const upcoming = await page.locator('.timeline li[data-filter-item]:visible').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['due'] ?? ''));
    expect(upcoming.length + passed.length).toBe(all);
    expect(upcoming.every((d) => d >= '2022-06-15')).toBe(true);
    expect(page.url()).toContain('trang-thai=chua-den-han');

    await page.goto(site.origin() + YEAR + '?cap=commune');
    const communeEntries = await page.locator('.timeline li[data-filter-item]:visible').evaluateAll((els) => els.map((e) => e.getAttribute('data-filter-cap')));
    expect(communeEntries.length).toBeGreaterThan(0);
    expect(new Set(communeEntries)).toEqual(new Set(['commune']));
    await page.context().close();
  });

  it('moves to another year with the year filter, keeping the other filters', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + YEAR + '?co-quan=cong-an');
    await page.selectOption('#loc-nam', '/moc-thoi-gian/2023/');
    await page.waitForURL('**/moc-thoi-gian/2023/?co-quan=cong-an');
    await expect(page.locator('#loc-co-quan-tg').inputValue()).resolves.toBe('cong-an');
    await page.context().close();
  });
});

describe('KPI pages', () => {
  it('compares one metric across plans and levels in a chart and a table', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/chi-tieu/');
    const first = page.locator('main table tbody tr th a').first();
    await first.click();
    await page.waitForSelector('figure[data-chart]');
    await page.locator('figure[data-chart]').scrollIntoViewIfNeeded();
    await page.waitForSelector('figure[data-chart-drawn]');
    expect(await paintedPixels(page, 'figure[data-chart] canvas')).toBeGreaterThan(200);
    expect(await page.locator('#chi-tiet ~ .scroll-x table tbody tr').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('other pages and files', () => {
  // The status code and content types come from the host (here the test server), not the site: not asserted.
  it('has a 404 page that says the page was not found', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/khong-co-trang-nay/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Không tìm thấy trang');
    await page.context().close();
  });

  it('explains deadlines on the about page', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/gioi-thieu/');
    expect(await page.locator('#thoi-han ~ .scroll-x table tbody tr').count()).toBe(9);
    expect(await page.locator('#bao-loi').count()).toBe(1);
    await page.context().close();
  });

  it('offers the tasks as CSV with a UTF-8 BOM and the plan as JSON', async () => {
    const csv = await fetch(`${site.origin()}/ke-hoach/tinh-bac-kan-2022/nhiem-vu.csv`);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('Công an tỉnh Bắc Kạn');
    const json = (await (await fetch(`${site.origin()}/ke-hoach/tinh-bac-kan-2022.json`)).json()) as { tasks: unknown[] };
    expect(json.tasks.length).toBeGreaterThan(40);
  });

  it('keeps every page kind within a 360 px phone screen', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const path of [
      '/',
      '/tinh/',
      '/tinh/thai-nguyen/',
      '/co-quan/',
      '/co-quan/cong-an/',
      '/co-quan/cong-an/thai-nguyen/',
      '/moc-thoi-gian/',
      '/moc-thoi-gian/2022/',
      '/chi-tieu/',
      '/gioi-thieu/',
      '/ke-hoach/xa-luc-binh-2022/toan-van/',
    ]) {
      await page.goto(site.origin() + path);
      expect({ path, overflow: await horizontalOverflow(page) }).toEqual({ path, overflow: 0 });
    }
    await page.context().close();
  });
});
