/**
 * axe-core on every page kind (WCAG 2.0/2.1/2.2 A and AA), on a desktop and on a 360 px phone:
 * no violations allowed.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from './support/harness.ts';

const PAGES = [
  '/',
  '/tinh/',
  '/tinh/thai-nguyen/',
  '/tinh/bac-kan/',
  '/tinh/ha-noi/',
  '/xa/xa-phu-thong-01969/',
  '/xa/xa-luc-binh-01990/',
  '/huyen/huyen-krong-no-664/',
  '/ke-hoach/tinh-bac-kan-2022/',
  '/ke-hoach/xa-luc-binh-2022/',
  '/ke-hoach/tinh-bac-kan-2022/toan-van/',
  '/co-quan/',
  '/co-quan/cong-an/',
  '/co-quan/cong-an/thai-nguyen/',
  '/co-quan/ubnd/lam-dong/',
  '/moc-thoi-gian/',
  '/moc-thoi-gian/2022/',
  '/moc-thoi-gian/2028/',
  '/chi-tieu/',
  '/chi-tieu/ho-so-quan-ly-dan-cu-truc-tuyen/',
  '/chi-tieu/tai-khoan-vneid/',
  '/ke-hoach/huyen-krong-no-2022/',
  '/bao-cao/',
  '/gioi-thieu/',
  '/du-lieu/',
  '/co-gi-moi/',
  '/gioi-thieu/phuong-phap/',
  '/tim-kiem/',
  '/khong-co/',
];

const site = useSite();

describe('accessibility (axe)', () => {
  for (const [name, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    for (const path of PAGES) {
      it(`finds no violations on ${path} (${name})`, async () => {
        const page = await site.newPage({ viewport });
        await page.goto(site.origin() + path);
        // Draw every chart, so canvases are checked as readers get them.
        for (const figure of await page.locator('figure[data-chart]').all()) {
          await figure.scrollIntoViewIfNeeded();
          await figure.and(page.locator('[data-chart-drawn]')).waitFor();
        }
        expect(await axeViolations(page)).toEqual([]);
        await page.context().close();
      });
    }
  }
});
