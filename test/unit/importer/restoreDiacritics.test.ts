import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusTexts } from '../../../src/lib/importer/corpusTexts.ts';
import { importPlan } from '../../../src/lib/importer/importPlan.ts';
import { buildDiacriticModel, LOW_CONFIDENCE, restoreDiacritics } from '../../../src/lib/importer/restoreDiacritics.ts';
import { catalogue } from './catalogue.ts';

const model = buildDiacriticModel([
  'Kế hoạch triển khai thực hiện Đề án 06 trên địa bàn tỉnh.',
  'Công an tỉnh chủ trì, phối hợp với các sở, ban, ngành.',
  'Cổng dịch vụ công quốc gia. Cổng dịch vụ công của tỉnh.',
  'Dữ liệu dân cư được làm sạch.',
]);

describe('diacritics restored from the corpus', () => {
  it('gives each word its accented form, keeping the case of the input', () => {
    expect(restoreDiacritics('KE HOACH trien khai De an 06', model).text).toBe('KẾ HOẠCH triển khai Đề án 06');
    expect(restoreDiacritics('Cong an tinh chu tri', model).text).toBe('Công an tỉnh chủ trì');
  });
  it('chooses between forms by their neighbours: "cong an" is Công, "cong dich vu" is Cổng', () => {
    const r = restoreDiacritics('cong an tinh; cong dich vu cong', model);
    expect(r.text).toBe('công an tỉnh; cổng dịch vụ công');
  });
  it('gives every word a confidence, lower for an OCR misreading, zero for a word the corpus lacks', () => {
    const { words } = restoreDiacritics('Dir lieu xyzq', model);
    expect(words.map((w) => [w.output, w.how])).toEqual([
      ['Dữ', 'near'],
      ['liệu', 'model'],
      ['xyzq', 'unknown'],
    ]);
    expect(words[0]!.confidence).toBeLessThan(LOW_CONFIDENCE);
    expect(words[1]!.confidence).toBe(1);
    expect(words[2]!.confidence).toBe(0);
  });
  const seed003 = join(import.meta.dirname, '../../../../shared/seeds/003_2cc80b4a2ff193d9.txt');
  it.skipIf(!existsSync(seed003))(
    'restores the OCR draft of seed 003 and lists every low-confidence word as a doubt on its line, never silently',
    () => {
      const d = importPlan(readFileSync(seed003, 'utf8'), catalogue, {
        fileName: 'x',
        addedOn: '2026-01-01',
        diacritics: buildDiacriticModel(corpusTexts('content')),
      });
      if (!d.ok) throw new Error(d.error);
      expect(d.report.form).toBe('ocr');
      expect(d.files['plan.mdx']).toMatch(/restored: false/);
      expect(d.files['plan.mdx']).toContain('Kế hoạch');
      // Line 1 reads "Trién khai thuc hién Quyét dinh s6 06/QD-TTg ngay 06/01/2022 cia Thi": "s" and "cia" are not sure.
      expect(d.report.doubts.find((x) => x.subject === 'dau' && x.line === 1)?.message).toMatch(/"cia" → "của"/);
    },
    60_000,
  );
  it('leaves out of its corpus every plan whose text was itself restored', () => {
    const texts = corpusTexts('content').join('\n');
    expect(texts).not.toContain('Lục Bình');
    expect(corpusTexts('content', new Set(), 'xa-luc-binh-2022').join('\n')).toContain('Lục Bình');
  });
});
