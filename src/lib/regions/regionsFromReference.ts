import type { Region } from '../../schemas/region.ts';
import { asciiSlug } from '../text/sectionId.ts';

/**
 * Derives `content/regions/*.json` from the verified reference `shared/reference/regions.json`
 * (63 former and 34 current provincial units, and the units that issued the seed plans), so the
 * region records can be regenerated and audited instead of edited by hand. Ids follow
 * CONTRIBUTING.md: a former unit whose id a current unit also takes gets "-cu".
 */

/** The parts of the reference file this derivation reads. */
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
  units: {
    'krong-no': {
      gsoDistrictCodeSource: string[];
      communesBefore: Array<{ code: string; name: string; becameCode: string }>;
      fate2025: { newCommunes: Array<{ code: string; name: string; clause: string }>; source: string[] };
    };
    'luc-binh': {
      gsoCommuneCodeSource: string[];
      fate2025: { newCommune: { code: string; name: string }; clause: string; source: string[] };
    };
  };
}

/** The four region files, by file name without `.json`. */
export type RegionFiles = Record<'provinces-2025' | 'provinces-before-2025' | 'districts' | 'communes', Region[]>;

const REF = 'shared/reference/regions.json';
const CUTOVER_FIRST_DAY = '2025-07-01';
const CUTOVER_LAST_DAY = '2025-06-30';

/** Builds every region record from the reference. */
export function regionsFromReference(ref: RegionReference): RegionFiles {
  const provinces = provincesFromReference(ref);
  const { districts, communes } = seedUnitsFromReference(ref, provinces.former);
  return {
    'provinces-2025': provinces.current,
    'provinces-before-2025': provinces.former,
    districts,
    communes,
  };
}

function provincesFromReference(ref: RegionReference): { current: Region[]; former: Region[] } {
  const currentIdByCode = new Map(ref.after2025.map((a) => [a.code, asciiSlug(a.name)]));
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
      const slug = asciiSlug(b.name);
      const successor = ref.after2025.find((a) => a.code === b.mergedInto.code)!;
      const others = (successor.formedFrom ?? []).filter((n) => n !== b.name);
      const kind = successor.type === 'tỉnh' ? 'tỉnh' : 'thành phố';
      return {
        id: currentIds.has(slug) ? `${slug}-cu` : slug,
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

/** The districts and communes of the seed plans: Krông Nô and its communes, Bạch Thông and Lục Bình, and what they became. */
function seedUnitsFromReference(ref: RegionReference, formerProvinces: Region[]): { districts: Region[]; communes: Region[] } {
  const kn = ref.units['krong-no'];
  const lb = ref.units['luc-binh'];
  const KREF = `${REF} units.krong-no`;
  const LREF = `${REF} units.luc-binh`;
  const formerProvince = (code: string): string => formerProvinces.find((r) => r.code === code)!.id;

  const newCommunes: Region[] = [
    ...kn.fate2025.newCommunes.map((c) =>
      newCommune(c.code, c.name, 'lam-dong', [`${KREF} fate2025.newCommunes`, `Nghị quyết 1671/NQ-UBTVQH15, ${c.clause}`]),
    ),
    newCommune(lb.fate2025.newCommune.code, lb.fate2025.newCommune.name, 'thai-nguyen', [`${LREF} fate2025.newCommune`, lb.fate2025.clause]),
  ];
  const newById = (code: string): Region => newCommunes.find((c) => c.code === code)!;

  const krongNo: Region = {
    id: 'huyen-krong-no-664',
    name: 'Krông Nô',
    fullName: 'Huyện Krông Nô',
    level: 'district',
    type: 'huyện',
    code: '664',
    parent: formerProvince('67'),
    validFrom: null,
    validTo: CUTOVER_LAST_DAY,
    successors: kn.fate2025.newCommunes.map((c) => newById(c.code).id),
    fate: 'Từ ngày 01/7/2025 không còn đơn vị hành chính cấp huyện (Nghị quyết số 203/2025/QH15); các xã, thị trấn của huyện được sắp xếp thành các xã Krông Nô, Nam Đà, Nâm Nung, Quảng Phú và Đắk Sắk thuộc tỉnh Lâm Đồng (Nghị quyết số 1671/NQ-UBTVQH15).',
    sources: [KREF, ...kn.gsoDistrictCodeSource.slice(0, 1), ...kn.fate2025.source.slice(0, 1)],
  };
  const bachThong: Region = {
    id: 'huyen-bach-thong-063',
    name: 'Bạch Thông',
    fullName: 'Huyện Bạch Thông',
    level: 'district',
    type: 'huyện',
    code: '063',
    parent: formerProvince('06'),
    validFrom: null,
    validTo: CUTOVER_LAST_DAY,
    successors: [],
    fate: 'Từ ngày 01/7/2025 không còn đơn vị hành chính cấp huyện (Nghị quyết số 203/2025/QH15).',
    sources: [`${LREF} district`, 'shared/reference/regions-notes.md §Verified 4 (two-level local government from 1/7/2025)'],
  };

  const formerCommunes: Region[] = kn.communesBefore.map((c) => {
    const successor = newById(c.becameCode);
    return {
      id: communeId(c.name, c.code),
      name: shortName(c.name),
      fullName: c.name,
      level: 'commune',
      type: unitType(c.name),
      code: c.code,
      parent: krongNo.id,
      validFrom: null,
      validTo: CUTOVER_LAST_DAY,
      successors: [successor.id],
      fate: `Từ ngày 01/7/2025 là một phần của ${successor.fullName}, tỉnh Lâm Đồng (Nghị quyết số 1671/NQ-UBTVQH15).`,
      sources: [`${KREF} communesBefore`],
    };
  });
  const lucBinh: Region = {
    id: 'xa-luc-binh-01990',
    name: 'Lục Bình',
    fullName: 'Xã Lục Bình',
    level: 'commune',
    type: 'xã',
    code: '01990',
    parent: bachThong.id,
    validFrom: null,
    validTo: CUTOVER_LAST_DAY,
    successors: [newById('01969').id],
    fate: 'Từ ngày 01/7/2025 cùng thị trấn Phủ Thông, xã Vi Hương và xã Tân Tú sắp xếp thành xã Phủ Thông, tỉnh Thái Nguyên (Nghị quyết số 1683/NQ-UBTVQH15, Điều 1 khoản 60).',
    sources: [LREF, ...lb.gsoCommuneCodeSource.slice(0, 1), ...lb.fate2025.source.slice(0, 1)],
  };

  // Commune codes were reused in 2025 (old and new xã Nam Đà are both 24697): the former unit yields its id.
  const currentIds = new Set(newCommunes.map((c) => c.id));
  const former = [...formerCommunes, lucBinh].map((c) => (currentIds.has(c.id) ? { ...c, id: `${c.id}-cu` } : c));
  return { districts: [krongNo, bachThong], communes: [...former, ...newCommunes] };
}

function newCommune(code: string, fullName: string, parent: string, sources: string[]): Region {
  return {
    id: communeId(fullName, code),
    name: shortName(fullName),
    fullName,
    level: 'commune',
    type: 'xã',
    code,
    parent,
    validFrom: CUTOVER_FIRST_DAY,
    validTo: null,
    successors: [],
    fate: null,
    sources,
  };
}

/** "Thị trấn Đắk Mâm" → "thị trấn", "Xã Nam Đà" → "xã". */
function unitType(fullName: string): string {
  return fullName.startsWith('Thị trấn') ? 'thị trấn' : fullName.split(' ')[0]!.toLowerCase();
}

function shortName(fullName: string): string {
  return fullName.replace(/^(Xã|Thị trấn|Huyện|Phường)\s+/, '');
}

/** "<type>-<name>-<GSO code>": "xa-nam-da-24697". */
function communeId(fullName: string, code: string): string {
  return `${asciiSlug(unitType(fullName))}-${asciiSlug(shortName(fullName))}-${code}`;
}

function nfc(s: string): string {
  return s.normalize('NFC');
}
