import { describe, expect, it } from 'vitest';
import { searchFilterOptions } from '../../../src/lib/search/filterOptions.ts';
import { seedRecords, seedSite } from './seedSite.ts';

describe('search filter choices for the bundled plans', () => {
  const options = searchFilterOptions(seedRecords, seedSite);

  it('offers current provinces and the former ones, which say so', () => {
    const current = options.tinh.find((g) => g.label.includes('hiện nay'))!.options.map((o) => o.value);
    const former = options.tinh.find((g) => g.label.includes('trước'))!.options;
    expect(current).toEqual(expect.arrayContaining(['thai-nguyen', 'lam-dong', 'bac-ninh']));
    expect(former.map((o) => o.value)).toEqual(expect.arrayContaining(['bac-kan', 'dak-nong']));
    expect(former.find((o) => o.value === 'bac-kan')?.label).toBe('Tỉnh Bắc Kạn (cũ)');
  });

  it('offers the four kinds (units too), the levels that issued plans, and only years and agencies that occur', () => {
    expect(options.loai.map((o) => o.label)).toEqual(['Kế hoạch', 'Nhiệm vụ', 'Chỉ tiêu', 'Xã, phường']);
    expect(options.cap.map((o) => o.value)).toEqual(['province', 'district', 'commune']);
    expect(options.nam.map((o) => o.value)).toContain('2022');
    expect(options['co-quan'].map((o) => o.value)).toContain('so-y-te');
    expect(options['co-quan'].find((o) => o.value === 'so-y-te')?.label).toBe('Sở Y tế');
  });

  it('groups utility groups by programme, each group once', () => {
    const values = options.nhom.flatMap((g) => g.options.map((o) => o.value));
    expect(new Set(values).size).toBe(values.length);
    expect(values).toContain('cong-dan-so');
  });
});
