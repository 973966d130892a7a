/**
 * `dist/_headers`: the response headers the site wants, in the format several static hosts read
 * (Netlify, Cloudflare Pages; others take the same rules in their own config, see README "Serving
 * dist/"): hashed `/_astro/*` files cached for a year as immutable, everything else revalidated, and
 * the Content-Security-Policy on every page.
 */
import { cspHeader } from './contentSecurityPolicy.ts';

/** The file's text. */
export function hostHeaders(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${cspHeader()}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '  Cache-Control: public, max-age=0, must-revalidate',
    '/_astro/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
