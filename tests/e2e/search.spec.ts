/**
 * Search against the built index: a relevance suite (expected section in the first five results;
 * for Chinese queries, hits against the plain substring truth over the Chinese sections, failing
 * on any lost recall), keyboard use, filters, both languages and the crosswalk between them,
 * results as links, the landing, phones, and the bytes search costs. The English investor
 * queries are in search-english.spec.ts.
 */
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkEach } from './check-each.ts';
import { DIST_DIR, readDistJson } from './dist.ts';

interface PlansData {
  plans: { year: number; sections: { id: string; url_zh: string }[] }[];
}

/**
 * Each section's Chinese text: title, printed heading and paragraphs (not ¶ links, charts, notes),
 * spaces removed, blocks kept apart by `|` so that no truth spans two of them.
 */
function chineseSections(): Map<string, string> {
  const texts = new Map<string, string>();
  for (const plan of readDistJson<PlansData>('data/plans.json').plans) {
    for (const section of plan.sections) {
      const html = readFileSync(join(DIST_DIR, section.url_zh, 'index.html'), 'utf8');
      const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
      const paragraphs = [...html.matchAll(/<p (?:id="p[\d-]+"|class="printed-heading")[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<a class="pilcrow"[\s\S]*?<\/a>/g, ''));
      const text = [title, ...paragraphs].join('|').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, '');
      texts.set(`${plan.year}/${section.id}`, text);
    }
  }
  return texts;
}

const sections = chineseSections();

/** The sections whose Chinese text contains the query (in Simplified form), spaces ignored. */
function substringTruth(simplified: string): string[] {
  const needle = simplified.replace(/\s+/g, '');
  return [...sections].filter(([, text]) => text.includes(needle)).map(([key]) => key);
}

interface Case {
  query: string;
  /** A section expected among the first five results; none for a query that finds nothing. */
  expected?: string;
  /** For Chinese queries: the Simplified text whose substring truth the hits must cover. */
  truth?: string[];
  kind: 'chinese' | 'traditional' | 'english' | 'mixed' | 'number' | 'none';
}

const cases: Case[] = [
  { kind: 'chinese', query: '5G基站', expected: '2021/1-2', truth: ['5G基站'] },
  { kind: 'chinese', query: '5G 基站', expected: '2021/1-2', truth: ['5G基站'] },
  { kind: 'chinese', query: '高新技术企业', expected: '2021/1-3', truth: ['高新技术企业'] },
  { kind: 'chinese', query: '疫情防控', expected: '2021/1-1', truth: ['疫情防控'] },
  { kind: 'chinese', query: '复工复产', expected: '2021/1-1', truth: ['复工复产'] },
  { kind: 'chinese', query: '营商环境', expected: '2021/1-3', truth: ['营商环境'] },
  { kind: 'chinese', query: '乡村振兴', expected: '2022/1-4', truth: ['乡村振兴'] },
  { kind: 'chinese', query: '碳达峰', expected: '2022/2-4', truth: ['碳达峰'] },
  { kind: 'chinese', query: '双减', expected: '2022/1-6', truth: ['双减'] },
  { kind: 'chinese', query: '中芯国际', expected: '2021/1-2', truth: ['中芯国际'] },
  { kind: 'chinese', query: '京津冀', expected: '2021/2-3', truth: ['京津冀'] },
  { kind: 'chinese', query: '养老', expected: '2021/2-5', truth: ['养老'] },
  { kind: 'chinese', query: '核酸检测', expected: '2021/1-1', truth: ['核酸检测'] },
  { kind: 'chinese', query: '招商引资', expected: '2022/1-2', truth: ['招商引资'] },
  { kind: 'chinese', query: '固定资产投资', expected: '2021/1-6', truth: ['固定资产投资'] },
  { kind: 'chinese', query: '新能源汽车', expected: '2021/2-1', truth: ['新能源汽车'] },
  { kind: 'chinese', query: '杨柳青', expected: '2022/2-5', truth: ['杨柳青'] },
  { kind: 'chinese', query: '专项债', expected: '2022/1-2', truth: ['专项债'] },
  { kind: 'chinese', query: '疫情防控 核酸检测', expected: '2021/1-1', truth: ['疫情防控', '核酸检测'] },
  { kind: 'chinese', query: '"京津冀 协同发展"', expected: '2021/2-3', truth: ['京津冀协同发展'] },
  { kind: 'traditional', query: '高新技術企業', expected: '2021/1-3', truth: ['高新技术企业'] },
  { kind: 'traditional', query: '復工復產', expected: '2021/1-1', truth: ['复工复产'] },
  { kind: 'traditional', query: '垃圾分類', expected: '2022/2-4', truth: ['垃圾分类'] },
  { kind: 'traditional', query: '養老', expected: '2021/2-5', truth: ['养老'] },
  { kind: 'mixed', query: 'PM2.5', expected: '2022/1-5', truth: ['PM2.5'] },
  { kind: 'mixed', query: 'PM2.5 浓度', expected: '2022/1-5', truth: ['PM2.5', '浓度'] },
  { kind: 'english', query: 'rural revitalization', expected: '2022/1-4' },
  { kind: 'english', query: 'epidemic control', expected: '2021/1-1' },
  { kind: 'english', query: 'urban renewal', expected: '2022/2-5' },
  { kind: 'english', query: 'Beijing', expected: '2021/1-5' },
  { kind: 'number', query: '676', expected: '2022/1-3' },
  { kind: 'number', query: '2.7 亿元', expected: '2021/1-1' },
  { kind: 'none', query: '量子纠缠' },
  { kind: 'none', query: 'zyxwvut' },
];

/** Runs a query in the search page and returns the shown results, in order. */
async function searchFor(page: Page, query: string): Promise<{ section: string; content: string }[]> {
  await page.getByRole('combobox').fill(query);
  await expect(page.locator('xq-search')).toHaveAttribute('data-shown', query);
  return page.locator('[role="option"]').evaluateAll((options) => options.map((o) => ({ section: (o as HTMLElement).dataset.section!, content: (o as HTMLElement).dataset.content! })));
}

test('relevance: each query finds its section in the first five, and Chinese queries lose no section that contains them', async ({ page }) => {
  const totals = { relevant: 0, found: 0, truth: 0, hits: 0 };
  await checkEach(cases, (c) => `${c.kind}: ${c.query}`, async (c) => {
    await page.goto('zh/search/');
    const results = await searchFor(page, c.query);
    if (!c.expected) {
      await expect.soft(page.locator('.search-status'), `${c.query}: says nothing was found`).toContainText('没有找到');
      expect.soft(results, `${c.query}: no results`).toEqual([]);
      return;
    }
    expect.soft(results.slice(0, 5).map((r) => r.section), `${c.query}: ${c.expected} in the first five`).toContain(c.expected);
    if (c.truth) {
      const truth = c.truth.map(substringTruth).reduce((a, b) => a.filter((key) => b.includes(key)));
      expect.soft(truth.length, `${c.query}: the truth fits in one page of results`).toBeLessThan(12);
      const hits = results.filter((r) => r.content === 'original').map((r) => r.section);
      const lost = truth.filter((key) => !hits.includes(key));
      totals.truth += truth.length;
      totals.found += truth.length - lost.length;
      totals.hits += hits.length;
      totals.relevant += hits.filter((key) => truth.includes(key)).length;
      test.info().annotations.push({ type: 'recall', description: `${c.query}: ${truth.length - lost.length}/${truth.length}, precision ${hits.filter((k) => truth.includes(k)).length}/${hits.length}` });
      expect.soft(lost, `${c.query}: sections containing it that search lost`).toEqual([]);
    }
  });
  console.log(`Chinese queries: recall ${totals.found}/${totals.truth}, precision ${totals.relevant}/${totals.hits}`);
});

test('keyboard only: Ctrl+K opens search, arrows choose, Enter lands on the highlighted paragraph', async ({ page }) => {
  await page.goto('zh/2022/1-0/');
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('复工复产');
  await expect(dialog.locator('.search-status')).toHaveText(/\d+ 条结果/);
  await page.keyboard.press('ArrowDown');
  const combobox = dialog.getByRole('combobox');
  const active = dialog.locator('[role="option"][aria-selected="true"]');
  await expect(active).toHaveCount(1);
  await expect(combobox).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh\/2021\/1-1\/\?hl=[^#]+#p1-1-\d+$/);
  const target = page.locator('.para:target');
  await expect(target).toContainText('复工复产');
  await expect(target).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(target.locator('mark.search-hit').first()).toHaveText('复工复产');
});

test('Escape closes the dialog and focus returns to the page', async ({ page }) => {
  await page.goto('en/2021/');
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
});

test('the result count is announced in a status region', async ({ page }) => {
  await page.goto('en/search/');
  await searchFor(page, 'investment');
  await expect(page.getByRole('status')).toHaveText(/^\d+ results?$/);
});

test('every result is a link: a middle click or Ctrl+click opens it in a new tab, and the search stays', async ({ page, context }) => {
  await page.goto('en/search/');
  await searchFor(page, 'SMIC');
  const options = page.getByRole('option');
  expect(await options.evaluateAll((all) => all.every((o) => o instanceof HTMLAnchorElement && o.href !== ''))).toBe(true);
  const href = await options.first().getAttribute('href');
  const [opened] = await Promise.all([context.waitForEvent('page'), options.first().click({ button: 'middle' })]);
  await opened.waitForLoadState();
  expect(new URL(opened.url()).pathname + new URL(opened.url()).search + new URL(opened.url()).hash).toBe(href);
  await expect(page).toHaveURL(/\/en\/search\//);
  await opened.close();
});

test('results say which language matched and why, and land on the English paragraph with the match marked', async ({ page }) => {
  await page.goto('en/search/');
  await searchFor(page, 'SMIC');
  const result = page.locator('[role="option"][data-section="2021/1-2"]');
  await expect(result.locator('.result-meta .result-lang')).toHaveText('English rendering');
  await expect(result.locator('.result-excerpt mark').first()).toHaveText('SMIC');
  await expect(result.locator('.result-why')).toContainText('Chinese original');
  await expect(result.locator('.result-why')).toContainText('中芯国际 = SMIC');
  await result.click();
  await expect(page).toHaveURL(/\/en\/2021\/1-2\/\?hl=.*#en-p1-2-1$/);
  const target = page.locator('.para:target');
  await expect(target.locator('mark.search-hit').first()).toHaveText('SMIC');
  await expect(page.locator('#p1-2-1 mark.search-hit').first()).toHaveText('中芯国际');
  expect(parseFloat(await target.evaluate((p) => getComputedStyle(p).scrollMarginBlockStart))).toBeGreaterThan(0);
  const top = await target.evaluate((p) => p.getBoundingClientRect().top);
  expect(top, 'the landed paragraph is in view, below the scroll margin').toBeGreaterThan(0);
});

test('an abbreviation finds the sections its Chinese is printed in, and says so', async ({ page }) => {
  await page.goto('en/search/');
  const results = await searchFor(page, 'IoV');
  expect(results.map((r) => r.section)).toContain('2021/1-2');
  const result = page.locator('[role="option"][data-section="2021/1-2"]');
  await expect(result.locator('.result-excerpt mark').first()).toHaveText('Internet of Vehicles');
  await expect(result.locator('.result-why').first()).toContainText('Internet of Vehicles = IoV');
  await expect(result.locator('.result-why').last()).toContainText('车联网 = IoV');
});

test('from the English edition, a Chinese name also finds its English rendering and the listing that explains it', async ({ page }) => {
  await page.goto('en/search/?content=english');
  const results = await searchFor(page, '车联网');
  expect(results.length).toBeGreaterThan(0);
  expect(results.every((r) => r.content === 'english')).toBe(true);
  const section = page.locator('[role="option"][data-section="2021/1-2"]');
  await expect(section.locator('.result-why')).toContainText('Internet of Vehicles = 车联网');
  await page.goto('en/search/');
  await searchFor(page, '车联网');
  const listing = page.locator('[role="option"][data-section="sectors/"]');
  await expect(listing).toHaveAttribute('href', /\/en\/sectors\/#internet-of-vehicles$/);
  await expect(listing.locator('.result-excerpt [lang="zh-CN"]')).toHaveText('车联网');
});

test('a query that finds nothing suggests what the termbase calls it in the other language, as a link that searches it', async ({ page }) => {
  await page.goto('en/search/');
  expect(await searchFor(page, 'SMIC vaccination')).toEqual([]);
  const suggestion = page.locator('.search-suggestions a');
  await expect(suggestion).toHaveText('中芯国际');
  await expect(suggestion).toHaveAttribute('lang', 'zh-CN');
  await expect(suggestion).toHaveAttribute('href', /\/en\/search\/\?q=%E4%B8%AD/);
  await suggestion.click();
  await expect(page.locator('xq-search')).toHaveAttribute('data-shown', '中芯国际');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expect(page.locator('.search-suggestions')).toBeHidden();
});

test('on a 390 px phone the filters fold away and the first result shows on the first screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('en/search/?q=SMIC');
  await expect(page.locator('xq-search')).toHaveAttribute('data-shown', 'SMIC');
  const fold = page.locator('details.search-filters-fold');
  await expect(fold).not.toHaveAttribute('open', /.*/);
  const first = await page.getByRole('option').first().boundingBox();
  expect(first!.y + first!.height, 'the first result ends within the first screen').toBeLessThanOrEqual(844);
  await fold.locator('summary').click();
  await page.getByRole('radio', { name: 'Chinese original', exact: true }).check();
  await expect(fold.locator('summary')).toHaveText('Filters: Chinese original');
  const wide = await page.context().newPage();
  await wide.setViewportSize({ width: 1366, height: 900 });
  await wide.goto('en/search/');
  await expect(wide.locator('details.search-filters-fold')).toHaveAttribute('open', '');
  await wide.close();
});

test('filters narrow by plan year, part and content, and stay in the address', async ({ page }) => {
  await page.goto('zh/search/');
  await page.getByRole('combobox').fill('高新技术企业');
  await page.getByRole('radio', { name: '2022 年计划' }).check();
  await page.getByRole('radio', { name: '本年计划' }).check();
  await expect(page).toHaveURL(/year=2022/);
  await expect(page).toHaveURL(/part=plan/);
  await expect(page.locator('[role="option"]')).not.toHaveCount(0);
  const shown = await page.locator('[role="option"]').evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset.section!));
  for (const section of shown) expect(section).toMatch(/^2022\/2-/);
  await page.reload();
  await expect(page.getByRole('radio', { name: '2022 年计划' })).toBeChecked();
  await expect(page.getByRole('combobox')).toHaveValue('高新技术企业');
});

test('from the English edition, a Chinese query finds the originals, shown as such and landing in the English page', async ({ page }) => {
  await page.goto('en/search/');
  await searchFor(page, '高新技术企业');
  const first = page.locator('[role="option"]').first();
  await expect(first.locator('.result-meta .result-lang')).toHaveText('Chinese original');
  await expect(first.locator('.result-title')).toHaveAttribute('lang', 'en');
  await expect(first.locator('.result-excerpt')).toHaveAttribute('lang', 'zh-CN');
  await expect(first.locator('mark').first()).toHaveText('高新技术企业');
  await first.click();
  await expect(page).toHaveURL(/\/en\/\d{4}\/\d-\d+\/\?hl=[^#]+#p[\d-]+$/);
});

test('from the Chinese edition, an English query finds the English rendering, shown as such, also after a Chinese one', async ({ page }) => {
  await page.goto('zh/search/?content=english');
  await searchFor(page, '乡村振兴');
  await searchFor(page, 'rural revitalization');
  const options = page.locator('[role="option"]');
  await expect(options.first().locator('.result-meta .result-lang')).toHaveText('英文译文');
  expect(await options.evaluateAll((all) => all.every((o) => (o as HTMLElement).dataset.content === 'english'))).toBe(true);
});

test('from the Chinese edition, an English name finds the Chinese original that prints it, landing on the Chinese page', async ({ page }) => {
  await page.goto('zh/search/');
  const results = await searchFor(page, 'SMIC');
  expect(results.map((r) => r.section)).toEqual(expect.arrayContaining(['2021/1-2', '2021/2-3']));
  const result = page.locator('[role="option"][data-section="2021/1-2"]');
  await expect(result.locator('.result-meta .result-lang')).toHaveText('中文原文');
  await expect(result.locator('.result-excerpt mark').first()).toHaveText('中芯国际');
  await expect(result).toHaveAttribute('href', /\/zh\/2021\/1-2\/\?hl=.*#p1-2-1$/);
});

test('the English index holds no Chinese: a Chinese query the termbase does not know, limited to English, finds nothing', async ({ page }) => {
  await page.goto('en/search/?content=english');
  expect(await searchFor(page, '疫情防控')).toEqual([]);
});

/** Bytes of each response, as served and as a compressing static host would send text files. */
function measure(page: Page): { served: number; compressed: number; urls: string[] } {
  const tally = { served: 0, compressed: 0, urls: [] as string[] };
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    const body = await response?.body().catch(() => undefined);
    if (!body) return;
    const text = /\.(js|json|css|html)(\?|$)/.test(new URL(request.url()).pathname);
    tally.served += body.byteLength;
    tally.compressed += text ? gzipSync(body).byteLength : body.byteLength;
    tally.urls.push(new URL(request.url()).pathname);
  });
  return tally;
}

/**
 * The first search of a reader of each edition: opening search (its module, Pagefind and its
 * WebAssembly, the crosswalk's index) and the first query in the reader's language, which needs the
 * index of that edition only and the postings of the entries it names: the crosswalk answers for
 * the other language. Each budget leaves about a tenth above what the seeds measure (152 and
 * 130 kB), so that a change that costs readers more fails here before it reaches them.
 */
const firstSearches = [
  { lang: 'zh', page: 'zh/2021/1-1/', query: '高新技术企业', counted: /\d+ 条结果/, otherIndex: /pagefind\/(index\/en_|pagefind\.en_)/, compressed: 170_000, served: 260_000 },
  { lang: 'en', page: 'en/2021/1-1/', query: 'IoV', counted: /\d+ results?/, otherIndex: /pagefind\/(index\/zh-cn_|pagefind\.zh-cn_)/, compressed: 150_000, served: 240_000 },
] as const;

for (const first of firstSearches) {
  test(`search costs nothing until opened, then opening and a first ${first.lang} query stay within their byte budget`, async ({ page }) => {
    const tally = measure(page);
    await page.goto(first.page);
    await page.waitForLoadState('networkidle');
    expect(tally.urls.filter((u) => /\.m?js$|pagefind/.test(u)), 'nothing of search loads with a reading page').toEqual([]);

    const atLoad = { ...tally, urls: [...tally.urls] };
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog').getByRole('combobox')).toBeFocused();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const opening = { served: tally.served - atLoad.served, compressed: tally.compressed - atLoad.compressed };

    await page.keyboard.type(first.query);
    await expect(page.getByRole('dialog').locator('.search-status')).toHaveText(first.counted);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const total = { served: tally.served - atLoad.served, compressed: tally.compressed - atLoad.compressed };
    const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
    const searchUrls = tally.urls.slice(atLoad.urls.length);
    expect(searchUrls.filter((u) => first.otherIndex.test(u)), 'the first query loads no index of the other edition').toEqual([]);
    console.log(`search bytes (${first.lang}): opening ${kB(opening.served)} served (${kB(opening.compressed)} compressed); opening + first query “${first.query}” ${kB(total.served)} (${kB(total.compressed)})`);
    expect(total.compressed, 'opening and the first query, compressed as static hosts send text').toBeLessThanOrEqual(first.compressed);
    expect(total.served, 'opening and the first query, as served uncompressed').toBeLessThanOrEqual(first.served);
  });
}
