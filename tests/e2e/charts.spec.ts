/**
 * Charts, indicators and targets against the published data: every chart is a named image whose
 * table repeats published figures exactly; every paragraph with comparable figures is charted.
 */
import { expect, test, type Page } from '@playwright/test';
import { readDistJson } from './dist.ts';

interface PublicFigure {
  id: string;
  plan: number;
  section: string;
  period: number;
  kind: 'actual' | 'estimate' | 'target';
  unit: string;
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

/** Paragraphs printing two or more different things in one unit, all outcomes or all targets. */
function paragraphsWithComparableFigures(plan: number, section: string): string[] {
  const groups = new Map<string, Set<string>>();
  for (const f of figures.filter((f) => f.plan === plan && f.section === section && f.unit !== 'percent')) {
    const key = `${f.source.paragraph}/${f.unit}/${f.kind === 'target'}`;
    groups.set(key, (groups.get(key) ?? new Set()).add(f.label_zh));
  }
  return [...new Set([...groups].filter(([, labels]) => labels.size >= 2).map(([key]) => key.split('/')[0]!))];
}

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

function expectPublished(row: ChartRow, lang: 'zh' | 'en') {
  const published = byId.get(row.figure);
  expect(published, `chart row ${row.figure} is a published figure`).toBeDefined();
  expect(row.label).toBe(lang === 'zh' ? published!.label_zh : published!.label_en);
  expect(row.value).toBe(lang === 'zh' ? published!.source.text : published!.value_en);
  expect(row.period).toBe(String(published!.period));
  expect(row.href.endsWith(lang === 'zh' ? published!.source.url_zh : published!.source.url_en)).toBe(true);
}

for (const { plan, id, url_zh, url_en } of sections) {
  for (const [lang, url] of [['zh', url_zh], ['en', url_en]] as const) {
    test(`${url}: charts are named images whose tables are published figures`, async ({ page }) => {
      await page.goto(url);
      const charts = await chartsOn(page);
      const charted = new Set(charts.map((c) => c.paragraph));
      for (const paragraph of paragraphsWithComparableFigures(plan, id)) expect(charted, `a chart follows ${paragraph}`).toContain(paragraph);
      for (const chart of charts) {
        expect(chart.role).toBe('img');
        expect(chart.name.length).toBeGreaterThan(chart.rows.length);
        expect(chart.rows.length).toBeGreaterThan(0);
        for (const row of chart.rows) expectPublished(row, lang);
        // The accessible name states at least one of the values drawn.
        expect(chart.rows.some((r) => chart.name.includes(r.value.replace(/ \(est\.\)$/, '')))).toBe(true);
      }
    });
  }
}

for (const indicator of indicators) {
  test(`${indicator.url_en}: the series and its table hold every value, each linked to its paragraph`, async ({ page }) => {
    for (const [lang, url] of [['en', indicator.url_en], ['zh', indicator.url_zh]] as const) {
      await page.goto(url);
      const [chart] = await chartsOn(page);
      expect(chart?.role).toBe('img');
      expect(chart!.rows.map((r) => r.figure)).toEqual(expect.arrayContaining(indicator.points.map((p) => p.id)));
      for (const row of chart!.rows) expectPublished(row, lang);
      const linked = await page.locator('.data-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({ figure: tr.getAttribute('data-figure'), href: tr.querySelector('a')?.getAttribute('href') })));
      expect(linked.map((l) => l.figure)).toEqual(indicator.points.map((p) => p.id));
      for (const [i, point] of indicator.points.entries()) expect(linked[i]!.href!.endsWith(lang === 'zh' ? point.source.url_zh : point.source.url_en)).toBe(true);
    }
  });
}

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
