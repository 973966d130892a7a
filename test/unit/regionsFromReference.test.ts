import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { regionsFromReference, type RegionReference } from '../../src/lib/regions/regionsFromReference.ts';
import { hasShared, sharedPath } from '../support/shared.ts';

const REFERENCE = 'reference/regions.json';

describe.skipIf(!hasShared(REFERENCE))('regions derived from the reference data', () => {
  let files: ReturnType<typeof regionsFromReference>;
  // In a hook, not the suite body: a skipped suite's body still runs.
  beforeAll(() => {
    files = regionsFromReference(JSON.parse(readFileSync(sharedPath(REFERENCE), 'utf8')) as RegionReference);
  });

  it('are exactly the committed content/regions files', () => {
    for (const [name, records] of Object.entries(files)) {
      const committed: unknown = JSON.parse(readFileSync(join(import.meta.dirname, `../../content/regions/${name}.json`), 'utf8'));
      expect(committed, name).toEqual(records);
    }
  });

  it('has 34 current and 52 former provincial units (the 11 unchanged ones are one record each)', () => {
    expect(files['provinces-2025']).toHaveLength(34);
    expect(files['provinces-before-2025']).toHaveLength(52);
    expect(files['provinces-2025'].filter((r) => r.validFrom === null)).toHaveLength(11);
  });

  it('tells apart a former unit whose name lives on: Bắc Ninh (27) is bac-ninh-cu, its successor (24) bac-ninh', () => {
    const former = files['provinces-before-2025'].find((r) => r.code === '27');
    expect(former).toMatchObject({ id: 'bac-ninh-cu', successors: ['bac-ninh'], validTo: '2025-06-30' });
    expect(files['provinces-2025'].find((r) => r.id === 'bac-ninh')).toMatchObject({ code: '24', validFrom: '2025-07-01' });
  });

  it('gives a reused commune code two ids: the former xã Nam Đà 24697 yields to the 2025 one', () => {
    const ids = files.communes.filter((r) => r.code === '24697').map((r) => r.id);
    expect(ids.sort()).toEqual(['xa-nam-da-24697', 'xa-nam-da-24697-cu']);
  });

  it('follows Lục Bình to xã Phủ Thông of the new Thái Nguyên', () => {
    const lucBinh = files.communes.find((r) => r.id === 'xa-luc-binh-01990');
    expect(lucBinh?.successors).toEqual(['xa-phu-thong-01969']);
    expect(files.communes.find((r) => r.id === 'xa-phu-thong-01969')?.parent).toBe('thai-nguyen');
  });
});
