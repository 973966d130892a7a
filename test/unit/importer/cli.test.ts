import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { planFrontmatter, targetFile, taskFile } from '../../../src/schemas/index.ts';
import { compareDrafts, pairByText, textSimilarity } from '../../../bench/lib/compareDrafts.ts';
import { hasShared, sharedPath } from '../../support/shared.ts';

const project = resolve(import.meta.dirname, '../../..');
const SEED_000 = 'seeds/000_92c18f69644d26b9.txt';
const node = join(project, 'node_modules/.bin/node');
const runImport = (args: string[]) => spawnSync(node, [join(project, 'src/cli/import.ts'), ...args], { cwd: project, encoding: 'utf8' });

describe('npm run import refuses what it cannot read', { timeout: 30_000 }, () => {
  const bad: [string, (dir: string) => string][] = [
    ['a missing file', (d) => join(d, 'none.txt')],
    [
      'a binary file',
      (d) => {
        const f = join(d, 'bin.txt');
        writeFileSync(f, Buffer.from([0x4b, 0x00, 0xff, 0x01]));
        return f;
      },
    ],
    [
      'an empty file',
      (d) => {
        const f = join(d, 'empty.txt');
        writeFileSync(f, '');
        return f;
      },
    ],
    [
      'a text that is not a plan',
      (d) => {
        const f = join(d, 'letter.txt');
        writeFileSync(f, 'Kính gửi anh Nam,\n\nHẹn gặp anh vào thứ Hai để bàn chuyện mua bán.\n');
        return f;
      },
    ],
  ];
  for (const [what, make] of bad) {
    it(`exits 2 with one line and writes nothing for ${what}`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'import-bad-'));
      const out = join(dir, 'out');
      const r = runImport([make(dir), '--out', out]);
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readdirSync(dir)).not.toContain('out');
    }, 60_000); // a node process: seconds on a loaded machine
  }
});

describe.skipIf(!hasShared(SEED_000))('importing seed 000 end to end', () => {
  it('writes a draft whose files pass the content schemas and reports what it found', () => {
    const out = mkdtempSync(join(tmpdir(), 'import-000-'));
    const r = runImport([sharedPath(SEED_000), '--out', out, '--id', 'tinh-bac-kan-2022']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('45 nhiệm vụ');
    const dir = join(out, 'tinh-bac-kan-2022');
    const mdx = readFileSync(join(dir, 'plan.mdx'), 'utf8');
    const fm = planFrontmatter.parse(parse(mdx.split(/^---$/m)[1]!));
    expect(fm).toMatchObject({ level: 'province', region: 'bac-kan', programme: 'de-an-06', period: { from: 2022, to: 2025, vision: 2030 } });
    expect(taskFile.parse(JSON.parse(readFileSync(join(dir, 'tasks.json'), 'utf8'))).tasks).toHaveLength(45);
    expect(targetFile.parse(JSON.parse(readFileSync(join(dir, 'targets.json'), 'utf8'))).targets.length).toBeGreaterThan(40);
    expect(mdx).toContain('## III. NHIỆM VỤ VÀ GIẢI PHÁP');
    const body = mdx.split(/^---$/m)[2]!.replace(/\{\/\*[^\n]*\*\/\}/g, '');
    expect(body).not.toMatch(/(^|[^\\])[{}<>]/);
  }, 60_000);
});

describe('comparing drafts', () => {
  it('pairs items by text similarity, not by id or order', () => {
    expect(textSimilarity('Triển khai Luật Bảo vệ dữ liệu cá nhân.', 'Trien khai Luat Bao ve du lieu ca nhan.')).toBe(1);
    const pairs = pairByText(
      [{ text: 'Kết nối dữ liệu thuế' }, { text: 'Tuyên truyền Đề án' }],
      [{ text: 'Tuyen truyen De an' }, { text: 'Kết nối dữ liệu thuế.' }],
    );
    expect(new Map(pairs.map(([e, a]) => [e.text, a.text]))).toEqual(
      new Map([
        ['Kết nối dữ liệu thuế', 'Kết nối dữ liệu thuế.'],
        ['Tuyên truyền Đề án', 'Tuyen truyen De an'],
      ]),
    );
  });
  it('scores missed and invented tasks, roles, deadlines and facts', () => {
    const fm = {
      level: 'province',
      region: 'bac-kan',
      number: null,
      issuedOn: null,
      period: { from: 2022, to: 2025, vision: 2030 },
      signer: { name: 'Nguyễn Đăng Bình', title: 'x' },
      issuer: 'Ủy ban nhân dân tỉnh Bắc Kạn',
    } as const;
    const task = (text: string, lead: string[], due: string) => ({
      id: 'nv-i-1',
      section: 'I.1',
      text,
      lead,
      support: [],
      assignee: null,
      deadline: { kind: 'month' as const, raw: 'x', start: '2022-03-01', due },
    });
    const c = compareDrafts(
      {
        frontmatter: fm,
        tasks: [task('Kết nối dữ liệu thuế', ['cong-an'], '2022-03-31'), task('Tuyên truyền Đề án 06 trên địa bàn', ['so-y-te'], '2022-05-31')],
        targets: [],
      },
      { frontmatter: { ...fm, region: 'thai-nguyen' }, tasks: [task('Kết nối dữ liệu thuế', ['cong-an', 'thue'], '2022-03-31')], targets: [] },
    );
    expect(c.tasksFound).toEqual({ hit: 1, of: 2 });
    expect(c.lead).toEqual({ hit: 0, of: 1 });
    expect(c.deadlines).toEqual({ hit: 1, of: 1 });
    expect(c.facts).toEqual({ hit: 6, of: 7 });
    expect(c.factMisses).toEqual(['region']);
  });
});
