/**
 * Link checker over the built site: every internal `href`/`src` names a file of the build under
 * the base (SITE_BASE), every `#fragment` an id on its target page, every resource is the site's
 * own; the sitemap's URLs are checked too. Prints `file:line: url — problem` for each broken link
 * and exits non-zero.
 *   npm run test:links -- [dir]   (the directory defaults to OUT_DIR, else dist)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { anchorsOfHtml, checkLinks, linksOfHtml, linksOfSitemap, type LinkSource } from '../src/lib/mirror/link-check.ts';
import { listSiteFiles } from '../src/lib/mirror/site-files.ts';

const { positionals } = parseCommandLine({
  command: 'npm run test:links',
  description: 'Checks every href and src of every page, and the sitemap, against the build: the file exists under the base, the #fragment is an id on it, nothing comes from elsewhere.',
  positionals: { usage: '[dir]', max: 1, description: 'the built site (default: OUT_DIR, else dist)' },
  environment: { OUT_DIR: 'the built site when no dir is given', SITE_BASE: 'the sub-path the site was built for (else /)', SITE_URL: 'the origin the site was built for, if any' },
});
const root = positionals[0] ?? process.env.OUT_DIR ?? 'dist';
if (!existsSync(root)) {
  console.error(`error: ${root} does not exist; build the site first`);
  process.exit(1);
}

const files = listSiteFiles(root);
const anchors = new Map<string, Set<string>>();
const sources: LinkSource[] = [];
for (const path of files) {
  if (path.endsWith('.html')) {
    const html = readFileSync(join(root, path), 'utf8');
    anchors.set(path, anchorsOfHtml(html));
    sources.push({ path, links: linksOfHtml(html) });
  } else if (path === 'sitemap.xml') {
    sources.push({ path, links: linksOfSitemap(readFileSync(join(root, path), 'utf8')) });
  }
}

const broken = checkLinks(sources, { files: new Set(files), anchors }, { base: process.env.SITE_BASE ?? '/', site: process.env.SITE_URL });
const checked = sources.reduce((sum, s) => sum + s.links.length, 0);
if (broken.length > 0) {
  for (const b of broken) console.error(`${join(root, b.path)}:${b.line}: ${b.url} — ${b.problem}`);
  console.error(`check-links: ${broken.length} broken of ${checked} links in ${sources.length} files`);
  process.exit(1);
}
console.log(`check-links: ${checked} links in ${sources.length} files of ${root}, 0 broken`);
