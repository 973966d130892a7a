import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingTool } from './systemTools.ts';

/** What `pdfinfo` says of a PDF. */
export type PdfInfo = { ok: true; pages: number; encrypted: boolean } | { ok: false; error: string };

const RUN = { encoding: 'utf8' as const, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 };

/** Page count and encryption of a PDF; a corrupt or password-protected file gets a one-line Vietnamese reason. */
export function pdfInfo(file: string): PdfInfo {
  const missing = missingTool('/usr/bin/pdfinfo');
  if (missing) return { ok: false, error: missing };
  const r = spawnSync('pdfinfo', [file], RUN);
  const err = `${r.stderr ?? ''}`;
  if (r.status !== 0) {
    if (/password|encrypt/i.test(err)) return { ok: false, error: 'tệp PDF được đặt mật khẩu: cần bản không mật khẩu' };
    return {
      ok: false,
      error: `tệp PDF hỏng, không đọc được (${
        err
          .split('\n')
          .find((l) => l.trim() !== '')
          ?.trim() ?? `pdfinfo thoát mã ${r.status}`
      })`,
    };
  }
  const pages = Number(/^Pages:\s+(\d+)/m.exec(r.stdout)?.[1] ?? NaN);
  if (!Number.isFinite(pages) || pages < 1) return { ok: false, error: 'tệp PDF hỏng: không có trang nào' };
  return { ok: true, pages, encrypted: /^Encrypted:\s+yes/m.test(r.stdout) };
}

/**
 * The text layer of pages 1..`last`, one string per page, read with poppler's `pdftotext -layout`
 * (chosen over pdf.js: see README "Nhập văn bản"): lines keep the printed order of two-column
 * headers and tables, trailing spaces and the left margin removed.
 */
export function pdfPageTexts(file: string, last: number): { ok: true; pages: string[] } | { ok: false; error: string } {
  const missing = missingTool('/usr/bin/pdftotext');
  if (missing) return { ok: false, error: missing };
  const r = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', '1', '-l', String(last), file, '-'], RUN);
  if (r.status !== 0) return { ok: false, error: `pdftotext không đọc được tệp (${`${r.stderr}`.trim().split('\n')[0] ?? r.status})` };
  const pages = r.stdout.split('\f').slice(0, last);
  return { ok: true, pages: pages.map(cleanLayoutPage) };
}

/** A `pdftotext -layout` page: the common left margin and trailing spaces dropped. */
export function cleanLayoutPage(page: string): string {
  const lines = page.split('\n').map((l) => l.replace(/\s+$/, ''));
  const margin = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => /^ */.exec(l)![0].length));
  return lines.map((l) => (Number.isFinite(margin) ? l.slice(margin) : l).trimStart()).join('\n');
}

/** One page rasterised for OCR (300 dpi, grey): the PNG's path in a fresh temporary folder, removed by `dispose`. */
export function rasterisePage(file: string, page: number): { ok: true; png: string; dispose: () => void } | { ok: false; error: string } {
  const missing = missingTool('/usr/bin/pdftoppm');
  if (missing) return { ok: false, error: missing };
  const dir = mkdtempSync(join(tmpdir(), 'import-page-'));
  const dispose = (): void => rmSync(dir, { recursive: true, force: true });
  const r = spawnSync('pdftoppm', ['-r', '300', '-gray', '-png', '-f', String(page), '-l', String(page), file, join(dir, 'p')], RUN);
  const png = readdirSync(dir).find((f) => f.endsWith('.png'));
  if (r.status !== 0 || !png) {
    dispose();
    return { ok: false, error: `không chuyển được trang ${page} thành ảnh` };
  }
  return { ok: true, png: join(dir, png), dispose };
}
