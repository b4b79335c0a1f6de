/**
 * Every chart on every page, drawn by the browser at a phone's width and a laptop's: no two texts
 * of a chart overlap, none runs outside the chart, every bar prints its value, every style of
 * mark has a key, and the chart fills its column. Measured on the rendered boxes, so fonts and
 * the estimates of `text-width.ts` are checked together.
 */
import { expect, test, type Page } from '@playwright/test';
import { batchesOf, checkEach } from './check-each.ts';
import { sitePages } from './site-pages.ts';

const pages = sitePages().filter((p) => p.kind === 'section' || p.kind === 'indicator');
const WIDTHS = [390, 1366];
const BATCHES = 2;

interface Drawn {
  /** The chart's position on its page, for messages. */
  name: string;
  svg: { left: number; right: number; width: number };
  column: number;
  texts: { text: string; left: number; right: number; top: number; bottom: number }[];
  barsWithoutValue: string[];
  styles: string[];
  keyed: string[];
}

async function drawnCharts(page: Page): Promise<Drawn[]> {
  return page.locator('figure.chart').evaluateAll((figures) =>
    figures.map((figure, i) => {
      const svg = figure.querySelector('svg')!;
      const box = svg.getBoundingClientRect();
      const styleOf = (rect: Element) => (rect.classList.contains('track') ? 'track' : rect.classList.contains('hollow') ? 'hollow' : 'solid');
      return {
        name: `chart ${i + 1} "${figure.querySelector('.chart-title')?.textContent ?? ''}"`,
        svg: { left: box.left, right: box.right, width: box.width },
        column: (() => {
          const parent = figure.parentElement!;
          const style = getComputedStyle(parent);
          return parent.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
        })(),
        texts: [...svg.querySelectorAll('text')].map((text) => {
          const r = text.getBoundingClientRect();
          return { text: text.textContent ?? '', left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }),
        barsWithoutValue: [...svg.querySelectorAll('g[data-figure]')].filter((g) => !g.querySelector('text.value')?.textContent?.trim()).map((g) => g.getAttribute('data-figure')!),
        styles: [...new Set([...svg.querySelectorAll('g.row rect')].map(styleOf))],
        keyed: [...svg.querySelectorAll('g.legend rect')].map(styleOf),
      };
    }),
  );
}

/** Overlap of more than half a pixel each way: glyph boxes that merely touch are not a collision. */
const overlap = (a: Drawn['texts'][number], b: Drawn['texts'][number]) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

for (const width of WIDTHS) {
  batchesOf(pages, BATCHES).forEach((batch, i) => {
    test(`charts at ${width} px, batch ${i + 1}: no text overlaps another or leaves its chart; every bar printed and every mark keyed`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await checkEach(batch, (p) => `${p.path} at ${width} px`, async ({ path }) => {
        await page.goto(path);
        for (const chart of await drawnCharts(page)) {
          const where = `${path} at ${width} px, ${chart.name}`;
          for (let a = 0; a < chart.texts.length; a++) {
            const text = chart.texts[a]!;
            expect.soft(text.left >= chart.svg.left - 1 && text.right <= chart.svg.right + 1, `${where}: "${text.text}" inside the chart`).toBe(true);
            for (let b = a + 1; b < chart.texts.length; b++) {
              expect.soft(overlap(text, chart.texts[b]!), `${where}: "${text.text}" and "${chart.texts[b]!.text}" do not overlap`).toBe(false);
            }
          }
          expect.soft(chart.barsWithoutValue, `${where}: every bar prints its value`).toEqual([]);
          expect.soft(chart.styles.filter((s) => !chart.keyed.includes(s)), `${where}: every style of mark has a key`).toEqual([]);
          expect.soft(chart.svg.width, `${where}: fills its column`).toBeGreaterThanOrEqual(chart.column - 1);
        }
      });
    });
  });
}
