import { execFileSync } from 'node:child_process';

/** A task's deadline or lead before and after a change. */
export interface FieldChange {
  id: string;
  from: string;
  to: string;
}

/** What one commit changed in one plan. */
export interface PlanChange {
  planId: string;
  /** Full commit hash. */
  sha: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  /** The commit message's first line. */
  subject: string;
  /** True when the commit added the plan's folder (its first tasks.json or plan.mdx). */
  added: boolean;
  /** True when the commit changed the plan's facts or text (plan.mdx). */
  factsChanged: boolean;
  tasks: { added: string[]; removed: string[]; deadline: FieldChange[]; lead: FieldChange[]; text: string[] };
  targets: { added: string[]; removed: string[]; changed: string[] };
}

/** The history of the plans, or why it is unavailable. */
export type PlansHistory =
  { available: true; byPlan: Map<string, PlanChange[]>; recent: PlanChange[] } | { available: false; reason: 'shallow' | 'no-git'; message: string };

/** What a page says when the build has no history to read. */
export const HISTORY_FALLBACK: Record<'shallow' | 'no-git', string> = {
  shallow:
    'Bản dựng này được tạo từ bản sao rút gọn của kho mã (chỉ có lần cập nhật cuối), nên không có lịch sử thay đổi. Lịch sử đầy đủ có trong kho mã nguồn của trang.',
  'no-git': 'Bản dựng này không được tạo từ kho mã git, nên không có lịch sử thay đổi.',
};

interface CommitFile {
  status: string;
  planId: string;
  file: string;
  path: string;
}
interface Commit {
  sha: string;
  date: string;
  subject: string;
  files: CommitFile[];
}

const RS = '\x1e';
const US = '\x1f';

/** Parses `git log --format=%x1e%H%x1f%cs%x1f%s --name-status` output into commits touching plan files. */
export function parseLog(output: string, plansPath: string): Commit[] {
  const prefix = `${plansPath.replace(/\/$/, '')}/`;
  return output
    .split(RS)
    .filter((chunk) => chunk.trim())
    .map((chunk) => {
      const [head, ...lines] = chunk.split('\n');
      const [sha, date, subject] = head!.split(US) as [string, string, string];
      const files = lines.flatMap((line) => {
        const [status, path] = line.split('\t');
        if (!status || !path?.startsWith(prefix)) return [];
        const [planId, file] = path.slice(prefix.length).split('/');
        return planId && file ? [{ status: status[0]!, planId, file, path }] : [];
      });
      return { sha, date, subject, files };
    });
}

/** Reads many blobs with one `git cat-file --batch` process: the JSON of each `<sha>:<path>`, null when missing. */
function readBlobs(repoDir: string, specs: readonly string[]): (string | null)[] {
  if (specs.length === 0) return [];
  const out = execFileSync('git', ['-C', repoDir, 'cat-file', '--batch'], { input: specs.join('\n') + '\n', maxBuffer: 1 << 30 });
  const blobs: (string | null)[] = [];
  let at = 0;
  for (let i = 0; i < specs.length; i++) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString('utf8');
    at = eol + 1;
    if (header.endsWith(' missing')) {
      blobs.push(null);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    blobs.push(out.subarray(at, at + size).toString('utf8'));
    at += size + 1;
  }
  return blobs;
}

interface TaskLike {
  id: string;
  text?: string;
  lead?: string[];
  deadline?: { raw?: string };
}
const byId = <T extends { id: string }>(items: readonly T[] | undefined) => new Map((items ?? []).map((i) => [i.id, i]));
const parse = (json: string | null, key: 'tasks' | 'targets'): { id: string }[] | undefined => {
  if (json === null) return undefined;
  try {
    return (JSON.parse(json) as Record<string, { id: string }[]>)[key] ?? [];
  } catch {
    return undefined; // a commit with broken JSON: compare against the next good version instead
  }
};

/** What changed between two versions of a plan's tasks. */
export function diffTasks(before: readonly TaskLike[] | undefined, after: readonly TaskLike[] | undefined): PlanChange['tasks'] {
  const a = byId(before);
  const b = byId(after);
  const change: PlanChange['tasks'] = { added: [], removed: [], deadline: [], lead: [], text: [] };
  for (const [id, t] of b) {
    const old = a.get(id);
    if (!old) {
      change.added.push(id);
      continue;
    }
    if ((old.deadline?.raw ?? '') !== (t.deadline?.raw ?? '') || JSON.stringify(old.deadline) !== JSON.stringify(t.deadline)) {
      change.deadline.push({ id, from: old.deadline?.raw ?? '', to: t.deadline?.raw ?? '' });
    }
    if ((old.lead ?? []).join(' ') !== (t.lead ?? []).join(' ')) change.lead.push({ id, from: (old.lead ?? []).join(' '), to: (t.lead ?? []).join(' ') });
    if (old.text !== t.text) change.text.push(id);
  }
  for (const id of a.keys()) if (!b.has(id)) change.removed.push(id);
  return change;
}

/** What changed between two versions of a plan's targets. */
export function diffTargets(before: readonly { id: string }[] | undefined, after: readonly { id: string }[] | undefined): PlanChange['targets'] {
  const a = byId(before);
  const b = byId(after);
  const change: PlanChange['targets'] = { added: [], removed: [], changed: [] };
  for (const [id, t] of b) {
    const old = a.get(id);
    if (!old) change.added.push(id);
    else if (JSON.stringify(old) !== JSON.stringify(t)) change.changed.push(id);
  }
  for (const id of a.keys()) if (!b.has(id)) change.removed.push(id);
  return change;
}

function isShallow(repoDir: string): boolean | null {
  try {
    return (
      execFileSync('git', ['-C', repoDir, 'rev-parse', '--is-shallow-repository'], { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() === 'true'
    );
  } catch {
    return null;
  }
}

/**
 * The history of every plan from git, in one pass: one `git log` over the plans folder (oldest
 * first), one `git cat-file --batch` for the tasks and targets files at the commits that touched
 * them, each version compared with the previous one of the same file. Linear in the number of
 * file versions. A shallow clone (CI's `--depth 1`) has no history to read and says so.
 */
export function readPlansHistory(repoDir: string, plansPath = 'content/plans'): PlansHistory {
  const shallow = isShallow(repoDir);
  if (shallow === null) return { available: false, reason: 'no-git', message: HISTORY_FALLBACK['no-git'] };
  if (shallow) return { available: false, reason: 'shallow', message: HISTORY_FALLBACK.shallow };
  const log = execFileSync('git', ['-C', repoDir, 'log', '--reverse', '--no-renames', `--format=${RS}%H${US}%cs${US}%s`, '--name-status', '--', plansPath], {
    maxBuffer: 1 << 30,
  }).toString('utf8');
  const commits = parseLog(log, plansPath);
  const isData = (f: CommitFile) => f.file === 'tasks.json' || f.file === 'targets.json';
  const specs = commits.flatMap((c) => c.files.filter((f) => isData(f) && f.status !== 'D').map((f) => `${c.sha}:${f.path}`));
  const blobs = readBlobs(repoDir, specs);
  let next = 0;
  const last = new Map<string, { id: string }[] | undefined>();
  const seen = new Set<string>();
  const byPlan = new Map<string, PlanChange[]>();
  const perCommit: PlanChange[][] = [];
  for (const commit of commits) {
    const changes = new Map<string, PlanChange>();
    const changeOf = (planId: string): PlanChange => {
      let c = changes.get(planId);
      if (!c) {
        c = {
          planId,
          sha: commit.sha,
          date: commit.date,
          subject: commit.subject,
          added: !seen.has(planId),
          factsChanged: false,
          tasks: { added: [], removed: [], deadline: [], lead: [], text: [] },
          targets: { added: [], removed: [], changed: [] },
        };
        changes.set(planId, c);
      }
      return c;
    };
    for (const f of commit.files) {
      const change = changeOf(f.planId);
      if (f.file === 'plan.mdx') change.factsChanged = true;
      if (!isData(f)) continue;
      const key = `${f.planId}/${f.file}`;
      const kind = f.file === 'tasks.json' ? 'tasks' : 'targets';
      const after = f.status === 'D' ? [] : parse(blobs[next++] ?? null, kind);
      if (after === undefined) continue;
      const before = last.get(key);
      if (kind === 'tasks') change.tasks = diffTasks(before, after);
      else change.targets = diffTargets(before, after);
      last.set(key, after);
    }
    for (const change of changes.values()) {
      seen.add(change.planId);
      // A commit that only rewrote how the data is written ($schema, key order) changed nothing a reader sees.
      if (!hasContentChange(change)) {
        changes.delete(change.planId);
        continue;
      }
      let list = byPlan.get(change.planId);
      if (!list) byPlan.set(change.planId, (list = []));
      list.push(change);
    }
    perCommit.push([...changes.values()]);
  }
  for (const list of byPlan.values()) list.reverse();
  // Newest commit first; within a commit, plans in path order.
  return { available: true, byPlan, recent: perCommit.reverse().flat() };
}

/** True when a change added the plan or changed its facts, tasks or targets. */
export function hasContentChange(c: PlanChange): boolean {
  const t = c.tasks;
  const g = c.targets;
  return c.added || c.factsChanged || [t.added, t.removed, t.deadline, t.lead, t.text, g.added, g.removed, g.changed].some((list) => list.length > 0);
}

const count = (n: number, what: string) => `${n} ${what}`;

/** A change in one Vietnamese sentence: "Thêm 3 nhiệm vụ; đổi thời hạn 1 nhiệm vụ; sửa 2 chỉ tiêu." */
export function changeSummary(c: PlanChange): string {
  if (c.added) return 'Đăng kế hoạch lên trang.';
  const parts = [
    c.tasks.added.length && `thêm ${count(c.tasks.added.length, 'nhiệm vụ')}`,
    c.tasks.removed.length && `bỏ ${count(c.tasks.removed.length, 'nhiệm vụ')}`,
    c.tasks.deadline.length && `đổi thời hạn ${count(c.tasks.deadline.length, 'nhiệm vụ')}`,
    c.tasks.lead.length && `đổi cơ quan chủ trì ${count(c.tasks.lead.length, 'nhiệm vụ')}`,
    c.tasks.text.length && `sửa nội dung ${count(c.tasks.text.length, 'nhiệm vụ')}`,
    c.targets.added.length && `thêm ${count(c.targets.added.length, 'chỉ tiêu')}`,
    c.targets.removed.length && `bỏ ${count(c.targets.removed.length, 'chỉ tiêu')}`,
    c.targets.changed.length && `sửa ${count(c.targets.changed.length, 'chỉ tiêu')}`,
    c.factsChanged && 'sửa thông tin hoặc toàn văn kế hoạch',
  ].filter((p): p is string => Boolean(p));
  if (parts.length === 0) return 'Sửa cách ghi dữ liệu, nội dung không đổi.';
  const sentence = parts.join('; ');
  return `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}
