import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { agency, type Agency } from '../../schemas/agency.ts';
import { slugId } from '../../schemas/common.ts';
import { figure, type Figure } from '../../schemas/figure.ts';
import { metric, type Metric } from '../../schemas/metric.ts';
import { planFrontmatter } from '../../schemas/plan.ts';
import { programme, type Programme } from '../../schemas/programme.ts';
import { region, regionFile } from '../../schemas/region.ts';
import { target, targetFile, type Target } from '../../schemas/target.ts';
import { task, taskFile, taskSection, type Task, type TaskSection } from '../../schemas/task.ts';
import { closest } from '../check/closest.ts';
import { asciiSlug } from '../text/sectionId.ts';
import type { Problem } from '../check/problem.ts';
import { validate } from '../check/schemaProblems.ts';
import type { CatalogueName, Corpus, LoadedContent, Origin, PlanEntry, PlanFiles } from './corpus.ts';
import { entryIdAt } from './entryIdAt.ts';
import { fieldPath, type PathSegment } from './fieldPath.ts';
import { readFrontmatter } from './readFrontmatter.ts';
import { scanJson } from './scanJson.ts';

/** The three files every `content/plans/<id>/` folder holds, and what an empty one looks like. */
const PLAN_FILES = {
  plan: { name: 'plan.mdx', empty: '' },
  tasks: { name: 'tasks.json', empty: '{ "sections": [], "tasks": [] }' },
  targets: { name: 'targets.json', empty: '{ "targets": [] }' },
} as const;

/**
 * Reads a content root (`./content`, or a fixture's) with plain fs into a typed corpus, validating
 * every file and every entry with the schemas of `src/schemas/`. It never stops at the first bad
 * file or entry: whatever cannot be read (a missing file, a JSON or YAML syntax error) or fails its
 * schema is listed in `problems`, in Vietnamese, and left out of the corpus, while valid entries of the
 * same file stay in. A plan whose `plan.mdx` cannot be read or validated is left out as a whole.
 * File names in problems are relative to the root's parent ("content/plans/…/tasks.json").
 */
export function loadContent(root: string): LoadedContent {
  const absRoot = resolve(root);
  const base = dirname(absRoot);
  const rel = (abs: string): string => relative(base, abs).split(sep).join('/');
  const problems: Problem[] = [];
  const origins = new WeakMap<object, Origin>();
  const corpus: Corpus = { programmes: [], regions: [], agencies: [], metrics: [], plans: [], figures: [] };
  const invalidIds: LoadedContent['invalidIds'] = { programmes: new Set(), agencies: new Set(), metrics: new Set(), regions: new Set(), figures: new Set() };

  const readJson = (abs: string): { ok: true; data: unknown } | { ok: false } => {
    const file = rel(abs);
    const text = readFileSync(abs, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
    } catch {
      const { error } = scanJson(text, false);
      problems.push({
        file,
        ...(error === null ? {} : { line: error.line }),
        field: '',
        message: error === null ? 'Tệp JSON sai cú pháp.' : `Tệp JSON sai cú pháp ở dòng ${error.line}, cột ${error.column}: ${lowerFirst(error.message)}`,
        hint: error === null ? 'mở tệp bằng trình soạn thảo có kiểm tra JSON để tìm chỗ sai.' : error.hint,
      });
      return { ok: false };
    }
    for (const duplicate of scanJson(text, false).duplicateKeys) {
      const key = String(duplicate.path[duplicate.path.length - 1]);
      const entry = entryIdAt(data, duplicate.path);
      problems.push({
        file,
        line: duplicate.line,
        field: fieldPath(duplicate.path),
        ...(entry === undefined ? {} : { entry }),
        message: `Trường "${key}" được ghi hai lần trong cùng một mục; chỉ lần ghi cuối cùng được dùng.`,
        hint: 'giữ lại một lần ghi và xóa lần còn lại.',
      });
    }
    return { ok: true, data };
  };

  const jsonFiles = (dir: string): string[] => {
    if (!isDirectory(dir)) {
      problems.push({ file: rel(dir), field: '', message: 'Thiếu thư mục này.', hint: 'tạo lại thư mục (xem CONTRIBUTING.md, phần cấu trúc thư mục content/).' });
      return [];
    }
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(dir, name));
  };

  /** One entry per file, id = file name: programmes, agencies, metrics, figures. */
  const readCatalogue = <T extends object>(folder: CatalogueName, schema: z.ZodType<T>, into: Array<T & { id: string }>): void => {
    for (const abs of jsonFiles(join(absRoot, folder))) {
      const file = rel(abs);
      const id = basename(abs, '.json');
      if (!slugId.safeParse(id).success) {
        problems.push({ file, field: '', message: `Tên tệp "${id}" không dùng được làm mã.`, hint: `đổi tên tệp thành chữ thường không dấu, số và dấu gạch nối, ví dụ "cong-an.json".` });
      }
      const read = readJson(abs);
      const valid = read.ok ? validate(schema, read.data, file) : null;
      if (valid === null || !valid.ok) {
        if (valid !== null) problems.push(...valid.problems);
        invalidIds[folder].add(id);
        continue;
      }
      const entry = { ...valid.value, id };
      origins.set(entry, { file, path: [] });
      into.push(entry);
    }
  };

  /** The entries of a list (at `prefix` in the file) that pass their own schema, when the file as a whole did not. */
  const validEntries = <T extends object>(list: unknown, schema: z.ZodType<T>, file: string, prefix: PathSegment[], invalid?: Set<string>): T[] => {
    if (!Array.isArray(list)) return [];
    const out: T[] = [];
    list.forEach((item: unknown, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) {
        origins.set(parsed.data, { file, path: [...prefix, index] });
        out.push(parsed.data);
      } else if (invalid !== undefined && typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string') {
        invalid.add((item as { id: string }).id);
      }
    });
    return out;
  };
  const keepOrigins = (list: readonly object[], file: string, prefix: PathSegment[]): void => {
    list.forEach((item, index) => origins.set(item, { file, path: [...prefix, index] }));
  };

  if (!isDirectory(absRoot)) {
    problems.push({ file: rel(absRoot), field: '', message: 'Không tìm thấy thư mục nội dung.', hint: 'chạy lệnh trong thư mục dự án, hoặc ghi đúng đường dẫn: node src/cli/check.ts content.' });
    return { corpus, problems, origins, invalidIds };
  }

  readCatalogue<Omit<Programme, 'id'>>('programmes', programme, corpus.programmes);
  readCatalogue<Omit<Agency, 'id'>>('agencies', agency, corpus.agencies);
  readCatalogue<Omit<Metric, 'id'>>('metrics', metric, corpus.metrics);
  // Reported figures are optional: a content tree without the folder simply has none.
  if (isDirectory(join(absRoot, 'figures'))) readCatalogue<Omit<Figure, 'id'>>('figures', figure, corpus.figures);

  for (const abs of jsonFiles(join(absRoot, 'regions'))) {
    const file = rel(abs);
    const read = readJson(abs);
    if (!read.ok) {
      // Its units still exist: plans naming them should not also be reported.
      for (const m of readFileSync(abs, 'utf8').matchAll(/"id"\s*:\s*"([^"\\]+)"/g)) invalidIds.regions.add(m[1]!);
      continue;
    }
    const valid = validate(regionFile, read.data, file);
    if (valid.ok) {
      keepOrigins(valid.value, file, []);
      corpus.regions.push(...valid.value);
    } else {
      problems.push(...valid.problems);
      corpus.regions.push(...validEntries(read.data, region, file, [], invalidIds.regions));
    }
  }

  const plansDir = join(absRoot, 'plans');
  const planDirs = isDirectory(plansDir)
    ? readdirSync(plansDir)
        .filter((name) => !name.startsWith('.') && isDirectory(join(plansDir, name)))
        .sort()
    : [];
  if (!isDirectory(plansDir)) jsonFiles(plansDir);

  for (const id of planDirs) {
    const dir = join(plansDir, id);
    const files: PlanFiles = {
      plan: rel(join(dir, PLAN_FILES.plan.name)),
      tasks: rel(join(dir, PLAN_FILES.tasks.name)),
      targets: rel(join(dir, PLAN_FILES.targets.name)),
    };
    if (!slugId.safeParse(id).success) {
      const slug = asciiSlug(id);
      problems.push({
        file: rel(dir),
        field: '',
        message: `Tên thư mục kế hoạch "${id}" không phải mã hợp lệ.`,
        hint: `đổi tên thư mục thành "${slug === '' ? 'tinh-bac-kan-2022' : slug}": chữ thường không dấu, số và dấu gạch nối, dạng <loại đơn vị>-<tên đơn vị>-<năm> (xem CONTRIBUTING.md, mục Ids).`,
      });
    }
    const present = readdirSync(dir);
    for (const [key, { name, empty }] of Object.entries(PLAN_FILES)) {
      if (present.includes(name)) continue;
      const near = closest(name, present);
      problems.push({
        file: files[key as keyof PlanFiles],
        field: '',
        message: `Thiếu tệp ${name} của kế hoạch "${id}".`,
        hint:
          near !== null
            ? `có tệp "${near}": có phải đặt nhầm tên? Đổi tên thành "${name}".`
            : empty === ''
              ? 'tạo tệp plan.mdx với phần thông tin đầu tệp (title, level, region, …) và toàn văn kế hoạch (xem một kế hoạch khác làm mẫu).'
              : `tạo tệp ${name}; nếu kế hoạch không có mục nào, ghi ${empty}.`,
      });
    }

    let sections: TaskSection[] = [];
    let tasks: Task[] = [];
    if (present.includes(PLAN_FILES.tasks.name)) {
      const read = readJson(join(dir, PLAN_FILES.tasks.name));
      if (read.ok) {
        const valid = validate(taskFile, read.data, files.tasks);
        if (valid.ok) {
          ({ sections, tasks } = valid.value);
          keepOrigins(sections, files.tasks, ['sections']);
          keepOrigins(tasks, files.tasks, ['tasks']);
        } else {
          problems.push(...valid.problems);
          const data = read.data as { sections?: unknown; tasks?: unknown } | null;
          sections = validEntries(data?.sections, taskSection, files.tasks, ['sections']);
          tasks = validEntries(data?.tasks, task, files.tasks, ['tasks']);
        }
      }
    }

    let targets: Target[] = [];
    if (present.includes(PLAN_FILES.targets.name)) {
      const read = readJson(join(dir, PLAN_FILES.targets.name));
      if (read.ok) {
        const valid = validate(targetFile, read.data, files.targets);
        if (valid.ok) {
          targets = valid.value.targets;
          keepOrigins(targets, files.targets, ['targets']);
        } else {
          problems.push(...valid.problems);
          targets = validEntries((read.data as { targets?: unknown } | null)?.targets, target, files.targets, ['targets']);
        }
      }
    }

    if (!present.includes(PLAN_FILES.plan.name)) continue;
    const { data, body, errors, plainDates } = readFrontmatter(readFileSync(join(dir, PLAN_FILES.plan.name), 'utf8'), false);
    for (const date of plainDates) {
      problems.push({
        file: files.plan,
        line: date.line,
        field: fieldPath(date.path),
        message: `Ngày ${date.value} chưa đặt trong dấu ngoặc kép.`,
        hint: `viết "${date.value}" (có dấu ngoặc kép): khi dựng trang web, ngày không có ngoặc kép bị đọc thành kiểu ngày giờ chứ không phải chữ, và kế hoạch bị từ chối.`,
      });
    }
    for (const error of errors) {
      problems.push({
        file: files.plan,
        line: error.line,
        field: '',
        message: error.message,
        hint: error.hint,
      });
    }
    if (errors.length > 0) continue;
    const valid = validate(planFrontmatter, data, files.plan);
    if (!valid.ok) {
      problems.push(...valid.problems);
      continue;
    }
    origins.set(valid.value, { file: files.plan, path: [] });
    const plan: PlanEntry = { id, frontmatter: valid.value, body, sections, tasks, targets, files };
    corpus.plans.push(plan);
  }

  return { corpus, problems, origins, invalidIds };
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}
