import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeSource } from '../readSource.ts';
import { readDocx } from './docx.ts';
import { letterCount, ocrImage } from './ocr.ts';
import { pdfInfo, pdfPageTexts, rasterisePage } from './pdf.ts';

/** Limits that keep one import's time and memory bounded. */
export const LIMITS = {
  /** Largest file read at all. */
  maxBytes: 100 * 1024 * 1024,
  /** Most PDF pages read: a plan with its appendices is far shorter; a longer file is refused. */
  maxPages: 150,
  /** Most pages read by OCR (about 10–20 s each on one core). */
  maxOcrPages: 40,
  /** A page with fewer letters in its text layer is a scan, read by OCR. */
  minPageLetters: 40,
};

/** Progress of a long read, for the terminal. */
export interface Progress {
  stage: 'ocr';
  done: number;
  total: number;
  /** Estimated milliseconds left, from the pages done so far. */
  msLeft: number | null;
}

/** A document read as text, with the pages that could not be read. */
export type DocumentReading =
  | {
      ok: true;
      text: string;
      /** How the text was read. */
      via: 'text' | 'pdf-text' | 'ocr' | 'pdf-text+ocr' | 'docx';
      pages: number | null;
      /** 1-based pages nothing could be read from, each with why. */
      unread: { page: number; why: string }[];
      ocrPages: number;
      ocrMs: number;
    }
  | { ok: false; error: string };

type Kind = 'pdf' | 'docx' | 'image' | 'text';

/** The document's kind from its first bytes, its extension deciding only between text and Word. */
export function sniffKind(bytes: Uint8Array, file: string): Kind {
  const head = Buffer.from(bytes.subarray(0, 8));
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head[0] === 0x89 && head.subarray(1, 4).toString('latin1') === 'PNG') return 'image';
  if (head[0] === 0xff && head[1] === 0xd8) return 'image';
  if (head.subarray(0, 4).toString('latin1') === 'II*\0' || head.subarray(0, 4).toString('latin1') === 'MM\0*') return 'image';
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (ext === '.pdf') return 'pdf';
  if (['.png', '.jpg', '.jpeg', '.tif', '.tiff'].includes(ext)) return 'image';
  return 'text';
}

/**
 * Reads a plan document of any kind editors receive: `.txt`/`.md` as UTF-8 text, `.docx` with
 * its paragraphs and tables, a `.pdf` by its text layer with scanned pages read by OCR, and an
 * image by OCR. Refuses, with a one-line Vietnamese reason, what cannot be read at all (corrupt or
 * encrypted PDF, a `.docx` that is not a zip, an image with no text, a file past the limits);
 * pages that fail inside a readable document are listed in `unread`.
 */
export function readDocument(file: string, onProgress?: (p: Progress) => void): DocumentReading {
  const size = statSync(file).size;
  if (size > LIMITS.maxBytes)
    return { ok: false, error: `tệp lớn ${(size / 1024 / 1024).toFixed(0)} MB, quá giới hạn ${LIMITS.maxBytes / 1024 / 1024} MB của trình nhập` };
  const bytes = readFileSync(file);
  const kind = sniffKind(bytes, file);
  if (kind === 'docx') {
    const d = readDocx(bytes);
    return d.ok ? { ok: true, text: d.text, via: 'docx', pages: null, unread: [], ocrPages: 0, ocrMs: 0 } : d;
  }
  if (kind === 'image') {
    const t0 = Date.now();
    onProgress?.({ stage: 'ocr', done: 0, total: 1, msLeft: null });
    const r = ocrImage(file);
    if (!r.ok) return { ok: false, error: `ảnh không đọc được: ${r.error}` };
    onProgress?.({ stage: 'ocr', done: 1, total: 1, msLeft: 0 });
    if (letterCount(r.text) < LIMITS.minPageLetters) return { ok: false, error: 'ảnh không có chữ đọc được (OCR không nhận ra văn bản)' };
    return { ok: true, text: r.text, via: 'ocr', pages: 1, unread: [], ocrPages: 1, ocrMs: Date.now() - t0 };
  }
  if (kind === 'pdf') return readPdf(file, onProgress);
  const d = decodeSource(bytes);
  return d.ok ? { ok: true, text: d.text, via: 'text', pages: null, unread: [], ocrPages: 0, ocrMs: 0 } : d;
}

function readPdf(file: string, onProgress?: (p: Progress) => void): DocumentReading {
  const info = pdfInfo(file);
  if (!info.ok) return info;
  if (info.pages > LIMITS.maxPages) {
    return {
      ok: false,
      error: `tệp PDF có ${info.pages} trang, quá giới hạn ${LIMITS.maxPages} trang: hãy tách riêng phần kế hoạch (pdfseparate, pdfunite) rồi nhập lại`,
    };
  }
  const layer = pdfPageTexts(file, info.pages);
  if (!layer.ok) return layer;
  const pages = layer.pages;
  while (pages.length < info.pages) pages.push('');
  const scanned = pages.map((p, i) => (letterCount(p) < LIMITS.minPageLetters ? i + 1 : 0)).filter((n) => n > 0);
  if (scanned.length > LIMITS.maxOcrPages) {
    return {
      ok: false,
      error: `tệp PDF có ${scanned.length} trang ảnh cần OCR, quá giới hạn ${LIMITS.maxOcrPages} trang: hãy tách riêng phần kế hoạch rồi nhập lại`,
    };
  }
  const unread: { page: number; why: string }[] = [];
  const t0 = Date.now();
  scanned.forEach((page, k) => {
    const elapsed = Date.now() - t0;
    onProgress?.({ stage: 'ocr', done: k, total: scanned.length, msLeft: k === 0 ? null : (elapsed / k) * (scanned.length - k) });
    const img = rasterisePage(file, page);
    if (!img.ok) {
      unread.push({ page, why: img.error });
      return;
    }
    try {
      const r = ocrImage(img.png);
      if (!r.ok) unread.push({ page, why: r.error });
      else if (letterCount(r.text) < LIMITS.minPageLetters) unread.push({ page, why: 'trang trống hoặc không có chữ đọc được' });
      else pages[page - 1] = r.text;
    } finally {
      img.dispose();
    }
  });
  if (scanned.length > 0) onProgress?.({ stage: 'ocr', done: scanned.length, total: scanned.length, msLeft: 0 });
  const ocrMs = Date.now() - t0;
  if (unread.length === info.pages) return { ok: false, error: `không đọc được trang nào của tệp PDF (${unread[0]!.why})` };
  const ocrPages = scanned.length;
  const via = ocrPages === 0 ? 'pdf-text' : ocrPages === info.pages ? 'ocr' : 'pdf-text+ocr';
  // Pages joined by a blank line: a page break never glues two paragraphs together.
  return { ok: true, text: `${pages.map((p) => p.trim()).join('\n\n')}\n`, via, pages: info.pages, unread, ocrPages, ocrMs };
}
