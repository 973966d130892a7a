import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Region } from '../../src/schemas/region.ts';
import { describe, expect, it } from 'vitest';
import { asciiSlug, taskIdFromSection } from '../../src/lib/text/sectionId.ts';

describe('taskIdFromSection', () => {
  it('writes "III.2.đ" as "nv-iii-2-dd" (đ never collides with d)', () => {
    expect(taskIdFromSection('III.2.đ')).toBe('nv-iii-2-dd');
  });
  it('writes "III.2.d" as "nv-iii-2-d"', () => {
    expect(taskIdFromSection('III.2.d')).toBe('nv-iii-2-d');
  });
  it('writes "II.1.a" as "nv-ii-1-a"', () => {
    expect(taskIdFromSection('II.1.a')).toBe('nv-ii-1-a');
  });
  it('adds "-y2" for the second bullet under "III.5.a"', () => {
    expect(taskIdFromSection('III.5.a', 2)).toBe('nv-iii-5-a-y2');
  });
  it('lowercases a capital "Đ" the same way: "IV.Đ" → "nv-iv-dd"', () => {
    expect(taskIdFromSection('IV.Đ')).toBe('nv-iv-dd');
  });
  it('ignores trailing dots and spaces: " III.2.đ. " → "nv-iii-2-dd"', () => {
    expect(taskIdFromSection(' III.2.đ. ')).toBe('nv-iii-2-dd');
  });
  it('keeps multi-digit numbering from seed 002: "2.1.3" → "nv-2-1-3"', () => {
    expect(taskIdFromSection('2.1.3')).toBe('nv-2-1-3');
  });
});

describe('asciiSlug', () => {
  it('slugs "Krông Nô" as "krong-no"', () => {
    expect(asciiSlug('Krông Nô')).toBe('krong-no');
  });
  it('writes đ as d: "Đắk Nông" → "dak-nong"', () => {
    expect(asciiSlug('Đắk Nông')).toBe('dak-nong');
  });
  it('drops punctuation and joins words: "Văn phòng HĐND & UBND huyện" → "van-phong-hdnd-ubnd-huyen"', () => {
    expect(asciiSlug('Văn phòng HĐND & UBND huyện')).toBe('van-phong-hdnd-ubnd-huyen');
  });
  it('trims hyphens at both ends: " – Lục Bình – " → "luc-binh"', () => {
    expect(asciiSlug(' – Lục Bình – ')).toBe('luc-binh');
  });
  it('splits words at apostrophes and keeps capitals inside a word together: "Ea H\'Leo" → "ea-h-leo", "KrôngNô" → "krongno"', () => {
    expect(asciiSlug("Ea H'Leo")).toBe('ea-h-leo');
    expect(asciiSlug('KrôngNô')).toBe('krongno');
  });
  it('gives every committed region its id: <type>-<name>-<code>, a province its name (a former one adds -cu)', () => {
    const regions = readdirSync(regionsDir).flatMap((f) => JSON.parse(readFileSync(join(regionsDir, f), 'utf8')) as Region[]);
    expect(regions.length).toBeGreaterThan(100);
    for (const r of regions) {
      const id = r.level === 'province' ? asciiSlug(r.name) : `${asciiSlug(r.type)}-${asciiSlug(r.name)}-${r.code}`;
      expect(r.id.replace(/-cu$/, ''), r.fullName).toBe(id);
    }
  });
});

const regionsDir = join(import.meta.dirname, '../../content/regions');
