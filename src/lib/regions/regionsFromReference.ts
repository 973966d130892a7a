import { asciiSlug } from '../text/sectionId.ts';
import type { Region } from '../../schemas/region.ts';

/**
 * Derives `content/regions/*.json` from the verified reference data in `shared/reference/`:
 * `regions.json` (63 former and 34 current provincial units) and `units/` (the 696 districts and
 * 10,047 communes of the register of 01/03/2025 with their successors, and the 3,321 communes of
 * 01/07/2025 with the units they were formed from), so the region records can be regenerated and
 * audited instead of edited by hand. Ids follow CONTRIBUTING.md "Ids" and key on code + era:
 * provinces by name, districts and communes `<type>-<name>-<code>`, and a former unit whose id a
 * current unit also takes adds "-cu".
 */

/** The parts of `shared/reference/regions.json` this derivation reads. */
export interface RegionReference {
  before2025: Array<{
    code: string;
    name: string;
    fullName: string;
    type: string;
    mergedInto: { code: string; unchanged: boolean };
    source: string[];
  }>;
  after2025: Array<{
    code: string;
    name: string;
    fullName: string;
    type: string;
    codeSource: string[];
    formedFrom?: string[];
    formedFromSource?: string[];
  }>;
}

/** The parts of `shared/reference/units/units-2025.json` (units as of 01/07/2025) this derivation reads. */
export interface Units2025 {
  communes: Array<{
    code: string;
    /** With its type: "Phường Hoàn Kiếm", "Đặc khu Côn Đảo". */
    name: string;
    type: string;
    provinceCode: string;
    resolution: { document: string; clause: number | null; action: string };
  }>;
}

/** The parts of `shared/reference/units/former-2024.json` (the GSO register of 01/03/2025) this derivation reads. */
export interface Former2024 {
  districts: Array<{ code: string; name: string; type: string; provinceCode: string; successors: Array<{ code: string }> }>;
  communes: Array<{
    code: string;
    name: string;
    type: string;
    districtCode: string;
    provinceCode: string;
    successors: Array<{ code: string }>;
    status: string;
  }>;
}

/** The three reference files. */
export interface References {
  regions: RegionReference;
  units2025: Units2025;
  former2024: Former2024;
}

/** The region files, by file name without `.json`. */
export type RegionFiles = Record<'provinces-2025' | 'provinces-before-2025' | 'districts-before-2025' | 'communes-2025' | 'communes-before-2025', Region[]>;

const REF = 'shared/reference/regions.json';
const UNITS_2025 = 'shared/reference/units/units-2025.json';
const FORMER_2024 = 'shared/reference/units/former-2024.json';
const CUTOVER_FIRST_DAY = '2025-07-01';
const CUTOVER_LAST_DAY = '2025-06-30';
const DISTRICTS_ENDED = 'Từ ngày 01/7/2025 không còn đơn vị hành chính cấp huyện (Nghị quyết số 203/2025/QH15).';
const NO_SUCCESSOR =
  'Có trong danh mục đơn vị hành chính ngày 01/3/2025 nhưng không có trong bảng chuyển đổi năm 2025 của Cục Thống kê và các nghị quyết sắp xếp: chưa xác định được đơn vị kế thừa.';

/** Builds every region record from the references. */
export function regionsFromReference(refs: References): RegionFiles {
  const provinces = provincesFromReference(refs.regions);
  const units = unitsFromReference(refs, provinces);
  return {
    'provinces-2025': provinces.current,
    'provinces-before-2025': provinces.former,
    'districts-before-2025': units.districts,
    'communes-2025': units.currentCommunes,
    'communes-before-2025': units.formerCommunes,
  };
}

/**
 * A region file as committed: a JSON array with one unit per line, so that a change to one unit is
 * a one-line diff and 14,000 units stay a few megabytes.
 */
export function formatRegionFile(records: readonly Region[]): string {
  return `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}

function provincesFromReference(ref: RegionReference): { current: Region[]; former: Region[] } {
  const currentIdByCode = new Map(ref.after2025.map((a) => [a.code, slug(a.name)]));
  const currentIds = new Set(currentIdByCode.values());
  const unchangedCodes = new Set(ref.before2025.filter((b) => b.mergedInto.unchanged).map((b) => b.code));

  const current = ref.after2025.map((a): Region => {
    const unchanged = unchangedCodes.has(a.code) && (a.formedFrom ?? [a.name]).length <= 1;
    return {
      id: currentIdByCode.get(a.code)!,
      name: nfc(a.name),
      fullName: nfc(a.fullName),
      level: 'province',
      type: a.type,
      code: a.code,
      parent: null,
      validFrom: unchanged ? null : CUTOVER_FIRST_DAY,
      validTo: null,
      successors: [],
      fate: null,
      sources: [`${REF} after2025[code=${a.code}]`, ...a.codeSource.slice(0, 1), ...(a.formedFromSource ?? []).slice(0, 1)],
    };
  });

  const former = ref.before2025
    .filter((b) => !b.mergedInto.unchanged)
    .map((b): Region => {
      const own = slug(b.name);
      const successor = ref.after2025.find((a) => a.code === b.mergedInto.code)!;
      const others = (successor.formedFrom ?? []).filter((n) => n !== b.name);
      const kind = successor.type === 'tỉnh' ? 'tỉnh' : 'thành phố';
      return {
        id: currentIds.has(own) ? `${own}-cu` : own,
        name: nfc(b.name),
        fullName: nfc(b.fullName),
        level: 'province',
        type: b.type,
        code: b.code,
        parent: null,
        validFrom: null,
        validTo: CUTOVER_LAST_DAY,
        successors: [currentIdByCode.get(successor.code)!],
        fate: nfc(
          `Từ ngày 01/7/2025 hợp nhất với ${others.join(', ')} thành ${kind} ${successor.name} (mã ${successor.code}) theo Nghị quyết số 202/2025/QH15.`,
        ),
        sources: [`${REF} before2025[code=${b.code}]`, ...b.source.slice(0, 1)],
      };
    });
  return { current, former };
}

/** The former districts and communes (register of 01/03/2025) and the communes of 01/07/2025. */
function unitsFromReference(
  { units2025, former2024 }: References,
  provinces: { current: Region[]; former: Region[] },
): { districts: Region[]; currentCommunes: Region[]; formerCommunes: Region[] } {
  const currentProvinceId = new Map(provinces.current.map((p) => [p.code, p.id]));
  // A province the reform left unchanged is one record, valid in both eras.
  const formerProvinceId = new Map([
    ...provinces.current.filter((p) => p.validFrom === null).map((p): [string, string] => [p.code, p.id]),
    ...provinces.former.map((p): [string, string] => [p.code, p.id]),
  ]);

  const currentCommunes = [...units2025.communes].sort(byCode).map((c) => {
    const { document, clause, action } = c.resolution;
    const resolution = clause === null ? `Nghị quyết số ${document} (${action})` : `Nghị quyết số ${document}, khoản ${clause} (${action})`;
    return unitRegion(c, 'commune', {
      parent: must(currentProvinceId, c.provinceCode),
      validFrom: CUTOVER_FIRST_DAY,
      validTo: null,
      successors: [],
      fate: null,
      sources: [resolution, UNITS_2025],
    });
  });
  const currentCommuneId = new Map(currentCommunes.map((c) => [c.code, c.id]));
  const currentIds = new Set(currentCommunes.map((c) => c.id));

  const districts = [...former2024.districts].sort(byCode).map((d) =>
    unitRegion(d, 'district', {
      parent: must(formerProvinceId, d.provinceCode),
      validFrom: null,
      validTo: CUTOVER_LAST_DAY,
      successors: d.successors.map((s) => must(currentCommuneId, s.code)),
      fate: DISTRICTS_ENDED,
      sources: [FORMER_2024],
    }),
  );
  const districtId = new Map(districts.map((d) => [d.code, d.id]));

  const formerCommunes = [...former2024.communes].sort(byCode).map((c) => {
    const unit = unitRegion(c, 'commune', {
      parent: must(districtId, c.districtCode),
      validFrom: null,
      validTo: CUTOVER_LAST_DAY,
      // A unit split among several new communes lists every one of them.
      successors: c.successors.map((s) => must(currentCommuneId, s.code)),
      fate: c.successors.length === 0 ? NO_SUCCESSOR : null,
      sources: [FORMER_2024],
    });
    // Codes were reused in 2025: a former unit whose name and code live on yields its id.
    return currentIds.has(unit.id) ? { ...unit, id: `${unit.id}-cu` } : unit;
  });
  return { districts, currentCommunes, formerCommunes };
}

/** Where a unit sits in time and in the tree, and where that is written: what differs between the registers. */
type UnitPlace = Pick<Region, 'parent' | 'validFrom' | 'validTo' | 'successors' | 'fate' | 'sources'>;

/**
 * A district or commune of a register as a region: its id, names, type and code read the same way
 * from every register ("Thị trấn Đắk Mâm", type "Thị trấn" → "thi-tran-dak-mam-24688", "Đắk Mâm").
 */
function unitRegion(unit: { name: string; type: string; code: string }, level: 'district' | 'commune', place: UnitPlace): Region {
  const type = unit.type.toLowerCase();
  const name = shortName(unit.name, type);
  return { id: unitId(type, name, unit.code), name, fullName: nfc(unit.name), level, type, code: unit.code, ...place };
}

/** "<type>-<name>-<GSO code>": "xa-nam-da-24697", "thi-tran-dak-mam-24688", "huyen-krong-no-664". */
function unitId(type: string, name: string, code: string): string {
  return `${slug(type)}-${slug(name)}-${code}`;
}

/** The name without its type: ("Thị trấn Đắk Mâm", "thị trấn") → "Đắk Mâm"; "Phường Phường Đúc" → "Phường Đúc". */
function shortName(fullName: string, type: string): string {
  const name = nfc(fullName);
  return name.toLowerCase().startsWith(`${type} `) ? name.slice(type.length + 1) : name;
}

/** ASCII slug of a Vietnamese name: "Nâm N'Đir" → "nam-n-dir", "Đắk Nông" → "dak-nong". */
function slug(s: string): string {
  return asciiSlug(nfc(s));
}

function byCode(a: { code: string }, b: { code: string }): number {
  return a.code.localeCompare(b.code);
}

function must(map: ReadonlyMap<string, string>, code: string): string {
  const id = map.get(code);
  if (id === undefined) throw new Error(`Dữ liệu tham chiếu không có đơn vị mã ${code}.`);
  return id;
}

function nfc(s: string): string {
  return s.normalize('NFC');
}
