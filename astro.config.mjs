// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { siteOutput } from './src/build/integration.ts';

export default defineConfig({
  site: 'https://ke-hoach-de-an-06.example.vn',
  trailingSlash: 'always',
  // Astro 7's default 'jsx' mode glues words across line breaks ("Kế hoạch" + "căn cước"); see DESIGN §9.
  compressHTML: true,
  // siteOutput after sitemap: it indexes search, checks dist/ (sitemap included) and precompresses.
  integrations: [mdx(), sitemap(), siteOutput()],
  build: { format: 'directory' },
});
