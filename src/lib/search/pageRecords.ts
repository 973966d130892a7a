/**
 * Where the browser finds the records of an index page that Pagefind returned: the page's record
 * sheet (see `indexFormat.ts`), named by its `s` metadata.
 */
import { SHEET_META, sheetFile } from './indexFormat.ts';

/** The part of Pagefind's result data this code reads. */
export interface PageData {
  meta: Readonly<Record<string, string>>;
}

/** The URL of a page's record sheet, relative to the Pagefind bundle ("/pagefind/"). */
export function sheetUrl(data: PageData, bundle: string): string {
  const id = data.meta[SHEET_META];
  if (id === undefined || !/^\d+$/.test(id)) throw new Error('Trang chỉ mục thiếu mã tệp dữ liệu (meta s).');
  return `${bundle}${sheetFile(id)}`;
}
