/**
 * What a citizen or a journalist trips over (issue 9), in Chromium against dist/: agencies named
 * at the plan's level, phone pages without sideways scrolling, bar value labels, honest summaries,
 * a reachable table of contents, printed address and date, sources named as documents.
 * Expected values are written out from the plans' own words, not computed by the site's code.
 */
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, useSite } from './support/harness.ts';

const site = useSite();
const LUC_BINH = '/ke-hoach/xa-luc-binh-2022/';

describe("agencies named at the plan's own level", () => {
  it("Lục Bình III.1.b is led by the commune finance officer, with the plan's sentence shown", async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + LUC_BINH);
    const row = page.locator('tr#nv-iii-1-b');
    await expect(row.locator('td[data-label="Chủ trì"]').textContent()).resolves.toContain('Công chức Tài chính - Kế toán xã Lục Bình');
    await expect(row.textContent()).resolves.not.toContain('Sở Tài chính');
    await expect(row.locator('.assignee').textContent()).resolves.toContain(
      'Công chức TC-KT xã chủ trì, phối hợp với Công an xã và các đơn vị liên quan thực hiện.',
    );
    await expect(page.locator('tr#nv-iii-5-a-y3 td[data-label="Chủ trì"]').textContent()).resolves.toContain('Công chức Tài chính - Kế toán xã Lục Bình');
    await expect(page.locator('tr#nv-iii-5-b-y5 td[data-label="Chủ trì"]').textContent()).resolves.not.toContain('Sở Nông nghiệp');
    await page.context().close();
  });

  it('the commune finance officer reports to the district\'s finance office, not "Sở Tài chính → Sở Tài chính"', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + LUC_BINH);
    const duty = page.locator('section[aria-labelledby="bao-cao"] tr', { hasText: 'cơ quan tài chính huyện' }).locator('li');
    await expect(duty.textContent()).resolves.toMatch(/Công chức Tài chính - Kế toán xã Lục Bình\s*→\s*Phòng Tài chính - Kế hoạch huyện Bạch Thông\./);
    await page.context().close();
  });
});

describe('phone, 360 px', () => {
  const pages = ['/chi-tieu/ho-so-dan-cu-dien-tu/', '/chi-tieu/', '/tinh/thai-nguyen/', '/tinh/', LUC_BINH, '/gioi-thieu/'];
  it.each(pages)('%s: no element sticks out of the viewport', async (path) => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(site.origin() + path);
    expect(await horizontalOverflow(page)).toBe(0);
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('main *')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.left < -0.5) && !el.closest('.visually-hidden, thead');
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().width)}px`)
        .slice(0, 5),
    );
    expect(wide).toEqual([]);
    await page.context().close();
  });

  it('labels each value of a stacked table row with its column', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin()}/tinh/`);
    const before = await page
      .locator('table.stack td[data-label="Tổng"]')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(before).toBe('"Tổng: "');
    await page.context().close();
  });
});

describe('bar value labels', () => {
  it("writes each bar's value on the chart", async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/tinh/thai-nguyen/`);
    await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await page.waitForSelector('figure.chart[data-chart-drawn]');
    const labels = await page.locator('figure.chart canvas').first().getAttribute('data-value-labels');
    expect(Number(labels)).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('honest summaries', () => {
  it('the home page\'s "Vừa đến hạn" says its window and lists nothing older', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(`${site.origin()}/`);
    const windowLine = (await page.locator('[data-recent-window]').textContent()) ?? '';
    expect(windowLine).toMatch(/trong 90 ngày gần nhất, từ (\d\d)\/(\d{1,2})\/(\d{4})/);
    const from = /từ (\d\d)\/(\d{1,2})\/(\d{4})/.exec(windowLine)!;
    const fromIso = `${from[3]}-${from[2]!.padStart(2, '0')}-${from[1]}`;
    const section = await page.evaluate(() => {
      const h = document.getElementById('vua-den-han')!;
      const out: string[] = [];
      for (let el = h.nextElementSibling; el && el.tagName !== 'H2'; el = el.nextElementSibling) out.push(el.textContent ?? '');
      return out.join('\n');
    });
    const dates = [...section.matchAll(/\b(\d\d)\/(\d{1,2})\/(\d{4})\b/g)].map((m) => `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]}`);
    expect(dates.filter((d) => d < fromIso)).toEqual([]);
    await page.context().close();
  });

  it('Bắc Ninh 2026, with no dated deadline, says so instead of "Không còn mốc nào" and "0/0"', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/ke-hoach/tinh-bac-ninh-2026/`);
    const glance = (await page.locator('section[aria-labelledby="tom-tat"]').textContent()) ?? '';
    expect(glance).toContain('Kế hoạch không ghi thời hạn cụ thể');
    expect(glance).not.toContain('Không còn mốc nào');
    expect(glance).not.toContain('0/0');
    await page.context().close();
  });
});

describe('long pages', () => {
  it('keeps a link to the table of contents in view at the bottom of a plan page on a phone', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(site.origin() + LUC_BINH);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const link = page.locator('a.to-toc');
    await expect(link.isVisible()).resolves.toBe(true);
    const box = (await link.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    await link.click();
    await page.waitForFunction(() => location.hash === '#muc-luc');
    const toc = (await page.locator('#muc-luc').boundingBox())!;
    expect(toc.y).toBeLessThan(740);
    await page.context().close();
  });

  it('gives the full text a table of contents whose links land on its headings', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/ke-hoach/tinh-bac-kan-2022/toan-van/`);
    const links = await page.locator('nav#muc-luc a').evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.textContent ?? '']));
    expect(links.map(([, t]) => t)).toEqual(expect.arrayContaining(['I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'II. MỤC TIÊU, LỘ TRÌNH THỰC HIỆN ĐỀ ÁN 06']));
    for (const [href] of links) expect(await page.locator(`[id="${decodeURIComponent(href!.slice(1))}"]`).count()).toBe(1);
    await page.context().close();
  });
});

describe('print', () => {
  it("a printed plan carries the page's address and the print date", async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + LUC_BINH);
    await page.emulateMedia({ media: 'print' });
    const line = page.locator('[data-print-meta]');
    await expect(line.isVisible()).resolves.toBe(true);
    const text = (await line.textContent()) ?? '';
    expect(text).toContain(`${site.origin()}${LUC_BINH}`);
    const now = new Date();
    expect(text).toContain(`Ngày in: ${String(now.getDate()).padStart(2, '0')}/${now.getMonth() + 1}/${now.getFullYear()}`);
    await expect(page.locator('a.to-toc').isVisible()).resolves.toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
    await expect(line.isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});

describe('sources named by what they are', () => {
  it("names Bắc Ninh's source by number, date and issuer, says where it was published is unknown, and shows no file name", async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/ke-hoach/tinh-bac-ninh-2026/`);
    const source = (await page.locator('[data-source]').textContent()) ?? '';
    expect(source).toContain('Kế hoạch số 208/KH-UBND ngày 05/6/2026 của Ủy ban nhân dân tỉnh Bắc Ninh');
    expect(source).toContain('Chưa rõ nơi công bố');
    expect(source).not.toMatch(/\.txt|tệp 00/);
    await page.goto(`${site.origin()}/gioi-thieu/`);
    await expect(page.locator('main').textContent()).resolves.not.toMatch(/00\d_[0-9a-f]{16}\.txt/);
    await page.context().close();
  });
});
