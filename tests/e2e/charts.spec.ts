/**
 * Charts, indicators and targets against the published data: every chart is a named image whose
 * table repeats published figures exactly, and sets side by side only figures the text relates
 * (growth rates of one year, shares, a whole and its parts, one indicator in the plan's window of
 * years). Pages are walked in one browser page per test (tests/e2e/check-each.ts); failures name the page.
 */
import { expect, test, type Page } from '@playwright/test';
import { checkEach } from './check-each.ts';
import { readDistJson } from './dist.ts';

interface PublicFigure {
  id: string;
  plan: number;
  section: string;
  period: number;
  kind: 'actual' | 'estimate' | 'target';
  value: number;
  unit: string;
  direction: 'increase' | 'decrease' | null;
  label_zh: string;
  label_en: string;
  value_en: string;
  indicator: string | null;
  source: { text: string; paragraph: string; url_zh: string; url_en: string };
}
interface PublicIndicator {
  id: string;
  url_zh: string;
  url_en: string;
  points: PublicFigure[];
}
interface PublicTarget {
  plan: number;
  status: 'met' | 'missed' | 'no-outcome' | 'pending';
  target: PublicFigure;
  outcome: PublicFigure | null;
}

const figures = readDistJson<{ figures: PublicFigure[] }>('data/figures.json').figures;
const byId = new Map(figures.map((f) => [f.id, f]));
const { indicators } = readDistJson<{ indicators: PublicIndicator[] }>('data/indicators.json');
const { targets } = readDistJson<{ targets: PublicTarget[] }>('data/targets.json');
const sections = readDistJson<{ plans: { year: number; sections: { id: string; url_zh: string; url_en: string }[] }[] }>('data/plans.json').plans.flatMap((p) =>
  p.sections.map((s) => ({ plan: p.year, ...s })),
);

interface ChartRow {
  figure: string;
  label: string;
  value: string;
  period: string;
  href: string;
}

/** Every chart on the page: its accessible name and its table. */
async function chartsOn(page: Page) {
  return page.locator('figure.chart').evaluateAll((nodes) =>
    nodes.map((figure) => ({
      type: [...figure.classList].find((c) => c.startsWith('chart-') && c !== 'chart-complete')?.slice('chart-'.length) ?? '',
      paragraph: figure.closest('[data-paragraph]')?.getAttribute('data-paragraph') ?? null,
      role: figure.querySelector('svg')?.getAttribute('role') ?? null,
      name: figure.querySelector('svg')?.getAttribute('aria-label') ?? '',
      rows: [...figure.querySelectorAll('table tbody tr')].map((tr) => ({
        figure: tr.getAttribute('data-figure') ?? '',
        label: tr.querySelector('th')?.textContent?.trim() ?? '',
        value: tr.querySelector('td')?.textContent?.trim() ?? '',
        period: tr.querySelectorAll('td')[1]?.textContent?.trim() ?? '',
        href: tr.querySelector('a')?.getAttribute('href') ?? '',
      })),
    })),
  );
}

/** Checks a chart row against /data/figures.json; every failure names the page and the figure. */
function expectPublished(url: string, row: ChartRow, lang: 'zh' | 'en') {
  const published = byId.get(row.figure);
  const where = `${url}: chart row ${row.figure}`;
  expect.soft(published, `${where} is a published figure`).toBeDefined();
  if (!published) return;
  expect.soft(row.label, `${where}: label`).toBe(lang === 'zh' ? published.label_zh : published.label_en);
  expect.soft(row.value, `${where}: value`).toBe(lang === 'zh' ? published.source.text : published.value_en);
  expect.soft(row.period, `${where}: period`).toBe(String(published.period));
  expect.soft(row.href.endsWith(lang === 'zh' ? published.source.url_zh : published.source.url_en), `${where}: links its paragraph (${row.href})`).toBe(true);
}

/** The figures of a chart are related as its type says: nothing is set beside what the text does not relate it to. */
function expectRelated(which: string, type: string, rows: PublicFigure[], plan: number) {
  const outcome = (f: PublicFigure) => f.kind !== 'target';
  const oneKind = rows.every((f) => outcome(f) === outcome(rows[0]!));
  switch (type) {
    case 'growth':
      expect.soft(rows.length, `${which}: ranks two or more growth rates`).toBeGreaterThanOrEqual(2);
      expect.soft(rows.every((f) => f.unit === 'percent' && (f.direction !== null || /(?:增长|增速|增幅|下降)$/.test(f.label_zh))), `${which}: ranks growth rates only`).toBe(true);
      expect.soft(new Set(rows.map((f) => f.period)).size === 1 && oneKind, `${which}: of one year and kind`).toBe(true);
      break;
    case 'share':
      expect.soft(rows.every((f) => f.unit === 'percent' && f.label_zh.includes('占')), `${which}: shares of a whole only`).toBe(true);
      break;
    case 'parts': {
      const [whole, ...parts] = rows;
      expect.soft(parts.length, `${which}: a whole and at least one part`).toBeGreaterThan(0);
      expect.soft(parts.every((p) => p.unit === whole!.unit && p.source.paragraph === whole!.source.paragraph), `${which}: parts in the whole's unit and paragraph`).toBe(true);
      expect.soft(parts.reduce((sum, p) => sum + p.value, 0), `${which}: parts add up to no more than the whole`).toBeLessThanOrEqual(whole!.value);
      break;
    }
    case 'series':
      expect.soft(new Set(rows.map((f) => f.indicator)).size, `${which}: one indicator`).toBe(1);
      expect.soft(rows.filter((f) => f.period < plan - 2 || f.period > plan + 1).map((f) => f.id), `${which}: only the plan's window of years`).toEqual([]);
      break;
    default:
      expect.soft(type, `${which}: a known kind of chart`).toBe('a relationship the text states');
  }
}

for (const lang of ['zh', 'en'] as const) {
  test(`${lang} section pages: charts are named images whose tables are published figures`, async ({ page }) => {
    const pages = sections.map((s) => ({ ...s, url: lang === 'zh' ? s.url_zh : s.url_en }));
    await checkEach(pages, ({ url }) => url, async ({ plan, url }) => {
      await page.goto(url);
      const charts = await chartsOn(page);
      for (const [i, chart] of charts.entries()) {
        const which = `${url}: chart ${i + 1} (after ${chart.paragraph})`;
        expect.soft(chart.role, `${which}: role`).toBe('img');
        expect.soft(chart.name.length, `${which}: an accessible name longer than its number of rows`).toBeGreaterThan(chart.rows.length);
        expect.soft(chart.rows.length, `${which}: table rows`).toBeGreaterThan(0);
        for (const row of chart.rows) expectPublished(url, row, lang);
        // The accessible name states at least one of the values drawn.
        expect.soft(chart.rows.some((r) => chart.name.includes(r.value.replace(/ \(est\.\)$/, ''))), `${which}: its name "${chart.name}" states a value drawn`).toBe(true);
        expectRelated(which, chart.type, chart.rows.map((r) => byId.get(r.figure)).filter((f) => f !== undefined), plan);
      }
    });
  });
}

test('indicator pages: the series and its table hold every value, each linked to its paragraph', async ({ page }) => {
  const pages = indicators.flatMap((indicator) => [['en', indicator.url_en], ['zh', indicator.url_zh]].map(([lang, url]) => ({ indicator, lang: lang as 'zh' | 'en', url: url! })));
  await checkEach(pages, ({ url }) => url, async ({ indicator, lang, url }) => {
    await page.goto(url);
    const [chart] = await chartsOn(page);
    expect(chart?.role, `${url}: the series is an image`).toBe('img');
    expect.soft(chart!.rows.map((r) => r.figure), `${url}: the series' table holds every value`).toEqual(expect.arrayContaining(indicator.points.map((p) => p.id)));
    for (const row of chart!.rows) expectPublished(url, row, lang);
    const linked = await page.locator('.data-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({ figure: tr.getAttribute('data-figure'), href: tr.querySelector('a')?.getAttribute('href') })));
    expect.soft(linked.map((l) => l.figure), `${url}: the data table lists every value in order`).toEqual(indicator.points.map((p) => p.id));
    for (const [i, point] of indicator.points.entries()) {
      expect.soft(linked[i]?.href?.endsWith(lang === 'zh' ? point.source.url_zh : point.source.url_en), `${url}: ${point.id} links its paragraph (${linked[i]?.href})`).toBe(true);
    }
  });
});

test('the indicators page lists every tracked indicator with a sparkline and its number of values', async ({ page }) => {
  await page.goto('en/indicators/');
  const rows = page.locator('.indicator-table tbody tr');
  await expect(rows).toHaveCount(indicators.length);
  for (const [i, indicator] of indicators.entries()) {
    const row = rows.nth(i);
    await expect(row).toHaveAttribute('data-indicator', indicator.id);
    await expect(row.locator('svg[role="img"]')).toHaveAttribute('aria-label', /\S/);
    await expect(row.locator('td.numeric')).toHaveText(String(indicator.points.length));
  }
});

test('targets meet their outcomes: the verdicts agree with the published values', async ({ page }) => {
  await page.goto('en/targets/');
  const rows = page.locator('.targets-table tbody tr');
  await expect(rows).toHaveCount(targets.length);
  for (const target of targets) {
    const row = page.locator(`tr[data-target="${target.target.id}"]`);
    await expect(row).toHaveAttribute('data-status', target.status);
    if (target.outcome) {
      await expect(row).toHaveAttribute('data-outcome', target.outcome.id);
      expect(target.outcome.period).toBe(target.target.period);
      expect(target.outcome.plan).toBe(target.target.plan + 1);
    }
  }
  // The latest judged year opens the page; plans awaiting their outcome come after.
  const years = await page.locator('main section h2').evaluateAll((hs) => hs.map((h) => Number(/\d{4}/.exec(h.id)![0])));
  const judged = (year: number) => targets.some((t) => t.plan === year && t.status !== 'pending');
  const latestJudged = Math.max(...targets.filter((t) => t.status !== 'pending').map((t) => t.plan));
  expect(years[0], 'the first year shown').toBe(latestJudged);
  expect(years.findIndex((y) => !judged(y)), 'pending years after every judged one').toBeGreaterThan(years.findLastIndex(judged));
  // The sources' own headline pair: the 2021 plan targets GRP growth of 6.6% and revenue growth
  // of 12%; the 2022 plan reports 6.6% and 10.9%.
  const pair = (indicator: string) => targets.find((t) => t.plan === 2021 && t.target.indicator === indicator)!;
  expect([pair('gdp-growth').target.source.text, pair('gdp-growth').outcome?.source.text, pair('gdp-growth').status]).toEqual(['6.6%', '6.6%', 'met']);
  expect([pair('public-budget-revenue-growth').target.source.text, pair('public-budget-revenue-growth').outcome?.source.text, pair('public-budget-revenue-growth').status]).toEqual(['12%', '10.9%', 'missed']);
});

test('the home pages open with the headline indicators, each linking to its page', async ({ page }) => {
  for (const lang of ['zh', 'en']) {
    await page.goto(`${lang}/`);
    const cards = page.locator('.dashboard-card');
    expect(await cards.count()).toBeGreaterThanOrEqual(4);
    const firstSection = await page.locator('main h2').first().textContent();
    expect(firstSection).toBe(await page.locator('#dashboard-heading').textContent());
    for (const id of await cards.evaluateAll((cs) => cs.map((c) => c.getAttribute('data-indicator')!))) {
      expect(indicators.map((i) => i.id)).toContain(id);
    }
  }
});

test('print keeps one copy of each chart\'s numbers: the drawing when it prints them all, else the table', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  const pages = [...sections.map((s) => s.url_en), ...sections.map((s) => s.url_zh), ...indicators.map((i) => i.url_en)];
  await checkEach(pages, (url) => url, async (url) => {
    await page.goto(url);
    const shown = await page.locator('figure.chart').evaluateAll((figures) =>
      figures.map((f) => {
        const visible = (el: Element | null) => !!el && el.getBoundingClientRect().height > 2 && getComputedStyle(el).display !== 'none';
        return { title: f.querySelector('.chart-title')?.textContent, drawing: visible(f.querySelector('svg')), table: visible(f.querySelector('.chart-data')) };
      }),
    );
    for (const chart of shown) expect.soft(Number(chart.drawing) + Number(chart.table), `${url}: "${chart.title}" prints its numbers once`).toBe(1);
  });
});
