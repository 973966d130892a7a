import { closeSync, openSync, readSync } from 'node:fs';

/** An opening fence (after an optional BOM), then any lines, then a closing fence line, in bytes read as latin1. */
const FRONTMATTER_BLOCK = /^(?:\xef\xbb\xbf)?---[ \t]*\r?\n(?:[^\n]*\n)*?---[ \t]*\r?(?:\n|$)/;
const OPENING_FENCE = /^(?:\xef\xbb\xbf)?---/;

/**
 * The start of a text file up to the end of its frontmatter's closing fence, or the whole file when
 * it has no complete frontmatter (so that the frontmatter reader reports why). The checker needs only
 * the frontmatter, and at national scale the plans' full texts are hundreds of megabytes.
 */
export function readFrontmatterHead(path: string, chunkBytes = 16_384): string {
  const fd = openSync(path, 'r');
  try {
    let bytes = Buffer.alloc(0);
    for (;;) {
      const chunk = Buffer.alloc(chunkBytes);
      const read = readSync(fd, chunk, 0, chunkBytes, bytes.length);
      bytes = Buffer.concat([bytes, chunk.subarray(0, read)]);
      // latin1 maps each byte to one character, so a match's length is a byte count.
      const text = bytes.toString('latin1');
      const block = FRONTMATTER_BLOCK.exec(text);
      if (block !== null) return bytes.subarray(0, block[0].length).toString('utf8');
      if (read < chunkBytes || !OPENING_FENCE.test(text)) return read < chunkBytes ? bytes.toString('utf8') : readRest(fd, bytes);
    }
  } finally {
    closeSync(fd);
  }
}

/** `head` and everything after it in the file. */
function readRest(fd: number, head: Buffer): string {
  const parts = [head];
  let position = head.length;
  for (;;) {
    const chunk = Buffer.alloc(1 << 20);
    const read = readSync(fd, chunk, 0, chunk.length, position);
    if (read === 0) return Buffer.concat(parts).toString('utf8');
    parts.push(chunk.subarray(0, read));
    position += read;
  }
}
