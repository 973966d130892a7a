import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's tesseract-ocr-vie puts the Vietnamese model (the folder is named after Tesseract's version). */
function vieModelPath(): string {
  const base = '/usr/share/tesseract-ocr';
  const versions = existsSync(base) ? readdirSync(base).sort().reverse() : [];
  for (const v of versions) {
    const p = join(base, v, 'tessdata', 'vie.traineddata');
    if (existsSync(p)) return p;
  }
  return join(base, '5', 'tessdata', 'vie.traineddata');
}

/** A file a Debian package installs, and why the project needs it. */
export interface SystemTool {
  path: string;
  pkg: string;
  what: string;
}

/** The Debian packages the importer needs (installed by `src/cli/ensureSystemPackages.ts`). */
export const systemPackages: SystemTool[] = [
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils', what: 'pdftotext (PDF text layer)' },
  { path: '/usr/bin/pdftoppm', pkg: 'poppler-utils', what: 'pdftoppm (scanned PDF pages to images for OCR)' },
  { path: '/usr/bin/pdfinfo', pkg: 'poppler-utils', what: 'pdfinfo (page count, encryption)' },
  { path: '/usr/bin/tesseract', pkg: 'tesseract-ocr', what: 'Tesseract OCR' },
  { path: vieModelPath(), pkg: 'tesseract-ocr-vie', what: "Tesseract's Vietnamese model" },
  { path: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', pkg: 'fonts-dejavu-core', what: 'a font with Vietnamese letters (PDF test fixtures)' },
];

/** The one-line Vietnamese message for a missing tool, naming the command that installs it. */
export function missingTool(path: string): string | null {
  const t = systemPackages.find((s) => s.path === path);
  if (!t || existsSync(path)) return null;
  return `thiếu ${t.what} — cài bằng: sudo apt-get install -y ${t.pkg} (npm test tự cài khi chạy với quyền root)`;
}
