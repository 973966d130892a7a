// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { siteOutput } from './src/build/integration.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, CSP_STYLE_RESOURCES } from './src/build/contentSecurityPolicy.ts';

export default defineConfig({
  site: 'https://ke-hoach-de-an-06.example.vn',
  trailingSlash: 'always',
  // Astro 7's default 'jsx' mode glues words across line breaks ("Kế hoạch" + "căn cước"); see DESIGN §9.
  compressHTML: true,
  // siteOutput after sitemap: it indexes search, checks dist/ (sitemap included) and precompresses.
  integrations: [sitemap(), siteOutput()],
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scripts and styles as files, never inlined: the Content-Security-Policy then needs no hashes and
  // one header fits every page (src/build/contentSecurityPolicy.ts).
  vite: { build: { assetsInlineLimit: 0 } },
  security: { csp: { directives: CSP_DIRECTIVES, scriptDirective: { resources: CSP_SCRIPT_RESOURCES }, styleDirective: { resources: CSP_STYLE_RESOURCES } } },
});
