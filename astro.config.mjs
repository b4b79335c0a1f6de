// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { resolve, sep } from 'node:path';
import { sitemap } from './src/integrations/sitemap.ts';
import { astroCacheDir, OUT_DIR } from './src/lib/content-root.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES, componentScriptHashes, cspHash } from './src/lib/site/csp.ts';
import { siteOriginStyle } from './src/lib/site/print-urls.ts';

/** Where the site is served: `/` by default, any sub-path for a mirror (SITE_BASE=/mirror/xiqing/). */
const base = process.env.SITE_BASE ?? '/';
/** The public address of a deployment (SITE_URL): absolute canonical, sitemap, citation and printed URLs. */
const siteOrigin = siteOriginStyle(process.env.SITE_URL);
refuseLookalikeOutDir(resolve(OUT_DIR), process.cwd());

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

/**
 * Astro's content-asset plugin (astro/dist/content/vite-plugin-content-assets.js) opens every
 * `*.mdx?astroPropagatedAssets` module it generates with the marker `"use astro:head-inject"`.
 * Nothing reads the marker after that (the propagation travels as `__astroPropagation` on the
 * module's export), so Rolldown dropping it when bundling changes nothing, yet it warns once per
 * MDX page, in a box of ten lines. Only that directive of that plugin is dropped here: any other
 * module-level directive, and every other warning, still shows.
 * @type {NonNullable<import('vite').BuildOptions['rolldownOptions']>['onwarn']}
 */
const onBuildWarning = (warning, warn) => {
  const astroMarker = warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"') && /\?astroPropagatedAssets$/.test(warning.id ?? '');
  if (!astroMarker) warn(warning);
};

export default defineConfig({
  base,
  // Where the build goes: `dist/` by default; another directory (OUT_DIR) for a second build beside it.
  outDir: OUT_DIR,
  // Each output directory and content tree (CONTENT_DIR) keeps its own cache.
  cacheDir: astroCacheDir(),
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  trailingSlash: 'always',
  // Pages render a few at a time, so one page's file write overlaps the next page's rendering.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  // A page whose cache key (src/data/page-keys.ts) and code are unchanged is copied from the previous build.
  experimental: { incrementalBuild: true },
  vite: { build: { rolldownOptions: { onwarn: onBuildWarning } } },
  // The plans hold no code; Shiki's highlighting would write inline styles the policy refuses.
  markdown: { syntaxHighlight: false },
  // Static hosts cannot be trusted to send headers: the policy goes into every page as a meta tag.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_RESOURCES], hashes: componentScriptHashes('src') },
      // The one inline style: the public origin for printed link targets (src/lib/site/print-urls.ts).
      ...(siteOrigin ? { styleDirective: { hashes: [cspHash(siteOrigin)] } } : {}),
    },
  },
});
