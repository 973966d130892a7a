/**
 * The logic of the pages' filter lists (a plan's task table, the timeline), shared by the browser's
 * `<filter-list>` element and the tests: which values a URL may set, the query string of a state,
 * whether an item passes, the count sentence, and the rows of a CSV that a filter keeps.
 */

/** Chosen value per filter name; names without a value are absent. */
export type FilterState = Record<string, string>;

/** A filter value as it may appear in a URL: ids, years, quarters ("2022-Q1"), ASCII. */
const VALUE = /^[A-Za-z0-9][A-Za-z0-9-]{0,80}$/;

/**
 * The state a URL's query asks for, keeping only filters the form has and values it offers, so an
 * old or hand-edited link still opens the page. Names are read in `allowed`'s order.
 */
export function readFilterState(params: URLSearchParams, allowed: ReadonlyMap<string, ReadonlySet<string>>): FilterState {
  const state: FilterState = {};
  for (const [name, values] of allowed) {
    const value = params.get(name)?.trim() ?? '';
    if (VALUE.test(value) && values.has(value)) state[name] = value;
  }
  return state;
}

/** The query string of a state ("?co-quan=cong-an&nam=2024"), names in the given order; "" when nothing is chosen. */
export function filterQuery(state: FilterState, names: readonly string[]): string {
  const params = new URLSearchParams();
  for (const name of names) if (state[name]) params.set(name, state[name]);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** True when, for every chosen filter, the item's own values (space-separated tokens) include the chosen one. */
export function passesFilters(state: FilterState, tokensOf: (name: string) => string | undefined): boolean {
  for (const [name, value] of Object.entries(state)) {
    if (!(tokensOf(name) ?? '').split(' ').includes(value)) return false;
  }
  return true;
}

/** The live sentence under a filter: "Đang hiển thị 3 trên 12 nhiệm vụ." (and when nothing matches, says so). */
export function filterCountMessage(shown: number, total: number, noun: string, filtered: boolean): string {
  if (!filtered) return `Đang hiển thị tất cả ${total} ${noun}.`;
  const text = `Đang hiển thị ${shown} trên ${total} ${noun}.`;
  return shown === 0 ? `${text} Không có ${noun} nào khớp bộ lọc.` : text;
}

/** The records of a CSV text (RFC 4180: CRLF between records, line breaks allowed inside quoted fields). */
export function csvRecords(text: string): string[] {
  const records: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      records.push(text.slice(start, i));
      start = i + 2;
      i++;
    }
  }
  if (start < text.length) records.push(text.slice(start));
  return records;
}

/** The first field of a CSV record, unquoted (ids are never quoted, but a quoted one still reads). */
function firstField(record: string): string {
  if (record.startsWith('"')) return record.slice(1, record.indexOf('"', 1));
  const comma = record.indexOf(',');
  return comma === -1 ? record : record.slice(0, comma);
}

/**
 * The same CSV with only the header and the rows whose first column (the id) is in `ids`: the
 * download of what a filter shows, byte for byte the rows of the full file (BOM and CRLF kept).
 */
export function csvKeepingIds(csv: string, ids: ReadonlySet<string>): string {
  const [header, ...rows] = csvRecords(csv);
  if (header === undefined) return csv;
  const kept = rows.filter((r) => ids.has(firstField(r)));
  return [header, ...kept].join('\r\n') + '\r\n';
}

/** The file name of a filtered download: "nhiem-vu.csv" with `?co-quan=cong-an` → "nhiem-vu-co-quan-cong-an.csv". */
export function filteredFileName(fileName: string, state: FilterState, names: readonly string[]): string {
  const parts = names.filter((n) => state[n]).map((n) => `${n}-${state[n]}`);
  if (parts.length === 0) return fileName;
  const dot = fileName.lastIndexOf('.');
  const [stem, ext] = dot === -1 ? [fileName, ''] : [fileName.slice(0, dot), fileName.slice(dot)];
  return `${stem}-${parts.join('-')}${ext}`;
}
