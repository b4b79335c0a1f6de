/**
 * Writes `sitemap.xml` once the build is done, from the pages Astro actually built, so every page
 * is listed whatever route made it. URLs follow `publicUrl`: absolute when SITE_URL is set,
 * otherwise paths under the base.
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
