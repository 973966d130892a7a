/**
 * Link checking over a built site, as pure functions: extract what an HTML page links to and
 * which ids it defines, then resolve every internal link (and `#anchor`, including anchors in
 * other pages) against the set of built files. `src/cli/checkDist.ts` does the file I/O.
 */

/** What one page offers to and asks of the rest of the site. */
export interface PageLinks {
  /** Every id (and legacy `<a name>`) the page defines. */
  ids: Set<string>;
  /** Every href/src/action value, in document order. */
  links: string[];
}

/** A link that does not resolve. */
export interface BrokenLink {
  /** The page URL path that holds the link, e.g. "/ke-hoach/tinh-bac-kan-2022/". */
  page: string;
  /** The link as written. */
  href: string;
  /** What is wrong, in Vietnamese. */
  reason: string;
}

/** Removes comments and the contents of script/style elements, whose text is not markup. */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|template)\b([^>]*)>[\s\S]*?<\/\1\s*>/gi, '<$1$2></$1>');
}

const ATTR = /\s([a-zA-Z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The ids an HTML page defines and the URLs it links to (a/area/link href, script/img/source/iframe src, form action). */
export function extractPageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const links: string[] = [];
  for (const tag of markupOnly(html).matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)(\s[^>]*)?>/g)) {
    const name = tag[1]!.toLowerCase();
    for (const attr of (tag[2] ?? '').matchAll(ATTR)) {
      const key = attr[1]!.toLowerCase();
      const value = decodeEntities(attr[2] ?? attr[3] ?? attr[4] ?? '');
      if (key === 'id' || (key === 'name' && name === 'a')) ids.add(value);
      const linking =
        (key === 'href' && (name === 'a' || name === 'area' || name === 'link')) ||
        (key === 'src' && ['script', 'img', 'source', 'iframe', 'audio', 'video', 'track'].includes(name)) ||
        (key === 'action' && name === 'form');
      if (linking) links.push(value);
    }
  }
  return { ids, links };
}

/** The output file a URL path is served from: "/a/" → "a/index.html", "/a.json" → "a.json". */
export function fileForPath(path: string): string {
  const clean = path.replace(/^\/+/, '');
  return clean === '' || clean.endsWith('/') ? `${clean}index.html` : clean;
}

/** The URL path of an output file: "a/index.html" → "/a/", "404.html" → "/404.html". */
export function pathForFile(file: string): string {
  if (file === 'index.html') return '/';
  return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}

/**
 * Checks every link of every page. `pages` maps each HTML page's URL path to its links and ids;
 * `files` holds every output file (relative, "/"-separated). Links to other origins, mailto: and
 * the like are skipped; links to `siteOrigin` count as internal. A page path without its trailing
 * slash is reported, since the site is built with `trailingSlash: 'always'`.
 */
export function findBrokenLinks(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>, siteOrigin: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const origin = new URL(siteOrigin).origin;
  for (const [page, { ids, links }] of pages) {
    for (const href of links) {
      const reason = checkLink(page, href, ids, pages, files, origin);
      if (reason) broken.push({ page, href, reason });
    }
  }
  return broken;
}

function checkLink(
  page: string,
  href: string,
  ownIds: Set<string>,
  pages: ReadonlyMap<string, PageLinks>,
  files: ReadonlySet<string>,
  origin: string,
): string | null {
  if (href.trim() === '') return 'liên kết rỗng';
  if (/^(mailto|tel|javascript|data):/i.test(href)) return null;
  let url: URL;
  try {
    url = new URL(href, origin + page);
  } catch {
    return 'địa chỉ không hợp lệ';
  }
  if (url.origin !== origin) return null;
  const fragment = decodeURIComponent(url.hash.slice(1));
  const path = decodeURIComponent(url.pathname);
  if (path === page) {
    return fragment === '' || ownIds.has(fragment) ? null : `trang này không có phần tử id="${fragment}"`;
  }
  const file = fileForPath(path);
  if (!files.has(file)) {
    if (!path.endsWith('/') && files.has(`${file}/index.html`)) return `thiếu dấu "/" ở cuối: hãy viết ${path}/`;
    return `không có tệp ${file} trong dist/`;
  }
  if (fragment === '') return null;
  const target = pages.get(path);
  if (!target) return `#${fragment} trỏ vào một tệp không phải trang HTML`;
  return target.ids.has(fragment) ? null : `trang ${path} không có phần tử id="${fragment}"`;
}

/** The absolute URLs a sitemap (or sitemap index) lists. */
export function sitemapUrls(xml: string): URL[] {
  return [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => new URL(decodeEntities(m[1]!)));
}

/** The page URLs a sitemap lists, as paths ("https://x/tinh/" → "/tinh/"). */
export function sitemapPaths(xml: string): string[] {
  return sitemapUrls(xml).map((u) => u.pathname);
}
