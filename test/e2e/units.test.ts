/**
 * What a citizen sees on a commune page (xã Phủ Thông, formed in 2025 from xã Lục Bình and three other
 * units of Bắc Kạn, now in Thái Nguyên), on the province's list of communes, on a former commune's and a
 * former district's page, and that search finds a commune by name without diacritics.
 */
import { describe, expect, it } from 'vitest';
import { horizontalOverflow, useSite } from './support/harness.ts';

const site = useSite();

describe('a commune page', () => {
  it('shows xã Phủ Thông with the plans of Lục Bình and Bắc Kạn that apply there, and none of elsewhere', async () => {
    const page = await site.newPage({ javaScriptEnabled: false });
    await page.goto(site.origin() + '/xa/xa-phu-thong-01969/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Xã Phủ Thông');
    await expect(page.locator('.lead').textContent()).resolves.toContain(
      'Xã Phủ Thông thuộc tỉnh Thái Nguyên từ ngày 01/7/2025 (Nghị quyết số 1683/NQ-UBTVQH15, khoản 60',
    );
    const formed = page.locator('main p', { hasText: 'Hình thành từ' });
    await expect(formed.textContent()).resolves.toMatch(/thị trấn Phủ Thông.*xã Lục Bình.*huyện Bạch Thông.*tỉnh Bắc Kạn cũ/s);
    expect(await formed.locator('a[href="/xa/xa-luc-binh-01990/"]').count()).toBe(1);
    expect(await page.locator('.breadcrumbs a[href="/tinh/thai-nguyen/"]').count()).toBe(1);
    const section = (id: string) => page.locator(`h2#${id} ~ ul.plan-list`).first();
    expect(await section('ke-hoach-don-vi-cu').locator('a[href="/ke-hoach/xa-luc-binh-2022/"]').count()).toBe(1);
    expect(await section('ke-hoach-cua-tinh').locator('a[href="/ke-hoach/tinh-bac-kan-2022/"]').count()).toBe(1);
    await expect(page.locator('#ke-hoach-cua-xa + p').textContent()).resolves.toContain('Chưa có kế hoạch nào do xã Phủ Thông ban hành');
    // Other provinces' plans do not apply here.
    expect(await page.locator('a[href="/ke-hoach/tinh-bac-ninh-2026/"], a[href="/ke-hoach/huyen-krong-no-2022/"]').count()).toBe(0);
    await expect(page.locator('.glance').textContent()).resolves.toMatch(/1\s*kế hoạch của đơn vị cũ.*1\s*kế hoạch của tỉnh/s);
    await page.context().close();
  });

  it('fits a 360 px phone without sideways scrolling', async () => {
    const page = await site.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/xa/xa-phu-thong-01969/', '/tinh/thai-nguyen/', '/xa/xa-luc-binh-01990/', '/huyen/huyen-krong-no-664/']) {
      await page.goto(site.origin() + path);
      expect(await horizontalOverflow(page), path).toBe(0);
    }
    await page.context().close();
  });
});

describe('units around a commune', () => {
  it('the province lists its 92 communes by letter, Xã Phủ Thông with its plan count', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/tinh/thai-nguyen/');
    await expect(page.locator('h2#xa-phuong').textContent()).resolves.toBe('Xã, phường, đặc khu (92)');
    const item = page.locator('.unit-letters li', { has: page.locator('a[href="/xa/xa-phu-thong-01969/"]') });
    await expect(item.textContent()).resolves.toBe('Xã Phủ Thông · 1 kế hoạch');
    await expect(page.locator('.unit-letters h3').allTextContents()).resolves.toEqual(expect.arrayContaining(['A', 'B', 'D', 'Đ']));
    await page.context().close();
  });

  it('a former commune says where it went and when', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/xa/xa-luc-binh-01990/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Xã Lục Bình (cũ)');
    const notice = page.locator('.notice');
    await expect(notice.textContent()).resolves.toContain('Từ ngày 01/7/2025, địa bàn xã Lục Bình thuộc xã Phủ Thông, tỉnh Thái Nguyên.');
    expect(await notice.locator('a[href="/xa/xa-phu-thong-01969/"]').count()).toBe(1);
    expect(await page.locator('a[href="/ke-hoach/xa-luc-binh-2022/"]').count()).toBe(1);
    await page.context().close();
  });

  it('a former district lists every commune its land went to', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/huyen/huyen-krong-no-664/');
    const notice = page.locator('.notice');
    await expect(notice.textContent()).resolves.toContain('được sắp xếp vào 5 đơn vị cấp xã');
    for (const id of ['xa-krong-no-24688', 'xa-nam-da-24697', 'xa-nam-nung-24703', 'xa-quang-phu-24712', 'xa-dak-sak-24678']) {
      expect(await notice.locator(`a[href="/xa/${id}/"]`).count(), id).toBe(1);
    }
    await page.context().close();
  });

  it('search finds xã Phủ Thông from "phu thong", without diacritics', async () => {
    const page = await site.newPage();
    await page.goto(site.origin() + '/tim-kiem/?q=phu+thong');
    await page.waitForFunction(() => document.querySelectorAll('.search-hit').length > 0);
    const hit = page.locator('.search-hit', { has: page.locator('a[href="/xa/xa-phu-thong-01969/"]') });
    await expect(hit.textContent()).resolves.toContain('tỉnh Thái Nguyên');
    await page.context().close();
  });
});
