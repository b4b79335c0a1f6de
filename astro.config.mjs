// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { resolve, sep } from 'node:path';
import { sitemap } from './src/integrations/sitemap.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, componentScriptHashes } from './src/lib/site/csp.ts';

/** Where the site is served: `/` by default, any sub-path for a mirror (SITE_BASE=/mirror/xiqing/). */
const base = process.env.SITE_BASE ?? '/';
/** Where the build goes: `dist/` by default; another directory (OUT_DIR) for a second build beside it. */
const outDir = process.env.OUT_DIR ?? 'dist';
refuseLookalikeOutDir(resolve(outDir), process.cwd());

/**
 * Astro decides whether the build directory lies inside the project by comparing paths as strings,
 * without a separator, so `/work/site-out` counts as inside `/work/site`: it then puts its server
 * bundle there, where Node cannot find the project's packages, and the build fails on an import.
 * Such a directory is refused before Astro starts, with the reason and the way out.
 * @param {string} out the build directory, resolved
 * @param {string} project the directory Astro runs in
 */
function refuseLookalikeOutDir(out, project) {
  const inside = out === project || out.startsWith(`${project}${sep}`);
  if (inside || !out.startsWith(project)) return;
  console.error(
    `error: OUT_DIR ${out} lies outside the project but its path begins with the project's (${project}), which Astro mistakes for a directory inside it and cannot build into; choose a directory inside the project, or one whose path does not begin with ${project}`,
  );
  process.exit(1);
}

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
