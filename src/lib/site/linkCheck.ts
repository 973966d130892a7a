/**
 * Link checking over a built site, as pure functions: extract what an HTML page links to and
 * which ids it defines, then resolve every internal link (and `#anchor`, including anchors in
 * other pages) against the set of built files. `src/build/checkDist.ts` does the file I/O.
 */
import { Parser } from 'htmlparser2';

/** What one page offers to and asks of the rest of the site. */
export interface PageLinks {
  /** Every id (and legacy `<a name>`) the page defines. */
  ids: Set<string>;
  /** Every href/src/action value, in document order. */
  links: string[];
  /** Ids defined more than once (each listed once). */
  duplicateIds?: string[];
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

const LINKING: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  script: 'src',
  img: 'src',
  source: 'src',
  iframe: 'src',
  audio: 'src',
  video: 'src',
  track: 'src',
  form: 'action',
};

/**
 * The ids an HTML page defines and the URLs it links to (a/area/link href, script/img/source/iframe
 * src, form action), read with htmlparser2: it decodes entities in attribute values and treats
 * script/style text and comments as text, so nothing inside them counts as a link.
 */
export function extractPageLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const duplicates = new Set<string>();
  const links: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const id = attributes['id'];
        if (id !== undefined) {
          if (ids.has(id)) duplicates.add(id);
          ids.add(id);
        }
        if (name === 'a' && attributes['name'] !== undefined) ids.add(attributes['name']);
        const key = LINKING[name];
        const value = key === undefined ? undefined : attributes[key];
        if (value !== undefined) links.push(value);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return duplicates.size > 0 ? { ids, links, duplicateIds: [...duplicates] } : { ids, links };
}

/**
 * The kind of a page for sampling, from its output file: the first folder and the depth
 * ("ke-hoach/a/index.html" → "ke-hoach/2", "ke-hoach/a/toan-van/index.html" → "ke-hoach/3").
 */
export function pageKind(file: string): string {
  const parts = file.split('/');
  return parts.length === 1 ? file : `${parts[0]}/${parts.length - 1}`;
}

/**
 * The pages html-validate reads: every page of a kind with at most `perKind` pages; of a larger
 * kind, `perKind` pages spread evenly over it (in file order) plus its `largest` biggest pages.
 * Pages of one kind come from one template with escaped data, so a sample catches template
 * errors, while the checks made on every page (links, anchors, duplicate ids) catch data errors.
 */
export function validationSample(files: readonly { file: string; bytes: number }[], perKind = 40, largest = 3): Set<string> {
  const byKind = new Map<string, { file: string; bytes: number }[]>();
  for (const f of files) {
    const kind = pageKind(f.file);
    const list = byKind.get(kind) ?? [];
    list.push(f);
    byKind.set(kind, list);
  }
  const chosen = new Set<string>();
  for (const list of byKind.values()) {
    if (list.length <= perKind) {
      list.forEach((f) => chosen.add(f.file));
      continue;
    }
    const step = list.length / perKind;
    for (let i = 0; i < perKind; i += 1) chosen.add(list[Math.floor(i * step)]!.file);
    [...list]
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, largest)
      .forEach((f) => chosen.add(f.file));
  }
  return chosen;
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

/** The absolute URLs a sitemap (or sitemap index) lists, read as XML (entities decoded). */
export function sitemapUrls(xml: string): URL[] {
  const urls: URL[] = [];
  let inLoc = false;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name) {
        inLoc = name === 'loc';
        text = '';
      },
      ontext(chunk) {
        if (inLoc) text += chunk;
      },
      onclosetag(name) {
        if (name === 'loc') urls.push(new URL(text.trim()));
        inLoc = false;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return urls;
}

/** The page URLs a sitemap lists, as paths ("https://x/tinh/" → "/tinh/"). */
export function sitemapPaths(xml: string): string[] {
  return sitemapUrls(xml).map((u) => u.pathname);
}
