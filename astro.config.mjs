// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { sitemap } from './src/integrations/sitemap.ts';
import { astroCacheDir, OUT_DIR } from './src/lib/content-root.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, componentScriptHashes } from './src/lib/site/csp.ts';

/** Where the site is served: `/` by default, any sub-path for a mirror (SITE_BASE=/mirror/xiqing/). */
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  base,
  // Where the build goes: `dist/` by default; another directory (OUT_DIR) for a second build beside it.
  outDir: OUT_DIR,
  // Each output directory and content tree (CONTENT_DIR) keeps its own cache.
  cacheDir: astroCacheDir(),
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  // The plans hold no code; Shiki's highlighting would write inline styles the policy refuses.
  markdown: { syntaxHighlight: false },
  // Static hosts cannot be trusted to send headers: the policy goes into every page as a meta tag.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES], hashes: componentScriptHashes('src') },
    },
  },
});
