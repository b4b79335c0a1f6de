/**
 * Writes `sitemap.xml` once the build is done, from the pages Astro actually built, so every page
 * is listed whatever route made it. URLs follow `publicUrl`: absolute when SITE_URL is set,
 * otherwise paths under the base.
 *
 * Not @astrojs/sitemap: without `site` it writes nothing ("requires the `site` astro.config
 * option. Skipping."), and a mirror is built without one, since it cannot know the host that will
 * serve it; it would also split the list into `sitemap-index.xml` and `sitemap-0.xml`, which
 * `robots.txt`, the link checker and the archive would have to follow for a site of ~200 pages.
 */
import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { LANGUAGE_TAGS } from '../i18n/index.ts';
import { formatSitemap, sitemapPages } from '../lib/site/sitemap.ts';
import { paths } from '../lib/site/site-paths.ts';

export function sitemap(): AstroIntegration {
  let base = '/';
  let site: URL | undefined;
  return {
    name: 'xiqing-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': ({ pages, dir }) => {
        const entries = sitemapPages(
          pages.map((p) => p.pathname),
          { base, site, languages: LANGUAGE_TAGS, exclude: ['404/'] },
        );
        writeFileSync(new URL(paths.sitemap(), dir), formatSitemap(entries));
      },
    },
  };
}
