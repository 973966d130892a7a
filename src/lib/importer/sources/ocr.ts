import { spawnSync } from 'node:child_process';
import { missingTool, systemPackages } from './systemTools.ts';

/** Letters in a text: how much an OCR result actually read. */
export function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * Reads an image with Tesseract's Vietnamese model (Debian's tesseract-ocr-vie; nothing is
 * downloaded), automatic page segmentation, one call per page so that memory stays bounded and
 * a page that fails is reported and skipped. `timeoutMs` bounds one page.
 */
export function ocrImage(image: string, timeoutMs = 180_000): { ok: true; text: string } | { ok: false; error: string } {
  for (const path of ['/usr/bin/tesseract', systemPackages.find((s) => s.pkg === 'tesseract-ocr-vie')!.path]) {
    const missing = missingTool(path);
    if (missing) return { ok: false, error: missing };
  }
  const r = spawnSync('tesseract', [image, 'stdout', '-l', 'vie', '--psm', '3'], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
    timeout: timeoutMs,
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
  });
  if (r.error && /ETIMEDOUT/.test(String(r.error))) return { ok: false, error: `OCR quá ${Math.round(timeoutMs / 1000)} giây` };
  if (r.status !== 0) return { ok: false, error: `tesseract không đọc được ảnh (${`${r.stderr}`.trim().split('\n').pop() ?? r.status})` };
  return { ok: true, text: r.stdout.replace(/\f/g, '') };
}
