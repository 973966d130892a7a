import { printParseErrorCode, visit, type JSONPath } from 'jsonc-parser';
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

const CURLY_QUOTES = '“”‘’';

/**
 * Reads JSON text (with jsonc-parser, comments and trailing commas refused) the way an editor needs
 * when something is off: where the first syntax error is and what it most likely is (a missing or
 * extra comma, a quote not closed, a Vietnamese decimal comma…), which keys are written twice, and,
 * when `withLines` is set, the line of every field (of its key, for an object's field).
 * JSON.parse stays the reader of values; this is for diagnosis and line numbers.
 */
export function scanJson(text: string, withLines: boolean): JsonScan {
  const lines = new Map<string, number>();
  const duplicateKeys: JsonScan['duplicateKeys'] = [];
  const keysSeen: Array<Set<string>> = [];
  const opened: number[] = [];
  const where: Place = { state: 'start', open: null, closed: null, key: '' };
  let error: JsonSyntaxError | null = null;
  const line = (startLine: number): number => startLine + 1;
  const value = (startLine: number, path: JSONPath): void => {
    // A field's line is its key's, set by onObjectProperty; elements and the root take their own.
    if (withLines && typeof path[path.length - 1] !== 'string') lines.set(fieldPath(path), line(startLine));
  };
  const begin = (offset: number): void => {
    opened.push(offset);
    where.state = 'open';
    where.open = offset;
  };
  const ended = (): void => {
    where.open = opened[opened.length - 1] ?? null;
    where.state = where.open === null ? 'end' : 'value';
  };
  const close = (): void => {
    keysSeen.length = opened.length - 1;
    where.closed = opened.pop() ?? null;
    ended();
  };

  visit(
    text,
    {
      onObjectBegin: (offset, _length, startLine, _char, path) => {
        value(startLine, path());
        keysSeen.push(new Set());
        begin(offset);
      },
      onArrayBegin: (offset, _length, startLine, _char, path) => {
        value(startLine, path());
        keysSeen.push(new Set());
        begin(offset);
      },
      onObjectEnd: close,
      onArrayEnd: close,
      onLiteralValue: (_value, _offset, _length, startLine, _char, path) => {
        value(startLine, path());
        ended();
      },
      onObjectProperty: (key, _offset, _length, startLine, _char, path) => {
        where.state = 'key';
        where.key = key;
        if (error !== null) return;
        const at = [...path(), key];
        const seen = keysSeen[keysSeen.length - 1];
        if (seen?.has(key)) duplicateKeys.push({ path: at, line: line(startLine) });
        seen?.add(key);
        if (withLines) lines.set(fieldPath(at), line(startLine));
      },
      onSeparator: (character) => {
        where.state = character === ':' ? 'colon' : 'comma';
      },
      onError: (code, offset) => {
        error ??= explain(text, printParseErrorCode(code), offset, { ...where });
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return { error, duplicateKeys, lines };
}

/** Where reading was when an error came: just after what, inside which `{` or `[` (its offset), after which key. */
interface Place {
  state: 'start' | 'open' | 'key' | 'colon' | 'value' | 'comma' | 'end';
  open: number | null;
  /** The `{` or `[` closed last: at the end of the file, jsonc-parser closes what is still open, then reports it. */
  closed: number | null;
  key: string;
}

/** The first error jsonc-parser met (`code` is its name), at `offset`, said the way an editor would fix it. */
function explain(text: string, code: string, offset: number, { state, open, closed, key }: Place): JsonSyntaxError {
  const at = (where: number, message: string, hint: string): JsonSyntaxError => {
    const before = text.slice(0, where);
    return { line: before.split('\n').length, column: where - (before.lastIndexOf('\n') + 1) + 1, message, hint };
  };
  const c = text[offset];
  const previous = text.slice(0, offset).trimEnd();
  const inObject = open !== null && text[open] === '{';

  switch (code) {
    case 'InvalidCommentToken':
      return at(offset, 'JSON không cho phép chú thích (// hoặc /* */).', 'xóa chú thích; nếu cần ghi chú cho nhiệm vụ, dùng trường "note".');
    case 'UnexpectedEndOfString': {
      const end = /[\r\n]|$/.exec(text.slice(offset))!.index + offset;
      return at(end, 'Chuỗi chưa có dấu ngoặc kép đóng trên dòng này.', 'thêm dấu " ở cuối chuỗi; nếu văn bản gốc xuống dòng, nối lại thành một dòng.');
    }
    case 'InvalidEscapeCharacter':
    case 'InvalidUnicode':
      return at(text.lastIndexOf('\\', offset + 1), 'Dấu \\ trong chuỗi phải đi với một ký tự thoát hợp lệ.', 'muốn ghi dấu \\ thì viết \\\\; muốn ghi dấu " thì viết \\".');
    case 'InvalidCharacter':
      return at(offset, 'Chuỗi chứa ký tự điều khiển (ví dụ phím Tab).', 'thay ký tự đó bằng dấu cách.');
  }
  const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/.exec(previous);
  if (state === 'value' && number !== null && previous.length === offset && /^[\w.]/.test(c ?? '')) {
    return at(offset, `Số viết sai: "${number[0]}${/^[\w.]+/.exec(text.slice(offset))![0]}".`, 'trong tệp JSON, số viết không có số 0 ở đầu, không có chữ, phần thập phân dùng dấu chấm: 5, 1.5, 300000.');
  }
  const decimal = /(-?\d+(?:\.\d+)?),$/.exec(previous);
  const digits = /^\d+/.exec(text.slice(offset));
  if (state === 'comma' && inObject && decimal !== null && digits !== null && previous.length === offset) {
    return at(offset - 1, `Số "${decimal[1]},${digits[0]}" viết dấu phẩy thập phân.`, `trong tệp JSON, phần thập phân dùng dấu chấm: ${decimal[1]}.${digits[0]}; hàng nghìn không có dấu ngăn cách: 300000.`);
  }
  const atEnd = offset >= text.length;
  if (atEnd && (code === 'CloseBraceExpected' || code === 'CloseBracketExpected') && closed !== null) return unclosed(text, closed, at);
  if (state === 'end') {
    return at(offset, `Có nội dung thừa sau dấu đóng cuối cùng: ${describe(text, offset)}.`, 'xóa phần thừa, hoặc kiểm tra xem có dấu } hay ] nào đóng quá sớm không.');
  }
  if (open !== null && atEnd && state !== 'colon') return unclosed(text, open, at);
  if (state === 'key') return at(offset, `Thiếu dấu hai chấm sau tên trường "${key}".`, `viết "${key}": rồi đến giá trị.`);
  if (state === 'value') {
    return at(
      offset,
      `Thiếu dấu phẩy trước ${describe(text, offset)}.`,
      `thêm dấu phẩy vào sau giá trị kết thúc ở dòng ${previous.split('\n').length}; nếu mục trước đã hết thì thiếu dấu "${inObject ? '}' : ']'}" đóng nó.`,
    );
  }
  if ((state === 'open' || state === 'comma') && c === ',') return at(offset, 'Hai dấu phẩy liền nhau.', 'xóa một dấu phẩy.');
  if (state === 'comma' && c === (inObject ? '}' : ']')) {
    return at(offset, `Dấu phẩy thừa trước "${c}".`, `xóa dấu phẩy sau ${c === '}' ? 'trường cuối cùng của đối tượng' : 'phần tử cuối cùng của danh sách'}.`);
  }
  if (inObject && (state === 'open' || state === 'comma')) {
    if (c !== undefined && (CURLY_QUOTES.includes(c) || c === "'")) {
      return at(offset, `Tên trường mở bằng dấu ${c} thay vì dấu ngoặc kép thẳng.`, 'viết tên trường trong dấu ngoặc kép thẳng, ví dụ "deadline": …');
    }
    return at(offset, `Cần tên trường trong dấu ngoặc kép, nhưng gặp ${describe(text, offset)}.`, 'viết tên trường trong dấu ngoặc kép thẳng, ví dụ "deadline": …');
  }
  if (c !== undefined && CURLY_QUOTES.includes(c)) {
    return at(offset, `Chuỗi mở bằng dấu ngoặc kép cong ${c}.`, 'dùng dấu ngoặc kép thẳng " ở hai đầu chuỗi (dấu cong “ ” chỉ được dùng bên trong chuỗi).');
  }
  if (c === "'") return at(offset, "Chuỗi đặt trong dấu nháy đơn '.", 'dùng dấu ngoặc kép thẳng " ở hai đầu chuỗi.');
  return at(
    offset,
    `Giá trị không hợp lệ bắt đầu bằng ${describe(text, offset)}.`,
    'chữ phải đặt trong dấu ngoặc kép "…"; số, true, false và null viết không có ngoặc kép (True, NULL, 01 đều sai).',
  );
}

function unclosed(text: string, open: number, at: (where: number, message: string, hint: string) => JsonSyntaxError): JsonSyntaxError {
  const openLine = text.slice(0, open).split('\n').length;
  return at(text.length, `Tệp kết thúc mà "${text[open]}" mở ở dòng ${openLine} chưa được đóng.`, `thêm "${text[open] === '{' ? '}' : ']'}" còn thiếu (thường ở cuối tệp, hoặc ở cuối phần tử vừa sửa).`);
}

/** The token at `at` as the editor sees it: a whole string literal ("deadline"), else the character. */
function describe(text: string, at: number): string {
  if (at >= text.length) return 'cuối tệp';
  const literal = text[at] === '"' ? /^"(?:[^"\\\n]|\\.){0,40}"/.exec(text.slice(at)) : null;
  return literal !== null ? literal[0] : `"${text[at]}"`;
}
