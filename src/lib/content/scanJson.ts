import { fieldPath, type PathSegment } from '../validate/fieldPath.ts';

/** A JSON syntax error, placed and explained for an editor. */
export interface JsonSyntaxError {
  /** 1-based line and column where reading stopped. */
  line: number;
  column: number;
  /** What is wrong, in Vietnamese: "Thiếu dấu phẩy trước trường \"deadline\"." */
  message: string;
  /** How to fix it, in Vietnamese. */
  hint: string;
}

/** What a scan of JSON text found. */
export interface JsonScan {
  /** The first syntax error, or null when the text is valid JSON. */
  error: JsonSyntaxError | null;
  /** A key written twice in one object (JSON.parse silently keeps the last one): its path and line. */
  duplicateKeys: Array<{ path: PathSegment[]; line: number }>;
  /** Line of every value by field path ("tasks[3].deadline.due" → 57); filled only when asked for. */
  lines: Map<string, number>;
}

class SyntaxStop extends Error {
  readonly at: number;
  readonly hint: string;
  constructor(at: number, message: string, hint: string) {
    super(message);
    this.at = at;
    this.hint = hint;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const CURLY_QUOTES = '“”‘’';

/**
 * Reads JSON text the way an editor needs when something is off: where the first syntax error is
 * and what it most likely is (a missing or extra comma, a quote not closed, a Vietnamese decimal comma…),
 * which keys are written twice, and, when `withLines` is set, the line of every field.
 * JSON.parse stays the reader of values; this is for diagnosis and line numbers.
 */
export function scanJson(text: string, withLines: boolean): JsonScan {
  const lines = new Map<string, number>();
  const duplicateKeys: JsonScan['duplicateKeys'] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const path: PathSegment[] = [];

  const lineAt = (at: number): number => {
    let n = 1;
    for (let k = text.indexOf('\n'); k !== -1 && k < at; k = text.indexOf('\n', k + 1)) n++;
    return n;
  };
  let line = 1;
  const skipSpace = (): void => {
    for (;;) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') break;
      i++;
    }
    if (text.startsWith('//', i) || text.startsWith('/*', i)) {
      throw new SyntaxStop(i, 'JSON không cho phép chú thích (// hoặc /* */).', 'xóa chú thích; nếu cần ghi chú cho nhiệm vụ, dùng trường "note".');
    }
  };
  /** The token at `at` as the editor sees it: a whole string literal ("deadline"), else the character. */
  const describe = (at: number): string => {
    if (at >= text.length) return 'cuối tệp';
    const literal = text[at] === '"' ? /^"(?:[^"\\\n]|\\.){0,40}"/.exec(text.slice(at)) : null;
    return literal !== null ? literal[0] : `"${text[at]}"`;
  };

  const readString = (): string => {
    const start = i;
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined || c === '\n' || c === '\r') {
        throw new SyntaxStop(
          i,
          'Chuỗi chưa có dấu ngoặc kép đóng trên dòng này.',
          'thêm dấu " ở cuối chuỗi; nếu văn bản gốc xuống dòng, nối lại thành một dòng.',
        );
      }
      if (c === '"') break;
      if (c === '\\') {
        const e = text[i + 1] ?? '';
        if (e === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(e) || e === '') {
          throw new SyntaxStop(i, 'Dấu \\ trong chuỗi phải đi với một ký tự thoát hợp lệ.', 'muốn ghi dấu \\ thì viết \\\\; muốn ghi dấu " thì viết \\".');
        }
        i += e === 'u' ? 6 : 2;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) {
        throw new SyntaxStop(i, 'Chuỗi chứa ký tự điều khiển (ví dụ phím Tab).', 'thay ký tự đó bằng dấu cách.');
      }
      i++;
    }
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };

  const readValue = (): void => {
    skipSpace();
    if (withLines) lines.set(fieldPath(path), line);
    const c = text[i];
    if (c === '{') return readObject();
    if (c === '[') return readArray();
    if (c === '"') {
      readString();
      return;
    }
    NUMBER.lastIndex = i;
    const number = NUMBER.exec(text);
    if (number !== null) {
      i += number[0].length;
      const decimals = /^,(\d+)/.exec(text.slice(i, i + 20));
      if (decimals !== null && typeof path[path.length - 1] === 'string') {
        throw new SyntaxStop(
          i,
          `Số "${number[0]}${decimals[0]}" viết dấu phẩy thập phân.`,
          `trong tệp JSON, phần thập phân dùng dấu chấm: ${number[0]}.${decimals[1]}; hàng nghìn không có dấu ngăn cách: 300000.`,
        );
      }
      if (/^[\w.]/.test(text[i] ?? '')) {
        throw new SyntaxStop(i, `Số viết sai: "${number[0]}${/^[\w.]+/.exec(text.slice(i))![0]}".`, 'trong tệp JSON, số viết không có số 0 ở đầu, không có chữ, phần thập phân dùng dấu chấm: 5, 1.5, 300000.');
      }
      return;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i) && !/\w/.test(text[i + word.length] ?? '')) {
        i += word.length;
        return;
      }
    }
    if (c !== undefined && CURLY_QUOTES.includes(c)) {
      throw new SyntaxStop(i, `Chuỗi mở bằng dấu ngoặc kép cong ${c}.`, 'dùng dấu ngoặc kép thẳng " ở hai đầu chuỗi (dấu cong “ ” chỉ được dùng bên trong chuỗi).');
    }
    if (c === "'") {
      throw new SyntaxStop(i, "Chuỗi đặt trong dấu nháy đơn '.", 'dùng dấu ngoặc kép thẳng " ở hai đầu chuỗi.');
    }
    throw new SyntaxStop(
      i,
      `Giá trị không hợp lệ bắt đầu bằng ${describe(i)}.`,
      'chữ phải đặt trong dấu ngoặc kép "…"; số, true, false và null viết không có ngoặc kép (True, NULL, 01 đều sai).',
    );
  };

  const readObject = (): void => {
    const open = i;
    i++;
    const seen = new Set<string>();
    skipSpace();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      skipSpace();
      const c = text[i];
      if (c !== '"') {
        if (c === ',') throw new SyntaxStop(i, 'Hai dấu phẩy liền nhau.', 'xóa một dấu phẩy.');
        if (c === '}' && seen.size > 0) {
          throw new SyntaxStop(i, 'Dấu phẩy thừa trước "}".', 'xóa dấu phẩy sau trường cuối cùng của đối tượng.');
        }
        if (c === undefined) throw unclosed(open, '}');
        if (CURLY_QUOTES.includes(c) || c === "'") {
          throw new SyntaxStop(i, `Tên trường mở bằng dấu ${c} thay vì dấu ngoặc kép thẳng.`, 'viết tên trường trong dấu ngoặc kép thẳng, ví dụ "deadline": …');
        }
        throw new SyntaxStop(i, `Cần tên trường trong dấu ngoặc kép, nhưng gặp ${describe(i)}.`, 'viết tên trường trong dấu ngoặc kép thẳng, ví dụ "deadline": …');
      }
      const keyLine = line;
      const key = readString();
      path.push(key);
      if (seen.has(key)) duplicateKeys.push({ path: [...path], line: keyLine });
      seen.add(key);
      skipSpace();
      if (text[i] !== ':') {
        throw new SyntaxStop(i, `Thiếu dấu hai chấm sau tên trường "${key}".`, `viết "${key}": rồi đến giá trị.`);
      }
      i++;
      readValue();
      if (withLines) lines.set(fieldPath(path), keyLine);
      path.pop();
      if (closedAfterItem(open, '}')) return;
    }
  };

  const readArray = (): void => {
    const open = i;
    i++;
    skipSpace();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (let index = 0; ; index++) {
      skipSpace();
      if (text[i] === ']') throw new SyntaxStop(i, 'Dấu phẩy thừa trước "]".', 'xóa dấu phẩy sau phần tử cuối cùng của danh sách.');
      if (text[i] === ',') throw new SyntaxStop(i, 'Hai dấu phẩy liền nhau.', 'xóa một dấu phẩy.');
      if (text[i] === undefined) throw unclosed(open, ']');
      path.push(index);
      readValue();
      path.pop();
      if (closedAfterItem(open, ']')) return;
    }
  };

  /**
   * After a field or element of the object or array opened at `open`: steps over a comma and
   * answers false (another item follows), or over the closing `close` and answers true.
   */
  const closedAfterItem = (open: number, close: '}' | ']'): boolean => {
    const end = i;
    skipSpace();
    if (text[i] === ',') {
      i++;
      return false;
    }
    if (text[i] === close) {
      i++;
      return true;
    }
    if (text[i] === undefined) throw unclosed(open, close);
    throw missingComma(end, close);
  };

  const unclosed = (open: number, close: string): SyntaxStop =>
    new SyntaxStop(
      text.length,
      `Tệp kết thúc mà "${text[open]}" mở ở dòng ${lineAt(open)} chưa được đóng.`,
      `thêm "${close}" còn thiếu (thường ở cuối tệp, hoặc ở cuối phần tử vừa sửa).`,
    );
  const missingComma = (afterValue: number, close: string): SyntaxStop =>
    new SyntaxStop(
      i,
      `Thiếu dấu phẩy trước ${describe(i)}.`,
      `thêm dấu phẩy vào sau giá trị kết thúc ở dòng ${lineAt(afterValue)}; nếu mục trước đã hết thì thiếu dấu "${close}" đóng nó.`,
    );

  try {
    readValue();
    skipSpace();
    if (i < text.length) {
      throw new SyntaxStop(i, `Có nội dung thừa sau dấu đóng cuối cùng: ${describe(i)}.`, 'xóa phần thừa, hoặc kiểm tra xem có dấu } hay ] nào đóng quá sớm không.');
    }
    return { error: null, duplicateKeys, lines };
  } catch (e) {
    if (!(e instanceof SyntaxStop)) throw e;
    const before = text.slice(0, e.at);
    const lineStart = before.lastIndexOf('\n') + 1;
    return {
      error: { line: lineAt(e.at), column: e.at - lineStart + 1, message: e.message, hint: e.hint },
      duplicateKeys,
      lines,
    };
  }
}
