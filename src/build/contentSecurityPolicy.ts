/**
 * The site's Content-Security-Policy, in one place: astro.config.mjs gives it to Astro (which writes
 * it into every page's `<meta http-equiv="content-security-policy">`, adding hashes of anything it
 * inlines), the build writes it into `dist/_headers` for hosts that read that file, and the browser
 * tests' static server sends it as a header, so a page that breaks it fails a test.
 *
 * Everything the pages load is a file of the site: scripts and styles are bundled files (Vite's
 * inlining is off, see astro.config.mjs), Pagefind compiles its WebAssembly ('wasm-unsafe-eval')
 * and fetches its index from the same origin. Chart heights are set in `style` attributes, hence
 * 'unsafe-inline' for style attributes only (never for `<style>` or `<script>`).
 */

import type { AstroUserConfig } from 'astro';

type CspDirective = NonNullable<Exclude<NonNullable<AstroUserConfig['security']>['csp'], boolean | undefined>['directives']>[number];

/** Directives besides script-src and style-src, which Astro writes itself. */
export const CSP_DIRECTIVES: CspDirective[] = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Sources of scripts. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** Sources of styles (`kind: 'attribute'` becomes style-src-attr). */
export const CSP_STYLE_RESOURCES = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }];

/**
 * The policy as an HTTP header, for a host or CDN: the same directives as the pages' meta tag, plus
 * `frame-ancestors`, which browsers ignore in a meta tag.
 */
export function cspHeader(): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${CSP_SCRIPT_RESOURCES.join(' ')}`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "frame-ancestors 'none'",
  ].join('; ');
}
