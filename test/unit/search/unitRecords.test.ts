import { describe, expect, it } from 'vitest';
import { unitRecords } from '../../../src/lib/search/unitRecords.ts';
import { fixtureSite } from '../site/fixture.ts';

describe('search records of administrative units', () => {
  const groups = unitRecords(fixtureSite());
  const all = groups.flatMap((g) => g.records);

  it('has a record for every current commune and every former unit that issued a plan, grouped by current province', () => {
    expect(all.map((r) => r.url).sort()).toEqual(['/xa/xa-luc-binh-01990/', '/xa/xa-phu-thong-01969/']);
    expect(groups.map((g) => [g.plan.id, g.plan.tinh])).toEqual([['don-vi-thai-nguyen', ['thai-nguyen']]]);
  });

  it('finds a commune by its name and by the names of the former communes it took in', () => {
    const phuThong = all.find((r) => r.url === '/xa/xa-phu-thong-01969/')!;
    expect(phuThong).toMatchObject({ kind: 'don-vi', text: 'Xã Phủ Thông', extra: 'Xã Lục Bình' });
    expect(phuThong.facts.formedFrom).toBe('xã Lục Bình');
    expect(all.find((r) => r.url === '/xa/xa-luc-binh-01990/')?.text).toBe('Xã Lục Bình (cũ)');
  });
});
