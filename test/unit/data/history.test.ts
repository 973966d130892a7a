/**
 * The plans' history from git: a fixture repository is created in a temp dir, a change is planted
 * in it, and the history must show it; a shallow clone of it and a folder outside git fall back.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { changeSummary, readPlansHistory } from '../../../src/lib/data/history.ts';

const root = mkdtempSync(join(tmpdir(), 'history-'));
const repo = join(root, 'repo');
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { stdio: 'pipe' }).toString();
const env = (date: string) => ({ ...process.env, GIT_AUTHOR_DATE: `${date}T10:00:00+07:00`, GIT_COMMITTER_DATE: `${date}T10:00:00+07:00` });
function commit(message: string, date: string) {
  git(repo, 'add', '-A');
  execFileSync('git', ['-C', repo, '-c', 'user.name=Biên tập', '-c', 'user.email=bt@example.vn', 'commit', '-qm', message], { env: env(date) });
}
const task = (id: string, raw: string, due: string, lead: string[]) => ({
  id,
  section: id,
  text: `Nhiệm vụ ${id}`,
  lead,
  support: [],
  assignee: null,
  deadline: { kind: 'date', raw, due },
});
function writePlan(id: string, tasks: object[], targets: object[], body = 'Toàn văn') {
  const dir = join(repo, 'content/plans', id);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'tasks.json'), JSON.stringify({ sections: [], tasks }, null, 2));
  writeFileSync(join(dir, 'targets.json'), JSON.stringify({ targets }, null, 2));
  writeFileSync(join(dir, 'plan.mdx'), `---\ntitle: x\n---\n${body}\n`);
}

mkdirSync(repo);
git(repo, 'init', '-q');
writePlan(
  'tinh-a-2022',
  [task('nv-1', '30/6/2022', '2022-06-30', ['cong-an']), task('nv-2', '31/12/2022', '2022-12-31', ['so-y-te'])],
  [{ id: 'ct-1' }, { id: 'ct-2' }],
);
commit('Thêm kế hoạch tỉnh A', '2024-01-10');
writeFileSync(join(repo, 'README.md'), 'không liên quan');
commit('Sửa README', '2024-01-11');
// The planted change: nv-1's deadline and nv-2's lead change, nv-3 is added, ct-2 removed.
// Only how the data is written changes ($schema added): not a change a reader sees.
writeFileSync(
  join(repo, 'content/plans/tinh-a-2022/tasks.json'),
  JSON.stringify({
    $schema: 'https://x.vn/schema/tasks.json',
    sections: [],
    tasks: [task('nv-1', '30/6/2022', '2022-06-30', ['cong-an']), task('nv-2', '31/12/2022', '2022-12-31', ['so-y-te'])],
  }),
);
commit('Thêm $schema', '2024-01-12');
writePlan(
  'tinh-a-2022',
  [task('nv-1', '30/9/2022', '2022-09-30', ['cong-an']), task('nv-2', '31/12/2022', '2022-12-31', ['cong-an']), task('nv-3', '2023', '2023-12-31', ['ubnd'])],
  [{ id: 'ct-1' }],
);
writePlan('huyen-b-2023', [task('nv-1', '2023', '2023-12-31', [])], []);
commit('Sửa thời hạn theo văn bản gốc', '2024-02-01');

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('plan history from git', () => {
  const history = readPlansHistory(repo);

  it("lists each plan's changes, newest first, with date and summary", () => {
    expect(history.available).toBe(true);
    if (!history.available) return;
    const changes = history.byPlan.get('tinh-a-2022')!;
    expect(changes.map((c) => [c.date, c.subject, c.added])).toEqual([
      ['2024-02-01', 'Sửa thời hạn theo văn bản gốc', false],
      ['2024-01-10', 'Thêm kế hoạch tỉnh A', true],
    ]);
    expect(history.byPlan.get('huyen-b-2023')!.map((c) => c.added)).toEqual([true]);
    expect(history.recent.map((c) => c.planId)).toEqual(['huyen-b-2023', 'tinh-a-2022', 'tinh-a-2022']);
  });

  it('shows the planted change: a deadline and a lead changed, a task added, a target removed', () => {
    if (!history.available) throw new Error('no history');
    const change = history.byPlan.get('tinh-a-2022')![0]!;
    expect(change.tasks.added).toEqual(['nv-3']);
    expect(change.tasks.removed).toEqual([]);
    expect(change.tasks.deadline).toEqual([{ id: 'nv-1', from: '30/6/2022', to: '30/9/2022' }]);
    expect(change.tasks.lead).toEqual([{ id: 'nv-2', from: 'so-y-te', to: 'cong-an' }]);
    expect(change.targets).toEqual({ added: [], removed: ['ct-2'], changed: [] });
    expect(changeSummary(change)).toBe('Thêm 1 nhiệm vụ; đổi thời hạn 1 nhiệm vụ; đổi cơ quan chủ trì 1 nhiệm vụ; bỏ 1 chỉ tiêu.');
  });

  it('falls back with a clear message in a shallow clone, as CI makes', () => {
    const shallow = join(root, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow], { stdio: 'pipe' });
    const h = readPlansHistory(shallow);
    expect(h).toMatchObject({ available: false, reason: 'shallow' });
    if (!h.available) expect(h.message).toContain('bản sao rút gọn');
  });

  it('falls back outside a git repository', () => {
    const plain = join(root, 'plain');
    mkdirSync(plain);
    expect(readPlansHistory(plain)).toMatchObject({ available: false, reason: 'no-git' });
  });
});
