import { z } from 'zod';
import { isoDate, partialDate, slugId } from '../../schemas/common.ts';
import { entryIdAt } from './entryIdAt.ts';
import { fieldPath } from './fieldPath.ts';
import { parseVietnameseNumber } from '../number/parseVietnameseNumber.ts';
import { asciiSlug } from '../text/sectionId.ts';
import { upperFirst } from '../text/vietnamese.ts';
import { closest } from './closest.ts';
import type { Problem } from './problem.ts';
import { allowedValues, knownKeys, schemaAt, type SchemaAt } from './schemaAt.ts';

/** The outcome of validating one file's data against its schema. */
export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/**
 * Marks zod's own messages so they can be told apart from the Vietnamese messages the schemas
 * carry (`.refine(…, 'ngày này không có trên lịch')`): those are kept, zod's are rewritten here
 * with the field, the value and a fix. The Vietnamese locale's text follows, as a last resort.
 */
const DEFAULT = '\u0000';
const vietnamese = z.locales.vi().localeError;
const errorMap: z.core.$ZodErrorMap = (issue) => {
  const text = vietnamese(issue);
  return DEFAULT + (typeof text === 'string' ? text : (text?.message ?? ''));
};

/**
 * Validates `data` (the content of `file`) against `schema` and, when it fails, explains every issue
 * to an editor in Vietnamese: the field path, the offending value when short, what is wrong and how
 * to fix it — including the near name of a misspelt key ("dealine" → "deadline") or value.
 */
export function validate<T>(schema: z.ZodType<T>, data: unknown, file: string): Validated<T> {
  const result = schema.safeParse(data, { error: errorMap });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: explainIssues(result.error.issues, schema, data, file) };
}

/** Every zod issue as a problem; a misspelt key and the required key it stands for become one problem. */
export function explainIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodType, data: unknown, file: string): Problem[] {
  const missing = new Set(issues.filter((i) => isMissing(data, i.path)).map((i) => fieldPath(i.path)));
  const renamed = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const keys = knownKeys(schemaAt(schema, issue.path, data));
    for (const key of issue.keys) {
      const guess = closest(key, keys);
      const stands = guess !== null && missing.has(fieldPath([...issue.path, guess]));
      if (stands) renamed.add(fieldPath([...issue.path, guess]));
      problems.push(
        problemAt(file, data, [...issue.path, key], {
          message: stands
            ? `Trường "${key}" không có trong mẫu dữ liệu, còn trường bắt buộc "${guess}" thì đang thiếu.`
            : `Trường "${key}" không có trong mẫu dữ liệu.`,
          hint: stands
            ? `đổi tên "${key}" thành "${guess}".`
            : guess !== null
              ? `có phải "${guess}"? Sửa lại tên trường, hoặc xóa trường này.`
              : `xóa trường này; các trường được phép: ${keys.map((k) => `"${k}"`).join(', ')}.`,
        }),
      );
    }
  }
  // One problem per field: a bad id or date also fails the checks after its format, and fixing the first fixes those.
  const explained = new Set<string>(renamed);
  for (const issue of issues) {
    const field = fieldPath(issue.path);
    if (issue.code === 'unrecognized_keys' || explained.has(field)) continue;
    explained.add(field);
    problems.push(problemAt(file, data, issue.path, explain(issue, schema, data)));
  }
  return problems;
}

function problemAt(file: string, data: unknown, path: readonly PropertyKey[], text: { message: string; hint: string }): Problem {
  const entry = entryIdAt(data, path);
  return {
    file,
    field: fieldPath(path),
    ...(entry === undefined ? {} : { entry }),
    message: sentence(upperFirst(text.message)),
    hint: sentence(text.hint),
  };
}

function explain(issue: z.core.$ZodIssue, schema: z.ZodType, data: unknown): { message: string; hint: string } {
  const value = valueAt(data, issue.path);
  const at = schemaAt(schema, issue.path, data);
  const own = issue.message.startsWith(DEFAULT) ? null : issue.message;
  const key = issue.path[issue.path.length - 1];

  if (isMissing(data, issue.path) && typeof key === 'string') {
    return { message: `Thiếu trường bắt buộc "${key}".`, hint: `thêm trường "${key}": ${expectation(issue, at)}.` };
  }

  const dates = dateKind(at);
  if (dates !== null && (issue.code === 'invalid_format' || issue.code === 'custom')) {
    const shape = dates === 'iso' ? 'YYYY-MM-DD' : 'YYYY-MM-DD hoặc YYYY-MM';
    const example = dates === 'iso' ? 'ví dụ 2022-06-30' : 'ví dụ 2022-06-30 hoặc 2022-04';
    if (issue.code === 'custom') return { message: `${show(value)} không phải ngày có thật.`, hint: `ghi ngày theo dạng ${shape}, ${example}.` };
    const fixed = typeof value === 'string' ? isoFromVietnamese(value) : null;
    return {
      message: `${show(value)} không phải ngày theo dạng ${shape}.`,
      hint: fixed === null ? `ghi ngày theo dạng ${shape}, ${example}.` : `ghi "${fixed}".`,
    };
  }
  if (issue.code === 'invalid_format' && isId(at) && typeof value === 'string') {
    const slug = asciiSlug(value);
    return {
      message: `${show(value)} không phải mã hợp lệ.`,
      hint: `mã chỉ gồm chữ thường không dấu, số và dấu gạch nối${slug !== '' && slug !== value ? `: ghi "${slug}"` : ', ví dụ "cong-an"'}.`,
    };
  }
  if (own !== null) {
    const [what, fix] = splitOwnMessage(own);
    return {
      message: value === undefined || value === '' ? what : `${show(value)}: ${what}`,
      hint: fix ?? defaultHint(issue, at, value),
    };
  }

  switch (issue.code) {
    case 'invalid_type':
      return {
        message: `Phải là ${typeName(issue.expected)}${at?.nullable ? ' hoặc null' : ''}, nhưng đang là ${valueType(value)}${shortValue(value)}.`,
        hint: typeHint(issue.expected, value, at?.nullable ?? false),
      };
    case 'invalid_value':
    case 'invalid_union': {
      const allowed = issue.code === 'invalid_value' ? issue.values.map(String) : unionOptions(issue);
      if (allowed.length === 0) {
        return { message: `${show(value)} không khớp với dạng nào được phép.`, hint: 'so sánh với các mục cùng loại đã đúng và sửa cho giống.' };
      }
      const guess = typeof value === 'string' ? closest(value, allowed) : null;
      return {
        message: `${show(value)} không phải giá trị được phép.`,
        hint: `${guess === null ? 'các' : `có phải "${guess}"? Các`} giá trị được phép: ${allowed.map((v) => `"${v}"`).join(', ')}.`,
      };
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
      return { message: `${value === '' ? '' : `${show(value)} `}${limitMessage(issue, value)}`, hint: defaultHint(issue, at, value) };
    default:
      return { message: issue.message.slice(DEFAULT.length) || 'Giá trị không hợp lệ.', hint: 'so sánh với các mục cùng loại đã đúng và sửa cho giống.' };
  }
}

/** "Giá trị" wording for too_small / too_big / invalid_format without a message of the schema's own. */
function limitMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
    const small = issue.code === 'too_small';
    if (issue.origin === 'string') {
      return bound === 1 && small ? 'không được để trống.' : `${small ? 'quá ngắn: cần ít nhất' : 'quá dài: tối đa'} ${bound} ký tự.`;
    }
    if (issue.origin === 'array') {
      const count = Array.isArray(value) ? value.length : 0;
      return `có ${count} mục, nhưng cần ${small ? 'ít nhất' : 'nhiều nhất'} ${bound} mục.`;
    }
    return small ? `nhỏ hơn mức tối thiểu ${bound}.` : `lớn hơn mức tối đa ${bound}.`;
  }
  return issue.code === 'invalid_format' && isDatePattern(issue.pattern) ? 'không phải ngày theo dạng YYYY-MM-DD.' : 'không đúng dạng quy định.';
}

function isDatePattern(pattern: unknown): boolean {
  return String(pattern) === String(/^\d{4}-\d{2}-\d{2}$/);
}

function defaultHint(issue: z.core.$ZodIssue, at: SchemaAt | null, value: unknown): string {
  switch (issue.code) {
    case 'too_small':
    case 'too_big': {
      const bound = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      if (issue.origin === 'string') {
        return bound === 1 && issue.code === 'too_small'
          ? `ghi nội dung đúng như văn bản${at?.nullable ? ', hoặc null nếu văn bản không có' : ''}.`
          : `viết ${issue.code === 'too_small' ? 'đầy đủ hơn' : 'ngắn lại'} (${issue.code === 'too_small' ? 'ít nhất' : 'tối đa'} ${bound} ký tự).`;
      }
      if (issue.origin === 'array') return issue.code === 'too_small' ? `bổ sung cho đủ ${bound} mục.` : `bớt còn ${bound} mục.`;
      return `ghi số ${issue.code === 'too_small' ? 'từ' : 'không quá'} ${bound}${issue.code === 'too_small' ? ' trở lên' : ''}.`;
    }
    case 'invalid_format':
      if (!isDatePattern(issue.pattern)) return 'sửa lại cho đúng dạng như các mục cùng loại.';
      return typeof value === 'string' && isoFromVietnamese(value) !== null
        ? `ghi "${isoFromVietnamese(value)}".`
        : 'ghi ngày theo dạng YYYY-MM-DD, ví dụ 2022-06-30.';
    default:
      return 'sửa giá trị cho đúng yêu cầu trên.';
  }
}

/** What a missing field should hold, for the hint "thêm trường …". */
function expectation(issue: z.core.$ZodIssue, at: SchemaAt | null): string {
  const orNull = at?.nullable ? ', hoặc null nếu văn bản không có' : '';
  const allowed = issue.code === 'invalid_union' ? unionOptions(issue) : allowedValues(at);
  if (allowed.length > 0) return `một trong ${allowed.map((v) => `"${v}"`).join(', ')}${orNull}`;
  if (isId(at)) return `một mã (chữ thường không dấu, số và dấu gạch nối)${orNull}`;
  // A missing object is easier to write when its fields are named: "đối tượng { title, url, … }".
  const keys = knownKeys(at);
  if (issue.code === 'invalid_type' && issue.expected === 'object' && keys.length > 0) return `đối tượng { ${keys.join(', ')} }${orNull}`;
  if (issue.code === 'invalid_type') return `${typeName(issue.expected)}${orNull}`;
  return `giá trị theo mô tả trong src/schemas/${orNull}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ (trong dấu ngoặc kép)',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true hoặc false',
  array: 'danh sách [ … ]',
  object: 'đối tượng { … }',
  null: 'null',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function valueType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'danh sách';
  if (typeof value === 'string') return 'chữ';
  if (typeof value === 'number') return Number.isInteger(value) ? 'số' : 'số thập phân';
  if (typeof value === 'boolean') return 'giá trị đúng/sai';
  return 'đối tượng';
}

function typeHint(expected: string, value: unknown, nullable: boolean): string {
  const orNull = nullable ? ', hoặc null nếu văn bản không có' : '';
  switch (expected) {
    case 'array':
      return typeof value === 'string'
        ? `đặt trong ngoặc vuông: ["${value}"]${orNull}.`
        : `ghi danh sách trong ngoặc vuông, ví dụ ["a", "b"], hoặc [] nếu không có${orNull}.`;
    case 'number': {
      const n = typeof value === 'string' ? parseVietnameseNumber(value) : null;
      return n === null
        ? `ghi số không có dấu ngoặc kép, phần thập phân dùng dấu chấm, ví dụ 90 hoặc 1.5${orNull}.`
        : `bỏ dấu ngoặc kép và dấu ngăn cách hàng nghìn: ghi ${n}${orNull}.`;
    }
    case 'int':
      return `ghi số nguyên, ví dụ 2022${orNull}.`;
    case 'string':
      return typeof value === 'number' || typeof value === 'boolean'
        ? `đặt trong dấu ngoặc kép: "${String(value)}"${orNull}.`
        : `ghi chữ trong dấu ngoặc kép "…"${orNull}.`;
    case 'boolean':
      return value === 'true' || value === 'false' ? `bỏ dấu ngoặc kép: ghi ${value}.` : 'ghi true hoặc false, không có dấu ngoặc kép.';
    case 'object':
      return `ghi một đối tượng { … } như các mục cùng loại đã đúng${orNull}.`;
    default:
      return `ghi ${typeName(expected)}${orNull}.`;
  }
}

/** The options of a discriminated union whose tag matched none (zod lists them on the issue). */
function unionOptions(issue: z.core.$ZodIssue): string[] {
  const options = (issue as { options?: unknown }).options;
  return Array.isArray(options) ? options.map(String) : [];
}

/** Splits "không được để trống: chép nguyên văn …" into what is wrong and how to fix it (a colon inside brackets does not count). */
function splitOwnMessage(message: string): [string, string | null] {
  let depth = 0;
  for (let i = 0; i < message.length - 1; i++) {
    const c = message[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ':' && message[i + 1] === ' ' && depth === 0) return [message.slice(0, i), message.slice(i + 2)];
  }
  return [message, null];
}

function dateKind(at: SchemaAt | null): 'iso' | 'partial' | null {
  if (at === null) return null;
  if (derivesFrom(at.schema, isoDate)) return 'iso';
  if (derivesFrom(at.schema, partialDate)) return 'partial';
  return null;
}

function isId(at: SchemaAt | null): boolean {
  return at !== null && derivesFrom(at.schema, slugId);
}

/** True when `schema` is `base` or was made from it by adding checks (`slugId.refine(…)` keeps slugId's checks). */
function derivesFrom(schema: z.ZodType, base: z.ZodType): boolean {
  if (schema === base) return true;
  const own = schema._zod.def.checks ?? [];
  const inherited = base._zod.def.checks ?? [];
  return schema._zod.def.type === base._zod.def.type && inherited.length > 0 && inherited.every((c) => own.includes(c));
}

/** "30/6/2023" → "2023-06-30"; null when `s` is not a day/month/year date. */
function isoFromVietnamese(s: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s.trim());
  return m === null ? null : `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** True when the path names a key its (object) parent does not have. */
function isMissing(data: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(data, path.slice(0, -1));
  const key = path[path.length - 1]!;
  return typeof parent === 'object' && parent !== null && !Array.isArray(parent) && !(key in parent);
}

/** The value as an editor would write it, when short: "\"2022-13-01\"", "95", "null"; else what kind of value it is. */
function show(value: unknown): string {
  const json = value === undefined ? undefined : JSON.stringify(value);
  if (json !== undefined && json.length <= 60) return json;
  return `Giá trị (${valueType(value)})`;
}

function shortValue(value: unknown): string {
  const json = value === undefined ? undefined : JSON.stringify(value);
  return json !== undefined && json.length <= 60 && value !== null ? ` ${json}` : '';
}

function sentence(s: string): string {
  const t = s.trim();
  return /[.?!…]$/.test(t) ? t : `${t}.`;
}
