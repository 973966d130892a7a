import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatterHead } from '../../../src/lib/content/readFrontmatterHead.ts';

const dir = mkdtempSync(join(tmpdir(), 'head-'));
function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('readFrontmatterHead', () => {
  const frontmatter = '---\ntitle: "Kế hoạch triển khai Đề án 06"\nlevel: province\n---\n';

  it('stops at the closing fence, even when it lies beyond the first chunk', () => {
    const body = '# Toàn văn\n\n' + 'Đoạn văn bản dài. '.repeat(5000);
    expect(readFrontmatterHead(file('a.mdx', frontmatter + body))).toBe(frontmatter);
    // A chunk of 7 bytes splits multi-byte letters and the fence itself.
    expect(readFrontmatterHead(file('b.mdx', frontmatter + body), 7)).toBe(frontmatter);
  });

  it('keeps a byte order mark and a closing fence at the end of the file', () => {
    expect(readFrontmatterHead(file('c.mdx', `\ufeff${frontmatter}body`))).toBe(`\ufeff${frontmatter}`);
    expect(readFrontmatterHead(file('d.mdx', '---\nlevel: commune\n---'))).toBe('---\nlevel: commune\n---');
  });

  it('returns the whole file when the frontmatter is missing or never closed, for the reader to explain', () => {
    const unclosed = '---\ntitle: "x"\n' + 'level: commune\n'.repeat(3000);
    expect(readFrontmatterHead(file('e.mdx', unclosed), 64)).toBe(unclosed);
    const none = 'Kế hoạch không có phần đầu tệp.\n'.repeat(2000);
    expect(readFrontmatterHead(file('f.mdx', none), 64)).toBe(none);
  });
});
