import { describe, expect, it } from 'vitest';
import { csvField, planJson, targetCsv, taskCsv, toCsv, UTF8_BOM } from '../../../src/lib/site/csv.ts';
import { bacKan, fixtureSite } from './fixture.ts';

const site = fixtureSite();

describe('CSV', () => {
  it('quotes fields with commas, quotes and line breaks, doubling quotes', () => {
    expect(csvField('Công an tỉnh')).toBe('Công an tỉnh');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('nói "không"')).toBe('"nói ""không"""');
    expect(csvField('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
    expect(csvField(null)).toBe('');
    expect(csvField(300000)).toBe('300000');
  });

  it('starts with a UTF-8 BOM and ends lines with CRLF, so Excel opens Vietnamese correctly', () => {
    const csv = toCsv(['Mã', 'Nội dung'], [['nv-1', 'Căn cước']]);
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv).toBe('\uFEFFMã,Nội dung\r\nnv-1,Căn cước\r\n');
  });

  it('writes a row per task with agencies named in context and a link to its anchor', () => {
    const lines = taskCsv(bacKan, site, 'https://x.vn').split('\r\n');
    expect(lines).toHaveLength(bacKan.tasks.length + 2);
    expect(lines[1]).toContain('nv-iii-1-a,III.1.a,');
    expect(lines[1]).toContain('Công an tỉnh Bắc Kạn');
    expect(lines[1]).toContain('https://x.vn/ke-hoach/tinh-bac-kan-2022/#nv-iii-1-a');
    expect(lines[1]).toContain('2022-03-31');
  });

  it('writes a row per figure of a target, and one for a target without figures', () => {
    const lines = targetCsv(bacKan, site, 'https://x.vn').trimEnd().split('\r\n');
    // header + 1 + 3 figures + 1 without figures
    expect(lines).toHaveLength(6);
    expect(lines.filter((l) => l.startsWith('ct-ii-2-a-2023-1,'))).toHaveLength(3);
  });

  it('exports the whole plan as JSON', () => {
    const data = JSON.parse(planJson(bacKan, 'https://x.vn')) as { id: string; url: string; tasks: unknown[]; targets: unknown[] };
    expect(data.id).toBe('tinh-bac-kan-2022');
    expect(data.url).toBe('https://x.vn/ke-hoach/tinh-bac-kan-2022/');
    expect(data.tasks).toHaveLength(4);
    expect(data.targets).toHaveLength(3);
  });
});
