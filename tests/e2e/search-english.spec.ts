/**
 * English search as foreign investors use it: the names of companies, projects, places, sectors,
 * policy terms and indicators, typed the way investors type them (abbreviations, singular or
 * plural, any case). Each query must find its section in the first five results of the English
 * search page; the queries are walked in two batches, one browser page each, and a failure names
 * its query. The expected sections were chosen by reading the Chinese original: where the plan
 * says something about the thing asked for.
 */
import { expect, test, type Page } from '@playwright/test';
import { batchesOf, checkEach } from './check-each.ts';

interface Case {
  kind: 'company' | 'project' | 'place' | 'sector' | 'policy' | 'indicator';
  query: string;
  /** Sections (`plan/section`) that must all be among the first five results. */
  expected: string[];
}

const cases: Case[] = [
  { kind: 'company', query: 'SMIC', expected: ['2021/1-2', '2021/2-3'] },
  { kind: 'company', query: 'smic', expected: ['2021/1-2'] },
  { kind: 'company', query: 'Hikvision', expected: ['2021/1-5'] },
  { kind: 'company', query: 'JD.com', expected: ['2021/2-1', '2022/1-4'] },
  { kind: 'company', query: 'Alibaba', expected: ['2021/2-1'] },
  { kind: 'company', query: 'Genki Forest', expected: ['2021/1-5'] },
  { kind: 'company', query: 'Yiyi', expected: ['2022/1-1', '2021/2-3'] },
  { kind: 'company', query: 'Neusoft', expected: ['2022/2-3'] },
  { kind: 'company', query: 'Shenzhen Stock Exchange', expected: ['2022/1-1'] },
  { kind: 'company', query: 'Fosun', expected: ['2021/1-5', '2022/2-3'] },
  { kind: 'project', query: 'Grand Canal National Cultural Park', expected: ['2021/1-2', '2022/2-5'] },
  { kind: 'project', query: 'Closed Test Site', expected: ['2021/1-2'] },
  { kind: 'project', query: 'SkyShuttle', expected: ['2021/1-4'] },
  { kind: 'project', query: 'Big Data Center', expected: ['2021/2-2', '2022/1-2'] },
  { kind: 'project', query: 'Internet of Vehicles Pilot Zone', expected: ['2021/1-2'] },
  { kind: 'place', query: 'Xinkou Town', expected: ['2021/1-2'] },
  { kind: 'place', query: 'Yangliuqing', expected: ['2022/2-5'] },
  { kind: 'place', query: 'Wangwenzhuang', expected: ['2021/1-4'] },
  { kind: 'place', query: 'Beijing-Tianjin-Hebei', expected: ['2021/2-3'] },
  { kind: 'sector', query: 'Internet of Vehicles', expected: ['2021/1-2', '2022/1-1'] },
  { kind: 'sector', query: 'IoV', expected: ['2021/1-2'] },
  { kind: 'sector', query: 'connected vehicles', expected: ['2021/1-2'] },
  { kind: 'sector', query: 'integrated circuits', expected: ['2022/1-1'] },
  { kind: 'sector', query: 'integrated circuit', expected: ['2022/1-1'] },
  { kind: 'sector', query: 'chip', expected: ['2022/1-1', '2021/1-3'] },
  { kind: 'sector', query: 'semiconductor', expected: ['2021/1-3', '2022/1-2'] },
  { kind: 'sector', query: 'new energy vehicles', expected: ['2021/2-1'] },
  { kind: 'sector', query: 'NEV', expected: ['2021/2-1'] },
  { kind: 'sector', query: 'AI', expected: ['2021/1-5'] },
  { kind: 'sector', query: 'biomedicine', expected: ['2021/2-1'] },
  { kind: 'sector', query: 'cold chain logistics', expected: ['2021/1-6'] },
  { kind: 'sector', query: 'live streaming e-commerce', expected: ['2021/1-3'] },
  { kind: 'sector', query: 'Xinchuang', expected: ['2022/1-3'] },
  { kind: 'policy', query: 'business environment', expected: ['2021/1-3'] },
  { kind: 'policy', query: 'carbon peaking', expected: ['2022/2-4'] },
  { kind: 'policy', query: 'special-purpose bonds', expected: ['2022/1-2'] },
  { kind: 'policy', query: 'high-tech enterprises', expected: ['2021/1-3'] },
  { kind: 'policy', query: 'double reduction', expected: ['2022/1-6'] },
  { kind: 'indicator', query: 'GRP', expected: ['2021/1-0', '2022/1-0'] },
  { kind: 'indicator', query: 'fixed-asset investment', expected: ['2021/1-6'] },
  { kind: 'indicator', query: 'retail sales', expected: ['2022/1-1'] },
  { kind: 'indicator', query: 'foreign capital', expected: ['2022/1-0'] },
];

/** Runs a query in the search page and returns the shown results' sections, in order. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.getByRole('combobox').fill(query);
  await expect(page.locator('xq-search')).toHaveAttribute('data-shown', query);
  return page.locator('[role="option"]').evaluateAll((options) => options.map((o) => (o as HTMLElement).dataset.section!));
}

const batches = batchesOf(cases, 2);
const found = { queries: 0, expected: 0, inFirstFive: 0, rankSum: 0 };

for (const [i, batch] of batches.entries()) {
  test(`English investor queries ${i + 1}/${batches.length}: each finds its section in the first five`, async ({ page }) => {
    await page.goto('en/search/');
    await checkEach(batch, (c) => `${c.kind}: ${c.query}`, async (c) => {
      const sections = await searchFor(page, c.query);
      const firstFive = sections.slice(0, 5);
      test.info().annotations.push({ type: 'first five', description: `${c.query}: ${firstFive.join(', ')}` });
      found.queries++;
      for (const expected of c.expected) {
        found.expected++;
        const rank = firstFive.indexOf(expected);
        if (rank >= 0) {
          found.inFirstFive++;
          found.rankSum += rank + 1;
        }
        expect.soft(firstFive, `${c.query}: ${expected} in the first five`).toContain(expected);
      }
    });
    console.log(`English queries (batch ${i + 1}): ${found.inFirstFive}/${found.expected} expected sections in the first five over ${found.queries} queries, mean rank ${(found.rankSum / Math.max(1, found.inFirstFive)).toFixed(2)}`);
  });
}
