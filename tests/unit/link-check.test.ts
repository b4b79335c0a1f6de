/**
 * The link checker on small hand-made sites: what it must accept (links under the base, anchors
 * that exist, links out to other sites) and what it must report (missing files and ids, links that
 * escape the base, resources from elsewhere), each with file and line.
 */
import { describe, expect, it } from 'vitest';
import { anchorsOfHtml, checkLinks, linksOfHtml, linksOfSitemap, type LinkCheckOptions } from '../../src/lib/mirror/link-check.ts';

/** Checks a site given as path → HTML. */
function check(pages: Record<string, string>, options: LinkCheckOptions, otherFiles: string[] = []) {
  const sources = Object.entries(pages).map(([path, html]) => ({ path, links: linksOfHtml(html) }));
  const anchors = new Map(Object.entries(pages).map(([path, html]) => [path, anchorsOfHtml(html)]));
  return checkLinks(sources, { files: new Set([...Object.keys(pages), ...otherFiles]), anchors }, options);
}

const base = '/mirror/xiqing/';

describe('checkLinks', () => {
  it('accepts relative, base-absolute and fragment links that resolve', () => {
    const site = {
      'index.html': `<a href="zh/">中文</a><a href="${base}zh/2021/1-3/#p1-3-2">¶</a><link rel="stylesheet" href="_astro/a.css">`,
      'zh/index.html': '<a href="../">home</a><a href="2021/1-3/">s</a><a href="#top">top</a><h1 id="top">x</h1>',
      'zh/2021/1-3/index.html': '<p id="p1-3-2">…</p><a href="../../../sources/plan.txt">src</a><img src="data:image/png;base64,AA==" alt="">',
    };
    expect(check(site, { base }, ['_astro/a.css', 'sources/plan.txt'])).toEqual([]);
  });

  it('reports a missing file, a missing id and a link outside the base, with file and line', () => {
    const site = {
      'index.html': '<p>\n<a href="zh/2020/">gone</a>\n<a href="zh/#nowhere">x</a>\n<a href="/zh/">root</a></p>',
      'zh/index.html': '<h1 id="here">x</h1>',
    };
    expect(check(site, { base })).toEqual([
      { path: 'index.html', line: 2, url: 'zh/2020/', problem: 'no file zh/2020/index.html in the build' },
      { path: 'index.html', line: 3, url: 'zh/#nowhere', problem: 'no element with id "nowhere" in zh/index.html' },
      { path: 'index.html', line: 4, url: '/zh/', problem: `points outside the base ${base}` },
    ]);
  });

  it('reports a directory named without its trailing slash, and a fragment on a file that is not a page', () => {
    const site = { 'index.html': '<a href="zh">zh</a><a href="data.json#x">d</a>', 'zh/index.html': '' };
    expect(check(site, { base: '/' }, ['data.json']).map((b) => b.problem)).toEqual(['names a directory without its trailing slash', '#x on data.json, which is not an HTML page']);
  });

  it('allows links out to other sites, but no resource from another origin', () => {
    const site = {
      'index.html': [
        '<a href="https://www.gov.cn/">gov</a>',
        '<a href="mailto:someone@example.org">mail</a>',
        '<script src="https://cdn.example.com/x.js"></script>',
        '<link rel="stylesheet" href="//fonts.example.com/f.css">',
        '<img src="http://analytics.example.com/p.gif" alt="">',
      ].join('\n'),
    };
    expect(check(site, { base: '/' }).map((b) => [b.line, b.problem])).toEqual([
      [3, 'loads a resource from another origin'],
      [4, 'loads a resource from another origin'],
      [5, 'loads a resource from another origin'],
    ]);
  });

  it('treats absolute links to the configured site as internal and checks them', () => {
    const site = { 'index.html': `<link rel="canonical" href="https://plans.example${base}"><link rel="alternate" href="https://plans.example${base}en/">` };
    expect(check(site, { base, site: 'https://plans.example/' }).map((b) => b.problem)).toEqual(['no file en/index.html in the build']);
  });

  it('decodes entities and percent-encoding before resolving', () => {
    const site = { 'index.html': '<a href="a%20b.txt">x</a><a href="q.html?x=1&amp;y=2#s">y</a>', 'q.html': '<i id="s"></i>' };
    expect(check(site, { base: '/' }, ['a b.txt'])).toEqual([]);
  });

  it('ignores look-alike links inside scripts and comments', () => {
    const site = { 'index.html': '<!-- <a href="gone/">x</a> --><script>const s = \'<a href="gone/">\';</script><style>a[href="gone/"]{}</style>' };
    expect(check(site, { base: '/' })).toEqual([]);
  });
});

describe('linksOfSitemap', () => {
  it('reads every <loc> with its line', () => {
    const xml = '<?xml version="1.0"?>\n<urlset>\n<url><loc>https://x.example/zh/</loc></url>\n<url><loc>https://x.example/a?b=1&amp;c=2</loc></url>\n</urlset>';
    expect(linksOfSitemap(xml)).toEqual([
      { url: 'https://x.example/zh/', line: 3, resource: false },
      { url: 'https://x.example/a?b=1&c=2', line: 4, resource: false },
    ]);
  });
});
