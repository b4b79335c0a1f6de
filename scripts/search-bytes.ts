/**
 * What search costs a reader, measured in Chromium on a built site: a section page is opened,
 * then search (Ctrl+K), then a Chinese query, an English one and a query of one common
 * character, each typed into the search box as a reader would; then, as a reader of the English
 * edition, the same section in English, search opened and the English query. For each step: the bytes
 * downloaded as served, as a compressing static host sends them (text gzipped; Pagefind's index
 * files are gzipped already), and the index chunks it fetched. Prints JSON.
 *   npm run search-bytes -- [--dir DIR] [--page zh/2021/1-1/] [--zh 高新技术企业] [--en investment] [--character 业]
 */
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { parseCommandLine } from '../src/lib/cli/command-line.ts';
import { createStaticHandler } from '../src/lib/mirror/static-server.ts';

const { values } = parseCommandLine({
  command: 'npm run search-bytes',
  description: 'Measures in Chromium the bytes a reader downloads to open search on a section page and to run a first Chinese, English and one-character query; prints JSON.',
  options: {
    dir: { type: 'string', value: 'DIR', default: process.env.OUT_DIR ?? 'dist', description: 'the built and indexed site' },
    page: { type: 'string', value: 'PATH', description: 'the section page search is opened on (default: the first Chinese section page of the newest plan)' },
    zh: { type: 'string', value: 'QUERY', default: '高新技术企业', description: 'the Chinese query' },
    en: { type: 'string', value: 'QUERY', default: 'investment', description: 'the English query' },
    character: { type: 'string', value: 'CHAR', default: '业', description: 'a one-character query (a common one pulls the largest index chunk)' },
  },
  environment: { OUT_DIR: 'the site when --dir is not given', SITE_BASE: 'the sub-path the site was built for (else /)', CHROMIUM_PATH: 'the browser (else /usr/bin/chromium)' },
});

const root = resolve(values.dir);
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
if (!existsSync(join(root, 'pagefind'))) {
  console.error(`error: ${root} has no search index; run \`npm run build\` (or astro build and npm run index) first`);
  process.exit(1);
}

/** The first Chinese section page of the newest plan: `zh/<year>/1-0/`. */
function defaultPage(): string {
  const years = readdirSync(join(root, 'zh')).filter((d) => /^\d{4}$/.test(d)).sort();
  const year = years.at(-1);
  if (!year) throw new Error(`${root}/zh holds no plan`);
  const section = readdirSync(join(root, 'zh', year)).filter((d) => /^\d+-\d+$/.test(d)).sort()[0];
  return `zh/${year}/${section}/`;
}

interface Step {
  served: number;
  compressed: number;
  /** Pagefind index chunks fetched, with their sizes. */
  chunks: { file: string; bytes: number }[];
  files: string[];
}

interface Download {
  path: string;
  bytes: number;
  compressed: number;
}

/** Every finished request of a page, in the order finished: its body is read later, so it counts in the step it finished in. */
function track(page: Page): Promise<Download | undefined>[] {
  const downloads: Promise<Download | undefined>[] = [];
  page.on('requestfinished', (request) => {
    downloads.push(
      (async () => {
        const body = await (await request.response())?.body().catch(() => undefined);
        if (!body) return undefined;
        const path = new URL(request.url()).pathname;
        const text = /\.(js|mjs|json|css|html|txt)$/.test(path);
        return { path, bytes: body.byteLength, compressed: text ? gzipSync(body).byteLength : body.byteLength };
      })(),
    );
  });
  return downloads;
}

async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
}

async function step(downloads: Promise<Download | undefined>[], from: number): Promise<Step> {
  const mine = (await Promise.all(downloads.slice(from))).filter((d): d is Download => d !== undefined);
  return {
    served: mine.reduce((sum, d) => sum + d.bytes, 0),
    compressed: mine.reduce((sum, d) => sum + d.compressed, 0),
    chunks: mine.filter((d) => d.path.endsWith('.pf_index')).map((d) => ({ file: d.path.split('/').at(-1)!, bytes: d.bytes })),
    files: mine.map((d) => d.path.slice(base.length)),
  };
}

async function query(page: Page, text: string): Promise<void> {
  await page.getByRole('combobox').fill(text);
  await page.waitForFunction(() => {
    const status = document.querySelector('dialog[open] [role="status"], [role="dialog"] [role="status"]')?.textContent ?? '';
    return status !== '' && !/加载|Loading/.test(status);
  });
  await settle(page);
}

const server = createServer(createStaticHandler({ root, base, notFoundPage: '404.html' }));
await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
/** A reader in a fresh browser: the page read, search opened, then each query in turn. */
async function firstSearches(pagePath: string, texts: readonly (readonly [string, string])[]): Promise<{ reading: Step; open: Step; queries: Record<string, Step> }> {
  const page = await browser.newPage();
  try {
    const downloads = track(page);
    await page.goto(`${origin}${base}${pagePath}`);
    await settle(page);
    const reading = await step(downloads, 0);
    let mark = downloads.length;
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog').getByRole('combobox').waitFor();
    await settle(page);
    const open = await step(downloads, mark);
    const queries: Record<string, Step> = {};
    for (const [name, text] of texts) {
      mark = downloads.length;
      await query(page, text);
      queries[name] = await step(downloads, mark);
    }
    return { reading, open, queries };
  } finally {
    await page.close();
  }
}

try {
  const pagePath = values.page ?? defaultPage();
  const { reading, open, queries } = await firstSearches(pagePath, [
    ['zh', values.zh],
    ['en', values.en],
    ['character', values.character],
  ]);
  const english = await firstSearches(pagePath.replace(/^zh\//, 'en/'), [['en', values.en]]);
  const total = (steps: Step[]) => ({ served: steps.reduce((s, x) => s + x.served, 0), compressed: steps.reduce((s, x) => s + x.compressed, 0) });
  const queriesUsed = { zh: values.zh, en: values.en, character: values.character };
  console.log(
    JSON.stringify(
      {
        page: pagePath,
        queries: queriesUsed,
        reading: { served: reading.served, compressed: reading.compressed },
        open,
        ...queries,
        open_zh: total([open, queries.zh!]),
        open_zh_en: total([open, queries.zh!, queries.en!]),
        english_reader: { page: pagePath.replace(/^zh\//, 'en/'), open: english.open, en: english.queries.en, open_en: total([english.open, english.queries.en!]) },
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  server.close();
}
