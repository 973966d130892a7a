import { foldDiacritics } from '../text/vietnamese.ts';
import { editDistance } from './ocrRepair.ts';

/** Below this confidence a restored word goes to the editor's doubt report. */
export const LOW_CONFIDENCE = 0.8;

/** Counts of accented forms, by folded key and by folded key in a folded context. */
export interface DiacriticModel {
  unigram: Map<string, Map<string, number>>;
  left: Map<string, Map<string, number>>;
  right: Map<string, Map<string, number>>;
  /** Folded keys by first letter and length ("t5"), for the nearest key of an OCR-misread word. */
  keysByLength: Map<string, string[]>;
  /** Nearest keys already looked up ("prev key next" → key), as a draft restores the same words several times. */
  nearCache: Map<string, string | null>;
}

/** One word of the input as restored. */
export interface RestoredWord {
  /** 1-based source line. */
  line: number;
  input: string;
  output: string;
  /** Share of the model's weight behind the chosen form (1 = the only form ever seen in this context). */
  confidence: number;
  /** `model`: a form of the same folded word; `near`: of a word one letter away (an OCR misreading); `unknown`: left as it was. */
  how: 'model' | 'near' | 'unknown';
}

const WORD = /\p{L}+/gu;

/** Lowercase without diacritics, đ as d: the form an OCR copy without marks has. */
export function foldForm(w: string): string {
  return foldDiacritics(w.normalize('NFC')).toLowerCase();
}

function bump(map: Map<string, Map<string, number>>, key: string, form: string): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map<string, number>()));
  m.set(form, (m.get(form) ?? 0) + 1);
}

/**
 * A word and bigram model of the published plans' Vietnamese: for each folded word, how often each
 * accented form occurs, alone and after / before each folded neighbour ("ke hoach" → "kế hoạch").
 * Commune plans copy their province's wording, so the corpus's own phrases carry most of the way.
 */
export function buildDiacriticModel(texts: Iterable<string>): DiacriticModel {
  const unigram = new Map<string, Map<string, number>>();
  const left = new Map<string, Map<string, number>>();
  const right = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const words = [...line.matchAll(WORD)].map((m) => m[0].normalize('NFC').toLowerCase());
      const keys = words.map(foldForm);
      words.forEach((w, i) => {
        bump(unigram, keys[i]!, w);
        if (i > 0) bump(left, `${keys[i - 1]} ${keys[i]}`, w);
        if (i + 1 < words.length) bump(right, `${keys[i]} ${keys[i + 1]}`, w);
      });
    }
  }
  const keysByLength = new Map<string, string[]>();
  for (const k of unigram.keys()) {
    const list = keysByLength.get(`${k[0]}${k.length}`) ?? [];
    list.push(k);
    keysByLength.set(`${k[0]}${k.length}`, list);
  }
  return { unigram, left, right, keysByLength, nearCache: new Map() };
}

/** Letters an English-model OCR puts for Vietnamese ones ("w"/"ir" for "ư", "6" for "ô"), tried before any edit. */
const OCR_SWAPS: [RegExp, string][] = [
  [/w/g, 'u'],
  [/ir/g, 'u'],
  [/6/g, 'o'],
  [/4/g, 'a'],
  [/&/g, 'a'],
  [/1/g, 'l'],
];

function total(m: Map<string, number> | undefined): number {
  return m ? [...m.values()].reduce((a, b) => a + b, 0) : 0;
}

/**
 * The known key an OCR-misread word most likely stands for: a key the usual letter swaps give
 * ("dir" → "du"), else keys one edit away (same first letter), the one seen most often between
 * these neighbours first, then the most frequent ("twong" → "tuong").
 */
function nearKey(model: DiacriticModel, key: string, prev: string | undefined, next: string | undefined): string | null {
  const memo = `${prev ?? ''} ${key} ${next ?? ''}`;
  if (model.nearCache.has(memo)) return model.nearCache.get(memo)!;
  const found = findNearKey(model, key, prev, next);
  model.nearCache.set(memo, found);
  return found;
}

function findNearKey(model: DiacriticModel, key: string, prev: string | undefined, next: string | undefined): string | null {
  for (const [re, to] of OCR_SWAPS) {
    const v = key.replace(re, to);
    if (v !== key && model.unigram.has(v)) return v;
  }
  if (key.length < 3) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const len of [key.length, key.length - 1, key.length + 1]) {
    for (const k of model.keysByLength.get(`${key[0]}${len}`) ?? []) {
      if (editDistance(k, key) > 1) continue;
      const context = (prev ? total(model.left.get(`${prev} ${k}`)) : 0) + (next ? total(model.right.get(`${k} ${next}`)) : 0);
      const score = context * 1_000_000 + total(model.unigram.get(k));
      if (score > bestScore) [best, bestScore] = [k, score];
    }
  }
  return best;
}

function applyCase(form: string, like: string): string {
  if (like.length > 1 && like === like.toUpperCase()) return form.toUpperCase();
  if (like[0] !== undefined && like[0] === like[0].toUpperCase() && like[0] !== like[0].toLowerCase()) return form[0]!.toUpperCase() + form.slice(1);
  return form;
}

/**
 * Chooses each word's accented form by its folded key and its folded neighbours: the score of a
 * form is its frequency times its smoothed frequency after the left neighbour and before the right
 * one; the confidence is its share of all forms' scores. A word whose key the corpus lacks is read
 * as the nearest key one letter away (lower confidence), else left unchanged with confidence 0.
 */
export function restoreDiacritics(text: string, model: DiacriticModel): { text: string; words: RestoredWord[] } {
  const words: RestoredWord[] = [];
  const lines = text.split('\n').map((line, n) => {
    const matches = [...line.matchAll(WORD)];
    const keys = matches.map((m) => foldForm(m[0]));
    let out = '';
    let at = 0;
    matches.forEach((m, i) => {
      const input = m[0];
      let key = keys[i]!;
      let how: RestoredWord['how'] = 'model';
      if (!model.unigram.has(key)) {
        const near = nearKey(model, key, keys[i - 1], keys[i + 1]);
        if (near) [key, how] = [near, 'near'];
        else how = 'unknown';
      }
      let output = input;
      let confidence = 0;
      if (how !== 'unknown') {
        const forms = model.unigram.get(key)!;
        const total = [...forms.values()].reduce((a, b) => a + b, 0);
        const l = i > 0 ? model.left.get(`${keys[i - 1]} ${key}`) : undefined;
        const r = i + 1 < keys.length ? model.right.get(`${key} ${keys[i + 1]}`) : undefined;
        const lTotal = l ? [...l.values()].reduce((a, b) => a + b, 0) : 0;
        const rTotal = r ? [...r.values()].reduce((a, b) => a + b, 0) : 0;
        const scored = [...forms].map(([form, count]) => {
          const p = count / total;
          const pl = (l?.get(form) ?? 0) / (lTotal + 1) + p / (lTotal + 1);
          const pr = (r?.get(form) ?? 0) / (rTotal + 1) + p / (rTotal + 1);
          return { form, s: p * pl * pr };
        });
        const sum = scored.reduce((a, b) => a + b.s, 0);
        const best = scored.reduce((a, b) => (b.s > a.s ? b : a));
        output = applyCase(best.form, input);
        confidence = (sum > 0 ? best.s / sum : 0) * (how === 'near' ? 0.7 : 1);
      }
      words.push({ line: n + 1, input, output, confidence, how });
      out += line.slice(at, m.index) + output;
      at = m.index + input.length;
    });
    return out + line.slice(at);
  });
  return { text: lines.join('\n'), words };
}
