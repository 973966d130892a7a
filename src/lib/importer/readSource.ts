/** Why a file could not be read as a plan at all; the CLI prints it and exits 2. */
export type SourceError = { ok: false; error: string };

/** The decoded text of a document, or why it cannot be read. */
export type DecodedSource = { ok: true; text: string } | SourceError;

/**
 * Decodes a document's bytes as UTF-8 text. Binary content (NUL bytes or bytes that are not
 * valid UTF-8) and empty or whitespace-only files are refused with a one-line Vietnamese message.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) return { ok: false, error: 'tệp rỗng: không có nội dung để nhập' };
  if (bytes.includes(0)) return { ok: false, error: 'tệp nhị phân (có byte NUL): cần tệp văn bản UTF-8' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: 'tệp không phải văn bản UTF-8 hợp lệ (có thể là tệp nhị phân)' };
  }
  text = text.replace(/^\uFEFF/, '').normalize('NFC');
  if (text.trim().length === 0) return { ok: false, error: 'tệp rỗng: chỉ có khoảng trắng' };
  // Control characters other than tab/newline/carriage return/form feed mean this is not a text document.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point of this check.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.001) {
    return { ok: false, error: 'tệp nhị phân (có ký tự điều khiển): cần tệp văn bản UTF-8' };
  }
  return { ok: true, text };
}
