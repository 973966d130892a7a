/**
 * A small static file server over `dist/` for the browser tests and the search benchmark: random
 * port, the content types a static host would send, `/dir/` → `dir/index.html`, the site's 404 page
 * with status 404, and optionally gzip on text responses so byte counts match a real host. Pages are
 * sent with the site's Content-Security-Policy header, as the README asks hosts to, so a page that
 * breaks the policy fails the browser tests.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { cspHeader } from '../../build/contentSecurityPolicy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

/** A running server and how to reach and stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

const CSP = cspHeader();

/** Types a static host compresses on the fly; Pagefind's own index files are already gzipped. */
const COMPRESSED = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.csv', '.txt']);

/** Serves `root` on 127.0.0.1 at a free port; with `gzip`, text responses are sent gzip-encoded. */
export async function serveStatic(root: string, { gzip = false } = {}): Promise<StaticServer> {
  const base = resolve(root);
  // node:http ignores the handler's promise; every path through it ends the response itself.
  const server: Server = createServer((req, res) => void respond(req, res));
  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside root');
      const info = await stat(file).catch(() => null);
      if (info?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const policy = extname(file) === '.html' ? { 'Content-Security-Policy': CSP } : {};
      if (gzip && COMPRESSED.has(extname(file))) {
        res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-cache', ...policy });
        res.end(gzipSync(body, { level: 6 }));
      } else {
        res.writeHead(200, { 'Content-Type': type, ...policy });
        res.end(body);
      }
    } catch {
      const notFound = await readFile(join(base, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP });
      res.end(notFound);
    }
  }
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
