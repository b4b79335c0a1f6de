// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { sitemap } from './src/integrations/sitemap.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, componentScriptHashes } from './src/lib/site/csp.ts';

/** Where the site is served: `/` by default, any sub-path for a mirror (SITE_BASE=/mirror/xiqing/). */
const base = process.env.SITE_BASE ?? '/';
/** Where the build goes: `dist/` by default; another directory (OUT_DIR) for a second build beside it. */
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  base,
  outDir,
  // Each output directory keeps its own cache, so two builds can run side by side.
  cacheDir: outDir === 'dist' ? './node_modules/.astro' : `./node_modules/.astro/${outDir.replace(/[^\w.-]+/g, '_')}`,
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
