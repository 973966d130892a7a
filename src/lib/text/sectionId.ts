import slugify from '@sindresorhus/slugify';

/**
 * The task id for a document numbering, per CONTRIBUTING "Ids": `nv-` + the numbering in ASCII,
 * `.` → `-`, Roman numerals lowercased and `đ` written `dd` so it never collides with `d`.
 * A bullet that is its own task under the numbered item adds `-y<n>` (its 1-based position):
 * "III.2.đ" → "nv-iii-2-dd"; "III.5.a" with bullet 2 → "nv-iii-5-a-y2".
 */
export function taskIdFromSection(section: string, bullet?: number): string {
  const parts = section
    .trim()
    .replace(/[đĐ]/g, 'dd')
    .split(/[.\s/)]+/)
    .map((p) => asciiSlug(p))
    .filter((p) => p.length > 0);
  const id = `nv-${parts.join('-')}`;
  return bullet === undefined ? id : `${id}-y${bullet}`;
}

/**
 * Lowercase ASCII words joined by hyphens, for region and agency ids:
 * "Krông Nô" → "krong-no", "Đắk Nông" → "dak-nong", "Sở Tư pháp" → "so-tu-phap".
 * "&" and apostrophes separate words rather than spell "and" or vanish, and capitals inside a word
 * ("HĐND") never split it, as the ids in content/ were written.
 */
export function asciiSlug(s: string): string {
  return slugify(s.normalize('NFC'), { decamelize: false, customReplacements: SEPARATORS });
}

const SEPARATORS: Array<[string, string]> = ['&', "'", '’'].map((c) => [c, ' ']);
