import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { agency } from '../../schemas/agency.ts';
import { slugId } from '../../schemas/common.ts';
import { figure } from '../../schemas/figure.ts';
import { metric } from '../../schemas/metric.ts';
import { planFrontmatter } from '../../schemas/plan.ts';
import { programme } from '../../schemas/programme.ts';
import { region, regionFile } from '../../schemas/region.ts';
import { target, targetFile, type TargetFile } from '../../schemas/target.ts';
import { task, taskFile, taskSection, type TaskFile } from '../../schemas/task.ts';
import { asciiSlug } from '../text/sectionId.ts';
import { closest } from '../validate/closest.ts';
import { entryIdAt } from '../validate/entryIdAt.ts';
import { fieldPath, type PathSegment } from '../validate/fieldPath.ts';
import type { Problem } from '../validate/problem.ts';
import { validate } from '../validate/validate.ts';
import type { Corpus, LoadedContent, Origin, PlanEntry, PlanFiles } from './corpus.ts';
import { CONTENT_LAYOUT, PLAN_FILES, type PlanFileKey } from './layout.ts';
import { readFrontmatter, readPlanBody } from './readFrontmatter.ts';
import { readFrontmatterHead } from './readFrontmatterHead.ts';
import { scanJson } from './scanJson.ts';
import { writesKeyTwice } from './writesKeyTwice.ts';

/** The schema of each catalogue folder's files (one entry per file, id = file name). */
const CATALOGUE_SCHEMAS = { programmes: programme, agencies: agency, metrics: metric } as const;

/**
 * The JSON files of a plan that hold lists of entries: the file's schema, and each list's entry
 * schema, used to keep the valid entries of a file that fails as a whole.
 */
const PLAN_LISTS = {
  tasks: { file: taskFile, entries: { sections: taskSection, tasks: task } },
  targets: { file: targetFile, entries: { targets: target } },
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
  const reader = new Reader(dirname(absRoot));
  const corpus: Corpus = { programmes: [], regions: [], agencies: [], metrics: [], plans: [], figures: [] };
  const invalidIds: LoadedContent['invalidIds'] = { programmes: new Set(), agencies: new Set(), metrics: new Set(), regions: new Set(), figures: new Set() };
  const done = (): LoadedContent => ({ corpus, problems: reader.problems, origins: reader.origins, invalidIds });

  if (!isDirectory(absRoot)) {
    reader.problems.push({ file: reader.rel(absRoot), field: '', message: 'Không tìm thấy thư mục nội dung.', hint: 'chạy lệnh trong thư mục dự án, hoặc ghi đúng đường dẫn: node src/cli/check.ts content.' });
    return done();
  }
  for (const folder of CONTENT_LAYOUT.catalogues) {
    readCatalogue(reader, join(absRoot, folder), CATALOGUE_SCHEMAS[folder], corpus[folder], invalidIds[folder]);
  }
  readRegions(reader, join(absRoot, CONTENT_LAYOUT.regions), corpus, invalidIds);
  // Reported figures are optional: a content tree without the folder simply has none.
  const figuresDir = join(absRoot, CONTENT_LAYOUT.figures);
  if (isDirectory(figuresDir)) readCatalogue(reader, figuresDir, figure, corpus.figures, invalidIds.figures);
  const plansDir = join(absRoot, CONTENT_LAYOUT.plans);
  for (const id of reader.folders(plansDir)) {
    const plan = readPlan(reader, join(plansDir, id), id);
    if (plan !== null) corpus.plans.push(plan);
  }
  return done();
}

/** One entry per file, id = file name: programmes, agencies, metrics. */
function readCatalogue(reader: Reader, dir: string, schema: z.ZodType<object>, into: Array<{ id: string }>, invalid: Set<string>): void {
  for (const abs of reader.jsonFiles(dir)) {
    const file = reader.rel(abs);
    const id = basename(abs, '.json');
    if (!slugId.safeParse(id).success) {
      reader.problems.push({ file, field: '', message: `Tên tệp "${id}" không dùng được làm mã.`, hint: `đổi tên tệp thành chữ thường không dấu, số và dấu gạch nối, ví dụ "cong-an.json".` });
    }
    const read = reader.readJson(abs);
    const valid = read.ok ? reader.validate(schema, read.data, file) : null;
    if (valid === null) {
      invalid.add(id);
      continue;
    }
    const entry = { ...valid, id };
    reader.origins.set(entry, { file, path: [] });
    into.push(entry);
  }
}

/** Every `regions/*.json`: an array of units each; the valid units of an invalid file stay in. */
function readRegions(reader: Reader, dir: string, corpus: Corpus, invalidIds: LoadedContent['invalidIds']): void {
  for (const abs of reader.jsonFiles(dir)) {
    const file = reader.rel(abs);
    const read = reader.readJson(abs);
    if (!read.ok) {
      // Its units still exist: plans naming them should not also be reported.
      for (const m of readFileSync(abs, 'utf8').matchAll(/"id"\s*:\s*"([^"\\]+)"/g)) invalidIds.regions.add(m[1]!);
      continue;
    }
    const valid = reader.validate(regionFile, read.data, file);
    if (valid !== null) {
      reader.keepOrigins(valid, file, []);
      corpus.regions.push(...valid);
    } else {
      corpus.regions.push(...reader.validEntries(read.data, region, file, [], invalidIds.regions));
    }
  }
}

/** One `plans/<id>/` folder; null when its plan.mdx is missing or invalid (its other problems are still reported). */
function readPlan(reader: Reader, dir: string, id: string): PlanEntry | null {
  const files = Object.fromEntries(Object.entries(PLAN_FILES).map(([key, { name }]) => [key, reader.rel(join(dir, name))])) as unknown as PlanFiles;
  if (!slugId.safeParse(id).success) {
    const slug = asciiSlug(id);
    reader.problems.push({
      file: reader.rel(dir),
      field: '',
      message: `Tên thư mục kế hoạch "${id}" không phải mã hợp lệ.`,
      hint: `đổi tên thư mục thành "${slug === '' ? 'tinh-bac-kan-2022' : slug}": chữ thường không dấu, số và dấu gạch nối, dạng <loại đơn vị>-<tên đơn vị>-<năm> (xem CONTRIBUTING.md, mục Ids).`,
    });
  }
  const present = readdirSync(dir);
  const has = (key: PlanFileKey): boolean => present.includes(PLAN_FILES[key].name);
  for (const [key, { name, empty }] of Object.entries(PLAN_FILES)) {
    if (has(key as PlanFileKey)) continue;
    const near = closest(name, present);
    reader.problems.push({
      file: files[key as PlanFileKey],
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
  const { sections, tasks } = has('tasks') ? reader.readLists<Pick<TaskFile, 'sections' | 'tasks'>, TaskFile>(join(dir, PLAN_FILES.tasks.name), files.tasks, PLAN_LISTS.tasks) : { sections: [], tasks: [] };
  const { targets } = has('targets') ? reader.readLists<Pick<TargetFile, 'targets'>, TargetFile>(join(dir, PLAN_FILES.targets.name), files.targets, PLAN_LISTS.targets) : { targets: [] };
  if (!has('plan')) return null;
  const planPath = join(dir, PLAN_FILES.plan.name);
  const frontmatter = readPlanFrontmatter(reader, readFrontmatterHead(planPath), files.plan);
  if (frontmatter === null) return null;
  return {
    id,
    frontmatter: frontmatter,
    // Read only when asked for: the checker never needs the full text.
    get body() {
      return readPlanBody(planPath);
    },
    sections,
    tasks,
    targets,
    files,
  };
}

function readPlanFrontmatter(reader: Reader, text: string, file: string): PlanEntry['frontmatter'] | null {
  const { data, errors, plainDates } = readFrontmatter(text, false);
  for (const date of plainDates) {
    reader.problems.push({
      file,
      line: date.line,
      field: fieldPath(date.path),
      message: `Ngày ${date.value} chưa đặt trong dấu ngoặc kép.`,
      hint: `viết "${date.value}" (có dấu ngoặc kép): khi dựng trang web, ngày không có ngoặc kép bị đọc thành kiểu ngày giờ chứ không phải chữ, và kế hoạch bị từ chối.`,
    });
  }
  for (const error of errors) reader.problems.push({ file, line: error.line, field: '', message: error.message, hint: error.hint });
  if (errors.length > 0) return null;
  const valid = reader.validate(planFrontmatter, data, file);
  if (valid === null) return null;
  reader.origins.set(valid, { file, path: [] });
  return valid;
}

/** What reading one content tree collects (problems, origins) and the file readers that fill them. */
class Reader {
  readonly problems: Problem[] = [];
  readonly origins = new Map<object, Origin>();
  readonly #base: string;

  constructor(base: string) {
    this.#base = base;
  }

  /** A path as problems name it: relative to the content root's parent, with "/". */
  rel(abs: string): string {
    return relative(this.#base, abs).split(sep).join('/');
  }

  /** The `*.json` files of a folder in name order; a missing folder is a problem. */
  jsonFiles(dir: string): string[] {
    if (!this.#present(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(dir, name));
  }

  /** The sub-folders of a folder in name order, hidden ones left out; a missing folder is a problem. */
  folders(dir: string): string[] {
    if (!this.#present(dir)) return [];
    return readdirSync(dir)
      .filter((name) => !name.startsWith('.') && isDirectory(join(dir, name)))
      .sort();
  }

  #present(dir: string): boolean {
    if (isDirectory(dir)) return true;
    this.problems.push({ file: this.rel(dir), field: '', message: 'Thiếu thư mục này.', hint: 'tạo lại thư mục (xem CONTRIBUTING.md, phần cấu trúc thư mục content/).' });
    return false;
  }

  /** A JSON file's data; a syntax error or a key written twice is a problem. */
  readJson(abs: string): { ok: true; data: unknown } | { ok: false } {
    const file = this.rel(abs);
    const text = readFileSync(abs, 'utf8');
    let data: unknown;
    try {
      data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
    } catch {
      const { error } = scanJson(text, false);
      this.problems.push({
        file,
        ...(error === null ? {} : { line: error.line }),
        field: '',
        message: error === null ? 'Tệp JSON sai cú pháp.' : `Tệp JSON sai cú pháp ở dòng ${error.line}, cột ${error.column}: ${lowerFirst(error.message)}`,
        hint: error === null ? 'mở tệp bằng trình soạn thảo có kiểm tra JSON để tìm chỗ sai.' : error.hint,
      });
      return { ok: false };
    }
    if (!writesKeyTwice(text, data)) return { ok: true, data };
    for (const duplicate of scanJson(text, false).duplicateKeys) {
      const key = String(duplicate.path[duplicate.path.length - 1]);
      const entry = entryIdAt(data, duplicate.path);
      this.problems.push({
        file,
        line: duplicate.line,
        field: fieldPath(duplicate.path),
        ...(entry === undefined ? {} : { entry }),
        message: `Trường "${key}" được ghi hai lần trong cùng một mục; chỉ lần ghi cuối cùng được dùng.`,
        hint: 'giữ lại một lần ghi và xóa lần còn lại.',
      });
    }
    return { ok: true, data };
  }

  /** The data when it passes `schema`, else null with its problems reported. */
  validate<T>(schema: z.ZodType<T>, data: unknown, file: string): T | null {
    const valid = validate(schema, data, file);
    if (valid.ok) return valid.value;
    this.problems.push(...valid.problems);
    return null;
  }

  /**
   * A plan file made of lists (tasks.json: sections and tasks): all of them when the file is
   * valid, else the entries of each list that pass their own schema. Empty lists when unreadable.
   * The file's schema `F` may allow keys besides the lists `T` (an editor's `$schema`); only the lists are read.
   */
  readLists<T extends Record<string, object[]>, F extends T = T>(abs: string, file: string, lists: { file: z.ZodType<F>; entries: { [K in keyof T]: z.ZodType<T[K][number]> } }): T {
    const read = this.readJson(abs);
    const keys = Object.keys(lists.entries) as Array<keyof T & string>;
    const valid = read.ok ? this.validate(lists.file, read.data, file) : null;
    if (valid !== null) {
      for (const key of keys) this.keepOrigins(valid[key] ?? [], file, [key]);
      return valid;
    }
    const data = read.ok ? (read.data as Partial<Record<string, unknown>> | null) : null;
    return Object.fromEntries(keys.map((key) => [key, this.validEntries(data?.[key], lists.entries[key], file, [key])])) as T;
  }

  /** The entries of a list (at `prefix` in the file) that pass their own schema, when the file as a whole did not. */
  validEntries<T extends object>(list: unknown, schema: z.ZodType<T>, file: string, prefix: PathSegment[], invalid?: Set<string>): T[] {
    if (!Array.isArray(list)) return [];
    const out: T[] = [];
    list.forEach((item: unknown, index) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) {
        this.origins.set(parsed.data, { file, path: [...prefix, index] });
        out.push(parsed.data);
      } else if (invalid !== undefined && typeof item === 'object' && item !== null && typeof (item as { id?: unknown }).id === 'string') {
        invalid.add((item as { id: string }).id);
      }
    });
    return out;
  }

  keepOrigins(list: readonly object[], file: string, prefix: PathSegment[]): void {
    list.forEach((item, index) => this.origins.set(item, { file, path: [...prefix, index] }));
  }
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);
}

