// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

/** Where the site is served: `/` by default, any sub-path for a mirror (SITE_BASE=/mirror/xiqing/). */
const base = process.env.SITE_BASE ?? '/';
/** Where the build goes: `dist/` by default; another directory (OUT_DIR) for a second build beside it. */
const outDir = process.env.OUT_DIR ?? 'dist';

export default defineConfig({
  base,
  outDir,
  // Each output directory keeps its own cache, so two builds can run side by side.
  cacheDir: outDir === 'dist' ? './node_modules/.astro' : `./node_modules/.astro/${outDir.replace(/[^\w.-]+/g, '_')}`,
  site: process.env.SITE_URL,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
  telemetry: false,
});
