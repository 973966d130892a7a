import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Node } from 'yaml';
import { fieldPath, type PathSegment } from '../validate/fieldPath.ts';

/** A frontmatter that cannot be read, placed (line in the whole file) and explained in Vietnamese. */
export interface FrontmatterError {
  line: number;
  message: string;
  hint: string;
}

/** An MDX file split into its YAML frontmatter (parsed) and its body. */
export interface Frontmatter {
  /** The parsed YAML, or undefined when there is none or it could not be read. */
  data: unknown;
  /** Everything after the closing `---`. */
  body: string;
  /** Why the frontmatter could not be read; empty when it was. */
  errors: FrontmatterError[];
  /** Line (in the whole file) of every frontmatter field by path ("period.from" → 9); filled only when asked for. */
  lines: Map<string, number>;
  /**
   * Dates written without quotes (`issuedOn: 2022-04-15`). This reader keeps them as strings, but
   * the site's build reads frontmatter with js-yaml (Astro), which turns them into Date objects
   * that the schema refuses: the checker must report them so that check and build agree.
   */
  plainDates: Array<{ path: PathSegment[]; line: number; value: string }>;
}

/** What js-yaml (Astro's frontmatter reader) takes for a timestamp: "2022-04-15", "2022-04-15T10:00:00". */
const JS_YAML_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:$|[Tt ]|\s)/;

const FENCE = /^---[ \t]*\r?$/m;

/** What each `yaml` error code most likely means for someone editing a plan by hand. */
const YAML_ERRORS: Record<string, { message: string; hint: string }> = {
  BLOCK_AS_IMPLICIT_KEY: {
    message: 'Giá trị có dấu hai chấm ":" hoặc bị xuống dòng nên không đọc được.',
    hint: 'đặt cả giá trị trong dấu ngoặc kép, ví dụ title: "Kế hoạch: thực hiện Đề án 06".',
  },
  MULTILINE_IMPLICIT_KEY: {
    message: 'Tên trường hoặc giá trị bị xuống dòng nên không đọc được.',
    hint: 'đặt giá trị dài trong dấu ngoặc kép, hoặc thụt lề các dòng tiếp theo thêm hai dấu cách.',
  },
  DUPLICATE_KEY: {
    message: 'Một trường được ghi hai lần.',
    hint: 'giữ lại một lần ghi và xóa lần còn lại.',
  },
  BAD_INDENT: {
    message: 'Thụt lề không thẳng hàng.',
    hint: 'các trường cùng cấp phải bắt đầu ở cùng một cột; trường con thụt vào hai dấu cách so với trường cha.',
  },
  TAB_AS_INDENT: {
    message: 'Dùng phím Tab để thụt lề.',
    hint: 'thay Tab bằng dấu cách (hai dấu cách cho mỗi cấp).',
  },
  MISSING_CHAR: {
    message: 'Thiếu ký tự đóng (dấu ngoặc kép, "]" hoặc "}") hoặc thiếu dấu hai chấm sau tên trường.',
    hint: 'kiểm tra mỗi dấu ngoặc kép, ngoặc vuông, ngoặc nhọn đã có dấu đóng, và mỗi dòng có dạng tên: giá trị.',
  },
};
const UNKNOWN_YAML_ERROR = {
  message: 'Phần thông tin đầu tệp (YAML) sai cú pháp.',
  hint: 'so sánh với một kế hoạch khác; giá trị có ký tự đặc biệt (: # " \' [ ]) thì đặt trong dấu ngoặc kép.',
};

/**
 * Splits `content/plans/<id>/plan.mdx` into its YAML frontmatter and its MDX body and parses the
 * YAML, with each error placed on its line in the whole file and explained for an editor.
 * Nothing is thrown: a file that cannot be read gives `data: undefined` and its errors.
 */
export function readFrontmatter(text: string, withLines: boolean): Frontmatter {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = new Map<string, number>();
  const open = /^---[ \t]*\r?\n/.exec(source);
  const rest = open === null ? null : source.slice(open[0].length);
  const close = rest === null ? null : FENCE.exec(rest);
  if (open === null || rest === null || close === null) {
    return {
      data: undefined,
      body: source,
      errors: [
        {
          line: 1,
          message: open === null ? 'Tệp không bắt đầu bằng phần thông tin đầu tệp (frontmatter).' : 'Phần thông tin đầu tệp chưa có dòng "---" đóng.',
          hint: 'tệp phải bắt đầu bằng một dòng ---, tiếp theo là các trường (title, level, region, …), rồi một dòng --- nữa trước nội dung kế hoạch.',
        },
      ],
      lines,
      plainDates: [],
    };
  }
  const yamlText = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\n/, '');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number): number => counter.linePos(offset).line + 1;

  if (doc.errors.length > 0) {
    const errors: FrontmatterError[] = [];
    for (const error of doc.errors) {
      const line = lineOf(error.pos[0]);
      if (errors.some((e) => e.line === line)) continue;
      const { message, hint } = YAML_ERRORS[error.code] ?? UNKNOWN_YAML_ERROR;
      errors.push({ line, message: `Phần thông tin đầu tệp (YAML) sai ở dòng ${line}: ${message.charAt(0).toLocaleLowerCase('vi')}${message.slice(1)}`, hint });
    }
    return { data: undefined, body, errors, lines, plainDates: [] };
  }
  const plainDates: Frontmatter['plainDates'] = [];
  walk(doc.contents, [], (value, path, start) => {
    if (withLines) lines.set(fieldPath(path), lineOf(start));
    if (isScalar(value) && value.type === Scalar.PLAIN && typeof value.value === 'string' && JS_YAML_TIMESTAMP.test(value.value)) {
      plainDates.push({ path, line: lineOf(start), value: value.value });
    }
  });
  return { data: doc.toJS() as unknown, body, errors: [], lines, plainDates };
}

/**
 * Calls `visit` on every value with its path and where it starts: a map entry at its key (that is
 * where an editor looks for "issuedOn"), a list item at the item.
 */
function walk(node: unknown, path: PathSegment[], visit: (value: unknown, path: PathSegment[], start: number) => void): void {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const start = (pair.key as Node | null)?.range?.[0];
      if (start !== undefined) visit(pair.value, [...path, key], start);
      walk(pair.value, [...path, key], visit);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const start = (item as Node | null)?.range?.[0];
      if (start !== undefined) visit(item, [...path, index], start);
      walk(item, [...path, index], visit);
    });
  }
}

/** The MDX body of the `plan.mdx` at `path`: the plan's full text, read only when it is needed. */
export function readPlanBody(path: string): string {
  return readFrontmatter(readFileSync(path, 'utf8'), false).body;
}
