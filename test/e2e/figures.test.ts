/**
 * Reported figures as a person sees them in Chromium: a metric page draws the national VNeID series
 * and shows the same points in a table whose rows link to their sources; a plan page writes each
 * target's status in words, with a wider unit's figure labelled as context; reporting duties show
 * their next date; and none of it scrolls sideways on a 360 px phone.
 */
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, useSite } from './support/harness.ts';

const site = useSite();

describe('reported figures', () => {
  it('draws the national VNeID accounts over time, with a table of the same points linking to their sources', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/chi-tieu/tai-khoan-vneid/`);
    const figure = page.locator('figure#bieu-do-ca-nuoc');
    await figure.scrollIntoViewIfNeeded();
    await expect.poll(() => figure.getAttribute('data-chart-drawn')).toBe('4');
    await expect(figure.locator('canvas[role="img"]').getAttribute('aria-label')).resolves.toContain('trên 65.000.000 tài khoản');
    const rows = await figure
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('th')?.textContent?.trim(),
          tr.querySelector('td.num')?.textContent?.trim(),
          tr.querySelector('a')?.getAttribute('href'),
        ]),
      );
    expect(rows).toEqual([
      [
        '07/11/2022',
        'trên 1.400.000 tài khoản',
        'https://www.sggpnews.org.vn/national/police-receive-over-138-mln-documents-of-electronic-personal-identification-103206.html',
      ],
      [
        'khoảng ngày 10/01/2024',
        'trên 49.700.000 tài khoản',
        'https://chuyendoiso.hatinh.gov.vn/trien-khai-nhieu-tien-ich-tren-vneid-phuc-vu-phat-trien-cong-dan-so-1704872972.html',
      ],
      ['22/4/2025', 'trên 62.000.000 tài khoản', 'https://news.laodong.vn/xa-hoi/du-kien-tu-17-se-cap-tai-khoan-dinh-danh-cho-nguoi-nuoc-ngoai-1495181.ldo'],
      [
        '24/9/2025',
        'trên 65.000.000 tài khoản',
        'https://news.laodong.vn/cong-nghe/khoa-toan-bo-thue-bao-di-dong-chua-dinh-danh-chinh-chu-trong-thang-9-1580323.ldo',
      ],
    ]);
    await page.context().close();
  });

  it("gives each unit its own chart, country first, and marks only that unit's own plan targets on it", async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/chi-tieu/tai-khoan-vneid/`);
    const headings = await page.locator('h3[id^="so-lieu-"]').allTextContents();
    expect(headings).toEqual(['Cả nước', 'Tỉnh Bắc Ninh (cũ)', 'Tỉnh Đắk Nông', 'Tỉnh Thái Nguyên (cũ)']);
    await expect(page.locator('figure#bieu-do-dak-nong tbody').textContent()).resolves.not.toContain('Mục tiêu');
    await page.context().close();
  });

  it('writes target statuses in words on a plan page, and shows the province figure only as labelled context', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/ke-hoach/huyen-krong-no-2022/`);
    const target = page.locator('li#ct-i-2-a-2023-2');
    await expect(target.locator('.status').textContent()).resolves.toBe('Chưa có số liệu');
    await expect(target.locator('.figure-context').textContent()).resolves.toMatch(
      /^Tham khảo, không dùng để tính tình trạng của kế hoạch này: tỉnh Đắk Nông 62,87%, đến tháng 4\/2024/,
    );
    const statuses = new Set(await page.locator('#chi-tieu .status').allTextContents());
    expect([...statuses].every((s) => /^(Đạt|Chưa đạt|Đang thực hiện — đạt \d+ % mục tiêu|Chưa có số liệu)$/.test(s))).toBe(true);
    const chart = page.locator('figure#bieu-do-so-lieu-dvc-truc-tuyen-toan-trinh');
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-chart-drawn')).toBe('2');
    await expect(chart.locator('tbody').textContent()).resolves.toContain('Mục tiêu');
    await page.context().close();
  });

  it('keeps one reporting sentence in one row and gives each dated duty its next date', async () => {
    const page = await site.newPage();
    await page.goto(`${site.origin()}/ke-hoach/tinh-bac-ninh-2026/`);
    const row = page.locator('.duty-table tbody tr', { hasText: 'sơ kết 6 tháng (trước ngày 10/6)' });
    await expect(row.count()).resolves.toBe(1);
    await expect(row.locator('.duty-steps li').count()).resolves.toBe(2);
    await expect(row.locator('[data-report-schedule]').first().textContent()).resolves.toMatch(/^Lần tới: 10\/6\/20\d\d$/);
    await page.context().close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/chi-tieu/tai-khoan-vneid/', '/ke-hoach/huyen-krong-no-2022/', '/bao-cao/']) {
      await page.goto(site.origin() + path);
      expect(await horizontalOverflow(page), path).toBe(0);
    }
    await page.context().close();
  });
});
