import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatRegionFile, regionsFromReference, type References, type RegionFiles } from '../../src/lib/regions/regionsFromReference.ts';
import type { Region } from '../../src/schemas/region.ts';

const reference = join(import.meta.dirname, '../../../shared/reference');
const regionsDir = join(import.meta.dirname, '../../content/regions');

/** The 107 ids that plans and published URLs used before every unit was generated: they must never change. */
const IDS_BEFORE = {
  districts: ['huyen-krong-no-664', 'huyen-bach-thong-063'],
  communes: [
    'thi-tran-dak-mam-24688',
    'xa-dak-sor-24691',
    'xa-nam-xuan-24692',
    'xa-buon-choah-24694',
    'xa-nam-da-24697-cu',
    'xa-tan-thanh-24699',
    'xa-dak-dro-24700',
    'xa-nam-nung-24703-cu',
    'xa-duc-xuyen-24706',
    'xa-dak-nang-24709',
    'xa-quang-phu-24712-cu',
    'xa-nam-n-dir-24715',
    'xa-luc-binh-01990',
    'xa-krong-no-24688',
    'xa-nam-da-24697',
    'xa-nam-nung-24703',
    'xa-quang-phu-24712',
    'xa-dak-sak-24678',
    'xa-phu-thong-01969',
  ],
  provinces: ['ha-noi', 'thai-nguyen', 'bac-ninh', 'lam-dong', 'da-nang', 'bac-kan', 'bac-ninh-cu', 'thai-nguyen-cu', 'dak-nong', 'quang-nam'],
};

// Guard before reading: without ../shared (a clone on its own) the whole suite is skipped, and
// nothing is read while vitest collects the tests.
describe.skipIf(!existsSync(join(reference, 'units/units-2025.json')))('regions derived from the reference data', () => {
  let files: RegionFiles;
  let all: Region[];
  let byId: Map<string, Region>;
  beforeAll(() => {
    const read = <T>(file: string): T => JSON.parse(readFileSync(join(reference, file), 'utf8')) as T;
    const refs: References = { regions: read('regions.json'), units2025: read('units/units-2025.json'), former2024: read('units/former-2024.json') };
    files = regionsFromReference(refs);
    all = Object.values(files).flat();
    byId = new Map(all.map((r) => [r.id, r]));
  });

  it('are exactly the committed content/regions files, and nothing else is there', () => {
    expect(readdirSync(regionsDir).sort()).toEqual(
      Object.keys(files)
        .map((n) => `${n}.json`)
        .sort(),
    );
    for (const [name, records] of Object.entries(files)) {
      // Text comparison: one unit per line, so a difference reads as a line of the file.
      expect(readFileSync(join(regionsDir, `${name}.json`), 'utf8'), name).toBe(formatRegionFile(records));
    }
  });

  it('holds every unit once: 34 + 52 provincial units, 696 districts, 3,321 communes of 2025 and 10,047 before', () => {
    expect(files['provinces-2025']).toHaveLength(34);
    expect(files['provinces-before-2025']).toHaveLength(52);
    expect(files['provinces-2025'].filter((r) => r.validFrom === null)).toHaveLength(11);
    expect(files['districts-before-2025']).toHaveLength(696);
    expect(files['communes-2025']).toHaveLength(3321);
    expect(files['communes-before-2025']).toHaveLength(10047);
    expect(byId.size).toBe(all.length);
  });

  it('keeps every id that existed before, with its code and era', () => {
    for (const id of [...IDS_BEFORE.districts, ...IDS_BEFORE.communes, ...IDS_BEFORE.provinces]) expect(byId.has(id), id).toBe(true);
    expect(byId.get('xa-luc-binh-01990')).toMatchObject({ code: '01990', validTo: '2025-06-30', parent: 'huyen-bach-thong-063' });
    expect(byId.get('huyen-bach-thong-063')).toMatchObject({ parent: 'bac-kan', level: 'district' });
  });

  it('tells apart a former unit whose name lives on: Bắc Ninh (27) is bac-ninh-cu, its successor (24) bac-ninh', () => {
    expect(byId.get('bac-ninh-cu')).toMatchObject({ code: '27', successors: ['bac-ninh'], validTo: '2025-06-30' });
    expect(byId.get('bac-ninh')).toMatchObject({ code: '24', validFrom: '2025-07-01' });
  });

  it('gives a reused commune code two ids: the former xã Nam Đà 24697 yields to the 2025 one', () => {
    expect(
      all
        .filter((r) => r.code === '24697')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['xa-nam-da-24697', 'xa-nam-da-24697-cu']);
    expect(byId.get('xa-nam-da-24697-cu')?.successors).toEqual(['xa-nam-da-24697']);
  });

  it('keys on code, not name: the two xã Krông Nô of 2025 lie in Lâm Đồng and Đắk Lắk', () => {
    expect(files['communes-2025'].filter((r) => r.name === 'Krông Nô').map((r) => [r.id, r.parent])).toEqual([
      ['xa-krong-no-24604', 'dak-lak'],
      ['xa-krong-no-24688', 'lam-dong'],
    ]);
  });

  it('follows Lục Bình to xã Phủ Thông of the new Thái Nguyên, with the resolution as its source', () => {
    expect(byId.get('xa-luc-binh-01990')?.successors).toEqual(['xa-phu-thong-01969']);
    expect(byId.get('xa-phu-thong-01969')).toMatchObject({ parent: 'thai-nguyen', validFrom: '2025-07-01' });
    expect(byId.get('xa-phu-thong-01969')?.sources[0]).toBe('Nghị quyết số 1683/NQ-UBTVQH15, khoản 60 (sắp xếp)');
  });

  it('lists every successor of a unit split among several: phường Cửa Nam 00073 went to four', () => {
    expect(byId.get('phuong-cua-nam-00073')?.successors).toEqual([
      'phuong-ba-dinh-00004',
      'phuong-hoan-kiem-00070',
      'phuong-cua-nam-00082',
      'phuong-van-mieu-quoc-tu-giam-00226',
    ]);
  });

  it('marks the 12 register entries without a verified successor instead of guessing', () => {
    const orphans = files['communes-before-2025'].filter((r) => r.successors.length === 0);
    expect(orphans).toHaveLength(12);
    expect(orphans.every((r) => r.fate?.includes('chưa xác định được đơn vị kế thừa'))).toBe(true);
  });

  it('points every parent and successor at a unit of the right era', () => {
    const broken = all.flatMap((r) => [
      ...(r.parent === null || byId.has(r.parent) ? [] : [`${r.id} parent ${r.parent}`]),
      ...r.successors.filter((s) => byId.get(s)?.validFrom !== '2025-07-01').map((s) => `${r.id} → ${s}`),
    ]);
    expect(broken).toEqual([]);
    // A district whose only land became a special zone still says where it went.
    expect(byId.get('huyen-con-dao-755')?.successors).toEqual(['dac-khu-con-dao-26732']);
  });
});
