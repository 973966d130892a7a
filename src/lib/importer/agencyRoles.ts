import type { Agency } from '../../schemas/agency.ts';
import { foldWord, LEVEL, tokenize, type Token } from './agencyTokens.ts';
import { editDistance } from './ocrRepair.ts';
import { STRUCTURE_VOCABULARY } from './labels.ts';

/** One way of writing an agency, as folded words. */
interface AliasEntry {
  words: string[];
  id: string;
  /** A collective list without its "các": matched only where a list starts, never inside another list. */
  bare?: boolean;
}

/** The catalogue's agency names prepared for matching. */
export interface AgencyIndex {
  /** Every name and alias, longest first so that "các sở, ban, ngành, địa phương liên quan" wins over "sở". */
  entries: AliasEntry[];
  /** Every folded word of every name, for reading OCR words. */
  vocabulary: Set<string>;
}

/** Prepares the catalogue's names and aliases (all levels) for `matchAgencies`. */
export function buildAgencyIndex(agencies: Agency[]): AgencyIndex {
  const entries: AliasEntry[] = [];
  const vocabulary = new Set<string>(STRUCTURE_VOCABULARY);
  for (const a of agencies) {
    const names = [a.name, ...Object.values(a.names), ...a.aliases].filter((s): s is string => typeof s === 'string');
    for (const n of names) {
      const words = tokenize(n, null).map((t) => t.key);
      if (words.length === 0) continue;
      entries.push({ words, id: a.id });
      // A collective list is written with or without its "các": "… và sở, ban, ngành, đoàn thể, địa phương".
      if (a.collective && words[0] === 'cac' && words.length >= 4) entries.push({ words: words.slice(1), id: a.id, bare: true });
      for (const w of words) vocabulary.add(w);
    }
  }
  entries.sort((x, y) => y.words.length - x.words.length || y.words.join(' ').length - x.words.join(' ').length);
  return { entries, vocabulary };
}

/** Words that carry no agency name by themselves. */
const FILLER = new Set('cac voi cung thuc hien trien khai lien quan co chu tri phoi hop de nghi va theo chuc nang nhiem vu duoc giao'.split(' '));
/** Words that name a body: an unknown name must hold one of them to be proposed as an agency. */
const BODY_WORDS = new Set(
  'dai so phong ban cong trung tam chi cuc ubnd uy to hoi truong tram vien toa doi bo doan nganh chuc van thanh tra kho bac ngan hang bao hiem buu dien doanh nghiep hdnd mat tran'.split(
    ' ',
  ),
);

/** Words a body's name starts with: after "và", anything else continues the name before it ("Trung tâm Văn hóa - Thể thao và Truyền thanh"). */
const HEAD_WORDS = new Set(
  'dai so phong ban trung cong chi cuc ubnd uy to hoi truong tram vien toa doi bo doan buu ngan kho bao van thanh cac doanh hop dien mat hdnd nguoi ho'.split(
    ' ',
  ),
);
/** Generic kinds of body, the words of a collective list: "các phòng, ban, ngành, đơn vị, địa phương (có) liên quan". */
const KIND_WORDS = new Set('so phong ban nganh don vi co quan dia phuong doan the to chuc bo phan lien hoi doanh nghiep'.split(' '));
/** Level words, compared loosely with the level key on OCR text ("x4" for "xã"). */
const LEVEL_SPELLINGS = ['tinh', 'huyen', 'xa', 'phuong', 'quan'];

/** Agencies found in a piece of text, and the names the catalogue does not know. */
export interface AgencyMatch {
  ids: string[];
  /** Unknown names, as written (from the original text). */
  unknown: string[];
}

/**
 * Finds the catalogue agencies a phrase names, matching the longest names and aliases first and
 * ignoring case, diacritics and commas (so "các sở, ban, ngành, địa phương liên quan" is one
 * collective assignee) and any level word (so "Văn phòng HĐND và UBND xã" is the catalogue's
 * "Văn phòng HĐND và UBND huyện", and "UBND các huyện, thị xã, thành phố" its "UBND các huyện,
 * thành phố"); what remains between separators (",", ";", "và") is returned as unknown names when
 * it looks like a body — a "và" followed by a word that does not open a body's name joins, as in
 * "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện". On OCR text, words are compared loosely.
 */
export function matchAgencies(text: string, index: AgencyIndex, ocr: boolean): AgencyMatch {
  const tokens = tokenize(blankQualifiers(text), null);
  // OCR misreads a letter or two per word ("chirc" for "chức", "t6" for "tổ"): compare words loosely there.
  const same = (word: string, want: string): boolean => {
    if (word === want) return true;
    if (!ocr) return false;
    // Only a garbled short word ("x4") is read as a level: "phong" is a word of its own, not "phuong".
    if (want === LEVEL) return (word.length <= 2 || /[^a-z]/.test(word)) && LEVEL_SPELLINGS.some((l) => editDistance(word, l) <= 1);
    if (/[-&]/.test(want)) return false;
    const max = want.length >= 4 && word.length >= 5 ? 3 : want.length >= 4 && word.length >= 4 ? 2 : want.length >= 3 ? 1 : /[^a-z]/.test(word) ? 1 : 0;
    return max > 0 && word[0] === want[0] && editDistance(word, want) <= max;
  };
  const used = new Array<boolean>(tokens.length).fill(false);
  const listStart = (i: number): boolean => i === 0 || (tokens[i]!.andBefore && !KIND_WORDS.has(tokens[i - 1]!.key) && tokens[i - 1]!.key !== 'cac');
  const hits: { at: number; id: string; len: number }[] = [];
  for (const e of index.entries) {
    for (let i = 0; i + e.words.length <= tokens.length; i++) {
      if (e.bare && !listStart(i)) continue;
      let ok = true;
      for (let k = 0; k < e.words.length; k++) {
        if (used[i + k] || !same(tokens[i + k]!.key, e.words[k]!)) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      for (let k = 0; k < e.words.length; k++) used[i + k] = true;
      hits.push({ at: i, id: e.id, len: e.words.length });
    }
  }
  // Second pass: a collective name cut short ("các ban, ngành, đoàn thể" for "… đoàn thể liên quan").
  for (const e of index.entries) {
    const need = Math.max(4, Math.ceil(e.words.length * 0.6));
    if (e.words.length <= need) continue;
    for (let i = 0; i + need <= tokens.length; i++) {
      if (e.bare && !listStart(i)) continue;
      let k = 0;
      while (k < e.words.length && i + k < tokens.length && !used[i + k] && same(tokens[i + k]!.key, e.words[k]!)) k++;
      if (k < need) continue;
      for (let j = 0; j < k; j++) used[i + j] = true;
      hits.push({ at: i, id: e.id, len: k });
    }
  }
  hits.sort((a, b) => a.at - b.at);
  const ids: string[] = [];
  for (const h of hits) if (!ids.includes(h.id)) ids.push(h.id);

  // Leftover runs of words, split at separators.
  const unknown: string[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    const content = run.filter((t) => !FILLER.has(t.key));
    // "cơ sở" (a base, a database) is not "Sở"; a run of generic kinds ("đoàn thể", "địa phương liên quan") names no body of its own.
    const bodyWord = run.some((t, k) => BODY_WORDS.has(t.key) && !(t.key === 'so' && run[k - 1]?.key === 'co'));
    // …unless it opens with "các": "Các phòng, ban, đơn vị liên quan" is a collective body the catalogue may lack.
    const genericOnly = run[0]?.key !== 'cac' && run.every((t) => KIND_WORDS.has(t.key) || FILLER.has(t.key) || t.key === LEVEL);
    const named = bodyWord && !genericOnly && content.length > 0 && run.length >= 2;
    if (named) {
      const name = text.slice(run[0]!.start, run[run.length - 1]!.end).replace(/^(các|cac)\s+/i, (m) => m);
      unknown.push(name.trim());
    }
    run = [];
  };
  tokens.forEach((t, i) => {
    if (used[i]) {
      flush();
      return;
    }
    // "và" + a word that opens no body name continues the name; so does a comma inside a collective list ("Các phòng, ban, đơn vị liên quan").
    const inCollective = run[0]?.key === 'cac' && run.every((r) => KIND_WORDS.has(r.key) || FILLER.has(r.key)) && KIND_WORDS.has(t.key);
    // After a comma, words that open no body's name continue the name: "Cơ quan chủ quản hệ thống thông tin, cơ sở dữ liệu chuyên ngành".
    const coSo = t.key === 'co' && tokens[i + 1]?.key === 'so';
    const commaContinues = !t.andBefore && !HEAD_WORDS.has(t.key) && t.key !== LEVEL && (coSo || !KIND_WORDS.has(t.key));
    const continuesName = run.length > 0 && ((t.andBefore && !HEAD_WORDS.has(t.key)) || inCollective || commaContinues);
    if (t.breakBefore && !continuesName) flush();
    // Words right after a name without a separator (a place: "Công an tỉnh Bắc Kạn") belong to it.
    if (run.length === 0 && i > 0 && used[i - 1] && !t.breakBefore) return;
    run.push(t);
  });
  flush();
  return { ids, unknown };
}

/** Lead and support ids of an assignment, with the names the catalogue does not know. */
export interface Assignment {
  lead: string[];
  support: string[];
  unknownLead: string[];
  unknownSupport: string[];
}

const SUPPORT_MARK = /(?:^|[^a-z])(ph[a-z0-9]{1,2}i\s*h[a-z0-9]{1,2}p)(\s+(?:voi|v[a-z0-9&]{1,2}[i1]|cung))?(?=[^a-z]|$)/;
const LEAD_MARK = /(?:^|[^a-z])ch[a-z0-9]{0,2}\s+tr[i1l](?=[^a-z]|$)/g;
/** Where the list of agencies ends and the work begins: "… thực hiện.", "… triển khai …". */
const TAIL = /(?:^|[^a-z])(thuc hien|trien khai|tham muu|theo doi|huong dan|kiem tra)(?=[^a-z]|$)/;

/**
 * Reads who leads and who supports from an assignment line, per CONTRIBUTING: "A chủ trì, phối
 * hợp với B" and "A phối hợp với B (thực hiện)" make A lead and B support; a bare list makes all
 * of them lead. `role` comes from the field label ("Cơ quan chủ trì:" → lead, "Cơ quan phối
 * hợp:" → support, "Cơ quan thực hiện:" → read from the wording).
 */
export function readAssignment(value: string, role: 'all' | 'lead' | 'support', index: AgencyIndex, ocr: boolean): Assignment {
  const folded = foldWord(value);
  const sameLength = folded.length === value.length;
  let leadText = value;
  let supportText = '';
  if (role === 'all' && sameLength) {
    const m = SUPPORT_MARK.exec(folded);
    if (m) {
      const at = m.index + m[0].indexOf(m[1]!);
      leadText = value.slice(0, at);
      supportText = value.slice(m.index + m[0].length);
    }
  }
  leadText = blankOut(leadText, LEAD_MARK);
  const tail = TAIL.exec(foldWord(supportText));
  if (tail && supportText.length === foldWord(supportText).length) supportText = supportText.slice(0, tail.index);
  const lead = matchAgencies(leadText, index, ocr);
  const support = matchAgencies(supportText, index, ocr);
  if (role === 'support') return { lead: [], support: lead.ids, unknownLead: [], unknownSupport: lead.unknown };
  return {
    lead: lead.ids,
    support: support.ids.filter((id) => !lead.ids.includes(id)),
    unknownLead: lead.unknown,
    unknownSupport: support.unknown,
  };
}

/** "theo chức năng, thẩm quyền quản lý", "theo phân cấp …" up to the next semicolon: how a body acts, never a body. */
const QUALIFIER = /(?:^|[^a-z])(theo\s[^;]*)/g;

/** The text with its qualifiers blanked (same length, so word offsets still point into the original). */
export function blankQualifiers(text: string): string {
  const folded = foldWord(text);
  if (folded.length !== text.length) return text;
  let out = text;
  for (const m of folded.matchAll(QUALIFIER)) {
    const at = m.index + m[0].length - m[1]!.length;
    out = out.slice(0, at) + ' '.repeat(m[1]!.length) + out.slice(at + m[1]!.length);
  }
  return out;
}

function blankOut(text: string, re: RegExp): string {
  const folded = foldWord(text);
  if (folded.length !== text.length) return text;
  let out = text;
  for (const m of folded.matchAll(re)) out = out.slice(0, m.index) + ' '.repeat(m[0].length) + out.slice(m.index + m[0].length);
  return out;
}
