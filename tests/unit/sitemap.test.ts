/** The sitemap's XML: every page once, its language twins as alternates, text escaped. */
import { describe, expect, it } from 'vitest';
import { linksOfSitemap } from '../../src/lib/mirror/link-check.ts';
import { formatSitemap, sitemapPages } from '../../src/lib/site/sitemap.ts';

describe('formatSitemap', () => {
  const xml = formatSitemap([
    { url: 'https://x.example/zh/', alternates: { 'zh-CN': 'https://x.example/zh/', en: 'https://x.example/en/' } },
    { url: 'https://x.example/a?b=1&c=<2>', alternates: {} },
  ]);

  it('lists every URL once, escaped, in the sitemaps.org namespace', () => {
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9"/);
    expect(xml).toContain('<loc>https://x.example/a?b=1&amp;c=&lt;2&gt;</loc>');
    expect(linksOfSitemap(xml).map((l) => l.url)).toEqual(['https://x.example/zh/', 'https://x.example/a?b=1&c=<2>']);
  });

  it('gives each page its language alternates', () => {
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://x.example/en/"/>');
  });
});

describe('sitemapPages', () => {
  const languages = { zh: 'zh-CN', en: 'en' };
  const built = ['', 'zh/', 'en/', 'zh/2021/1-3/', 'en/2021/1-3/', 'zh/only-zh/', '404/', 'data/plans.json', 'sitemap.xml'];

  it('lists every built page once, sorted, without files or excluded pages', () => {
    const pages = sitemapPages(built, { base: '/mirror/xiqing/', languages, exclude: ['404/'] });
    expect(pages.map((p) => p.url)).toEqual(['/mirror/xiqing/', '/mirror/xiqing/en/', '/mirror/xiqing/en/2021/1-3/', '/mirror/xiqing/zh/', '/mirror/xiqing/zh/2021/1-3/', '/mirror/xiqing/zh/only-zh/']);
  });

  it('pairs each page with its built twins in every language, absolute when the site is known', () => {
    const pages = sitemapPages(built, { base: '/mirror/xiqing/', site: new URL('https://plans.example/'), languages, exclude: [] });
    const byUrl = new Map(pages.map((p) => [p.url, p.alternates]));
    expect(byUrl.get('https://plans.example/mirror/xiqing/en/2021/1-3/')).toEqual({ 'zh-CN': 'https://plans.example/mirror/xiqing/zh/2021/1-3/', en: 'https://plans.example/mirror/xiqing/en/2021/1-3/' });
    expect(byUrl.get('https://plans.example/mirror/xiqing/zh/only-zh/')).toEqual({ 'zh-CN': 'https://plans.example/mirror/xiqing/zh/only-zh/' });
    expect(byUrl.get('https://plans.example/mirror/xiqing/')).toEqual({});
  });
});
