import { describe, expect, it } from 'vitest';
import { deadlineEntries } from '../../../src/lib/site/deadlines.ts';
import { planGlance } from '../../../src/lib/site/plans.ts';
import { daysBefore, glanceDeadlines, placeFacts, recentlyDueWithin, sourceNotice } from '../../../src/lib/site/summaries.ts';
import { sourceDocument } from '../../../src/lib/site/sourceDocument.ts';
import { bacKan, bacNinh, fixtureSite, lucBinh } from './fixture.ts';

const site = fixtureSite();

describe('recentlyDueWithin ("Vừa đến hạn" on the home page)', () => {
  const entries = deadlineEntries(site.plans);
  it('leaves out deadlines older than the window: a 2023 deadline is not recent on 6/12/2026', () => {
    const r = recentlyDueWithin(entries, '2026-12-06', 6);
    expect(r.entries.map((e) => e.due).filter((d) => d < '2026-09-07')).toEqual([]);
    expect(r.window).toBe('Các mốc đã qua trong 90 ngày gần nhất, từ 07/9/2026 đến trước ngày 06/12/2026.');
  });
  it('says plainly when the window holds none', () => {
    const r = recentlyDueWithin(entries, '2030-01-01', 6);
    expect(r.entries).toEqual([]);
    expect(r.empty).toBe('Không có mốc thời hạn nào đến hạn trong 90 ngày gần nhất.');
  });
  it('lists the points inside the window, most recent first', () => {
    const r = recentlyDueWithin(entries, '2023-04-15', 6);
    expect(r.entries.map((e) => e.due)).toEqual(['2023-03-31']);
    expect(r.empty).toBeNull();
  });
  it('counts days across month ends', () => {
    expect(daysBefore('2026-03-01', 1)).toBe('2026-02-28');
  });
});

describe('glanceDeadlines', () => {
  it('says a plan with no dated deadline has none, instead of "Không còn mốc nào" and "0/0"', () => {
    const g = { tasks: 3, targets: 0, quantitativeTargets: 0, next: null, passed: 0, dated: 0, undated: 3 };
    const d = glanceDeadlines(g);
    expect(d.nextText).toBe('Kế hoạch không ghi thời hạn cụ thể');
    expect(d.passedFigure).toBeNull();
    expect(`${d.nextText} ${d.passedText}`).not.toMatch(/0\/0|Không còn mốc nào/);
  });
  it('says every dated point has passed when none is left', () => {
    const d = glanceDeadlines(planGlance(bacKan, '2030-01-01'));
    expect(d.nextText).toBe('Mọi mốc thời hạn đã qua');
    expect(d.passedFigure).toBe('4/4');
  });
  it('gives the next date and the passed share otherwise', () => {
    const d = glanceDeadlines(planGlance(bacKan, '2022-07-01'));
    expect(d.nextText).toBe('01/12/2022');
    expect(d.passedFigure).toBe('2/4');
  });
});

describe('plan facts', () => {
  it('places a former commune in the province it belongs to today', () => {
    expect(placeFacts(lucBinh, site)).toEqual({
      place: 'xã Lục Bình, huyện Bạch Thông, tỉnh Bắc Kạn',
      province: { id: 'thai-nguyen', fullName: 'Tỉnh Thái Nguyên' },
      former: true,
    });
    expect(placeFacts(bacNinh, site).former).toBe(false);
  });
  it('opens the page of an OCR or restored copy with a notice, and no other', () => {
    expect(sourceNotice(bacKan)).toBeNull();
    const ocr = { ...bacKan, meta: { ...bacKan.meta, source: { file: 'x.txt', kind: 'ocr' as const, restored: false } } };
    expect(sourceNotice(ocr)).toMatch(/bản quét/);
    const restored = { ...lucBinh, meta: { ...lucBinh.meta, source: { file: 'x.txt', kind: 'ocr' as const, restored: true, note: 'Đã khôi phục dấu.' } } };
    expect(sourceNotice(restored)).toBe('Đã khôi phục dấu.');
  });
});

describe('sourceDocument', () => {
  it('names the document by kind, number, date and issuer, never by the stored file', () => {
    const s = sourceDocument(bacNinh);
    expect(s.document).toMatch(/^Kế hoạch (số \S+ )?/);
    expect(Object.values(s).join(' ')).not.toContain(bacNinh.meta.source.file);
    expect(sourceDocument(lucBinh).document).toBe('Kế hoạch tháng 4/2022 của Ủy ban nhân dân xã Lục Bình (bản sao không ghi số)');
  });
  it('says where it was published only when the content says so, and says when it is unknown', () => {
    expect(sourceDocument(lucBinh).publishedAt).toBeNull();
    expect(sourceDocument(lucBinh).unknownPlace).toMatch(/^Chưa rõ nơi công bố/);
    const published = { ...lucBinh, meta: { ...lucBinh.meta, source: { ...lucBinh.meta.source, publishedAt: { name: 'Công báo tỉnh', url: null } } } };
    expect(sourceDocument(published).publishedAt).toEqual({ name: 'Công báo tỉnh', url: null });
  });
});
