import { describe, expect, it } from 'vitest';
import { agencyPhrases } from '../../../src/lib/search/agencyPhrases.ts';
import { parseQuery } from '../../../src/lib/search/query.ts';
import { isFullMatch, matchRecord, tokensOf } from '../../../src/lib/search/rank.ts';
import type { Agency } from '../../../src/schemas/index.ts';

const soYTe: Agency = {
  id: 'so-y-te',
  name: 'Sở Y tế',
  names: { province: 'Sở Y tế', district: 'Phòng Y tế', commune: 'Trạm Y tế xã' },
  aliases: ['Trung tâm Y tế huyện'],
  collective: false,
  sector: 'chuyen-mon',
};
const congAn: Agency = { id: 'cong-an', name: 'Công an', names: { province: 'Công an tỉnh' }, aliases: [], collective: false, sector: 'cong-an' };
const phrases = agencyPhrases([soYTe, congAn]);
const none = tokensOf('');
const full = (query: string, text: string, place = none) => {
  const q = parseQuery(query, phrases);
  return isFullMatch(q, matchRecord(q, tokensOf(text), place));
};

describe('agency names match as phrases', () => {
  it('folds every name of two words or more, longest first', () => {
    expect(phrases).toEqual(['trung tam y te huyen', 'tram y te xa', 'cong an tinh', 'phong y te', 'so y te', 'cong an']);
  });

  it('"Sở Y tế" finds Sở Y tế, not "cơ sở dữ liệu … y tế"', () => {
    expect(full('Sở Y tế', 'Sở Y tế chủ trì, phối hợp với Công an tỉnh')).toBe(true);
    expect(full('so y te', 'Kết nối cơ sở dữ liệu về y tế')).toBe(false);
    // Without the agency list the scattered words still match: the rule comes from the names.
    const q = parseQuery('so y te');
    expect(isFullMatch(q, matchRecord(q, tokensOf('Kết nối cơ sở dữ liệu về y tế'), none))).toBe(true);
  });

  it('keeps the other words of the query free: "Sở Y tế VNeID"', () => {
    expect(full('Sở Y tế VNeID', 'Sở Y tế triển khai ứng dụng VNeID')).toBe(true);
    expect(full('Sở Y tế VNeID', 'VNeID; y tế; cơ sở')).toBe(false);
  });

  it('reads a quoted query as one phrase', () => {
    expect(parseQuery('"căn cước công dân"', phrases).runs).toEqual([['can', 'cuoc', 'cong', 'dan']]);
    expect(full('"căn cước công dân"', 'thẻ Căn cước công dân')).toBe(true);
    expect(full('"căn cước công dân"', 'công dân có thẻ căn cước')).toBe(false);
  });

  it("accepts a phrase held by the plan's place words", () => {
    expect(full('công an tỉnh', 'nhiệm vụ', tokensOf('Công an tỉnh'))).toBe(true);
  });
});
