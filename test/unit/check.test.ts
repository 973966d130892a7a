import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/checkContent.ts';
import { closest } from '../../src/lib/validate/closest.ts';
import { formatProblems, formatSummary } from '../../src/lib/check/formatProblems.ts';
import { scanJson } from '../../src/lib/content/scanJson.ts';
import { badContent, badKinds, expectedReport, goodContent } from '../support/badFixture.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const good = goodContent;
const bad = badContent;
const expected = expectedReport;

/** Each bad fixture (the good tree plus a small diff with one mistake) and the behaviour it pins down. */
const BAD_FIXTURES: ReadonlyArray<[kind: string, behaviour: string]> = [
  ['schema-type', 'reports a field of the wrong type and shows how to write it ("cong-an" → ["cong-an"])'],
  ['unknown-field', 'reports a misspelt field once, naming the required field it stands for ("dealine" → "deadline")'],
  ['missing-field', 'reports a missing required field and what it must hold'],
  ['impossible-date', 'reports a date that is not on the calendar ("2022-06-31")'],
  ['due-before-start', 'reports a deadline whose due date is before its start, even with an override'],
  ['deadline-mismatch', 'reports a stored deadline that differs from what parseDeadline reads in its words'],
  ['unknown-agency', 'reports an unknown agency and suggests the closest one ("cong-an-tinh" → "cong-an")'],
  ['unknown-region', 'reports a plan region that does not exist and suggests the closest one'],
  ['unknown-programme', 'reports a plan programme that does not exist and suggests the closest one'],
  ['unknown-group', "reports a task group that is not one of the programme's groups"],
  ['unknown-metric', 'reports a target metric that does not exist'],
  ['duplicate-task-id', 'reports a task id used twice in a plan, pointing at the first use'],
  ['duplicate-task', 'reports a task and its heading pasted twice under another id, pointing at the first'],
  ['repeated-agency', "reports an agency named twice among a task's lead and support"],
  ['duplicate-key', 'reports a JSON key written twice in one entry, which JSON.parse would silently drop'],
  ['target-number', "reports a target value that is not among the numbers of the target's text"],
  ['missing-tasks-json', 'reports a plan folder without tasks.json and what an empty one looks like'],
  ['json-syntax', 'reports a JSON syntax error with its line and column and the likely fix (a missing comma)'],
  ['yaml-frontmatter', 'reports a YAML frontmatter error with its line (an unquoted value containing a colon)'],
  ['unquoted-date', 'reports an unquoted frontmatter date, which the site build (js-yaml) would read as a Date'],
  ['level-mismatch', "reports a plan level that differs from its region's level"],
  ['issued-outside-region', 'reports a plan issued before its region existed and suggests the former unit with the same code'],
  ['region-after-reform', 'reports a plan issued after its region ended and suggests the unit it became'],
  ['commune-before-reform', 'reports an undated plan whose period starts before its 2025 commune existed, naming the communes it was formed from'],
  ['unknown-commune-code', 'reports a commune id with a mistyped code and suggests the closest id'],
  ['many', 'reports every mistake of several files in one run'],
  ['figure-unknown-region', 'reports a reported figure for a unit that does not exist and suggests the closest one'],
  ['figure-unknown-metric', 'reports a reported figure for a metric that does not exist and suggests the closest one'],
  ['figure-unit-mismatch', "reports a figure whose unit differs from its metric's (a % against a count)"],
  ['figure-value-not-in-quote', 'reports a figure value that its quoted sentence does not state, listing the numbers it does'],
  ['figure-future-as-of', 'reports a figure dated after today (a target is not a reported figure)'],
  ['figure-missing-source', 'reports a figure without its source and names the fields a source needs'],
  ['figure-many', 'reports every figure mistake of six files in one run'],
  ['reporting-schedule-mismatch', 'reports a reporting schedule that differs from what parseReportingSchedule reads in its words'],
];

describe('npm run check on the good fixture', () => {
  it('finds no problem in valid content', () => {
    expect(checkContent(good).problems).toEqual([]);
  });

  it('loads the valid tree into a typed corpus', () => {
    const { corpus } = checkContent(good).content;
    expect(corpus.plans.map((p) => [p.id, p.frontmatter.region, p.sections.length, p.tasks.length, p.targets.length])).toEqual([
      ['tinh-bac-kan-2022', 'bac-kan', 1, 3, 2],
    ]);
    expect(corpus.plans[0]?.files.tasks).toBe('content/plans/tinh-bac-kan-2022/tasks.json');
    expect(corpus.agencies.map((a) => a.id)).toEqual(['cac-so-ban-nganh', 'cong-an', 'ubnd']);
    expect(corpus.regions.map((r) => r.id)).toEqual(['bac-kan', 'thai-nguyen-cu', 'thai-nguyen']);
  });

  it('summarises valid content in one line', () => {
    expect(formatSummary(checkContent(good).content.corpus)).toBe(
      'Nội dung hợp lệ: 1 kế hoạch, 3 nhiệm vụ, 2 chỉ tiêu, 3 đơn vị hành chính, 3 cơ quan, 1 chỉ số, 1 chương trình.\n',
    );
  });
});

describe('npm run check on each bad fixture shows the editor the exact messages', () => {
  it('has a test for every fixture in test/fixtures/bad', () => {
    expect(badKinds()).toEqual(BAD_FIXTURES.map(([kind]) => kind).sort());
  });

  for (const [kind, behaviour] of BAD_FIXTURES) {
    it(`${behaviour} (bad/${kind})`, () => {
      const { problems } = checkContent(bad(kind));
      expect(problems.length).toBeGreaterThan(0);
      expect(formatProblems(problems)).toBe(expected(kind));
    });
  }

  it('reports all seven mistakes of bad/many, in five files, in one run', () => {
    const { problems } = checkContent(bad('many'));
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/agencies/ubnd.json sector',
      'content/plans/tinh-bac-kan-2022/plan.mdx level',
      'content/plans/tinh-bac-kan-2022/targets.json targets[0].value',
      'content/plans/tinh-bac-kan-2022/tasks.json tasks[0].lead',
      'content/plans/tinh-bac-kan-2022/tasks.json tasks[1].support[0]',
      'content/plans/tinh-bac-kan-2022/tasks.json tasks[2].deadline',
      'content/regions/provinces.json [0].successors[0]',
    ]);
  });
});

describe('the check report', () => {
  it('groups problems by file with field, message, fix and file:line, then counts them', () => {
    const report = formatProblems([
      {
        file: 'content/plans/tinh-bac-kan-2022/tasks.json',
        line: 57,
        field: 'tasks[3].deadline.due',
        entry: 'nv-iii-2-dd',
        message: '"2022-13-01" không phải ngày có thật.',
        hint: 'ghi ngày theo dạng YYYY-MM-DD, ví dụ 2022-06-30.',
      },
      { file: 'content/plans/tinh-bac-kan-2022/plan.mdx', field: 'region', message: 'Không có đơn vị hành chính "bac-can".', hint: 'có phải "bac-kan"?' },
    ]);
    expect(report).toBe(
      [
        '✗ content/plans/tinh-bac-kan-2022/tasks.json',
        '  tasks[3] (nv-iii-2-dd) › deadline.due: "2022-13-01" không phải ngày có thật.',
        '    Cách sửa: ghi ngày theo dạng YYYY-MM-DD, ví dụ 2022-06-30.',
        '    → content/plans/tinh-bac-kan-2022/tasks.json:57',
        '',
        '✗ content/plans/tinh-bac-kan-2022/plan.mdx',
        '  region: Không có đơn vị hành chính "bac-can".',
        '    Cách sửa: có phải "bac-kan"?',
        '',
        'Tìm thấy 2 lỗi trong 2 tệp. Nội dung chưa được xuất bản.',
        '',
      ].join('\n'),
    );
  });

  it('suggests the known name an editor most likely meant, and none when nothing is close', () => {
    expect(closest('dealine', ['deadline', 'lead', 'support'])).toBe('deadline');
    expect(closest('cong-an-tinh', ['cong-an', 'ubnd', 'so-y-te'])).toBe('cong-an');
    expect(closest('huyen-krong-no', ['huyen-krong-no-664', 'bac-kan'])).toBe('huyen-krong-no-664');
    expect(closest('so-tu-phap', ['cong-an', 'ubnd'])).toBeNull();
  });

  it('explains the JSON mistakes editors make by hand: trailing comma, decimal comma, curly quotes', () => {
    expect(scanJson('{\n  "a": [1, 2,]\n}', false).error).toMatchObject({ line: 2, message: 'Dấu phẩy thừa trước "]".' });
    expect(scanJson('{ "value": 1,5 }', false).error?.hint).toContain('1.5');
    expect(scanJson('{ "unit": “%” }', false).error?.message).toBe('Chuỗi mở bằng dấu ngoặc kép cong “.');
    expect(scanJson('[1,5]', false).error).toBeNull();
  });

  it('places and names the other syntax errors: missing colon, bad number, comment, unclosed, extra content, duplicate key', () => {
    const error = (text: string) => scanJson(text, false).error;
    expect(error('{\n  "a" 1\n}')).toEqual({ line: 2, column: 7, message: 'Thiếu dấu hai chấm sau tên trường "a".', hint: 'viết "a": rồi đến giá trị.' });
    expect(error('{ "a": 01 }')?.message).toBe('Số viết sai: "01".');
    expect(error('{ "a": 1 // x\n}')?.message).toBe('JSON không cho phép chú thích (// hoặc /* */).');
    expect(error('{\n  "a": [1\n')).toMatchObject({ line: 3, column: 1, message: 'Tệp kết thúc mà "[" mở ở dòng 2 chưa được đóng.' });
    expect(error('{ "a": 1 } x')?.message).toBe('Có nội dung thừa sau dấu đóng cuối cùng: "x".');
    expect(error('{ "a": "x\n" }')).toMatchObject({ line: 1, column: 10, message: 'Chuỗi chưa có dấu ngoặc kép đóng trên dòng này.' });
    expect(scanJson('{\n  "a": 1,\n  "a": 2\n}', false).duplicateKeys).toEqual([{ path: ['a'], line: 3 }]);
    expect([...scanJson('{\n  "a": [\n    1\n  ]\n}', true).lines]).toEqual([
      ['', 1],
      ['a', 2],
      ['a[0]', 3],
    ]);
  });
});

describe('src/cli/check.ts', () => {
  const run = (root: string) => spawnSync(process.execPath, ['src/cli/check.ts', root], { cwd: projectRoot, encoding: 'utf8' });

  it('prints every problem and exits 1 on bad content, and exits 0 with a summary on good content', () => {
    const failed = run(bad('many'));
    expect(failed.status).toBe(1);
    expect(failed.stdout).toBe(expected('many'));

    const passed = run('test/fixtures/good/content');
    expect(passed.status).toBe(0);
    expect(passed.stdout).toBe('Nội dung hợp lệ: 1 kế hoạch, 3 nhiệm vụ, 2 chỉ tiêu, 3 đơn vị hành chính, 3 cơ quan, 1 chỉ số, 1 chương trình.\n');
  }, 60_000); // two node processes: seconds each on a loaded machine
});
