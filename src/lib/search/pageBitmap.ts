/**
 * Which index pages have a filter value (`tinh: thai-nguyen`, `nam-nhiem-vu: 2023`): one bit per
 * index page, in the site's order (the positions of the order files, `sheetOrderFile`), base64.
 * A filtered search whose words the index leaves out, or that has no words, reads in that order
 * only the pages the filters allow (`filterBitmaps.ts`): at 5,000 plans a value's bitmap is under
 * 1 kB of gzip, where asking Pagefind cost its engine, metadata and filter index (~200 kB).
 */

/** The bitmap of the pages at `positions`, among `pages` index pages. */
export function encodePageBitmap(positions: Iterable<number>, pages: number): string {
  return toBase64(bitsAt(positions, Math.ceil(pages / 8)));
}

export function decodePageBitmap(text: string): Uint8Array {
  return fromBase64(text.trim());
}

/** Whether bit `position` is set (false past the end). */
export function hasBit(bits: Uint8Array, position: number): boolean {
  return ((bits[position >> 3] ?? 0) & (1 << (position & 7))) !== 0;
}

/** Bytes with the bits at `positions` set. */
export function bitsAt(positions: Iterable<number>, bytes: number): Uint8Array {
  const bits = new Uint8Array(bytes);
  for (const p of positions) bits[p >> 3]! |= 1 << (p & 7);
  return bits;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
