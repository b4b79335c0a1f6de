/**
 * On a 390 px phone every table a reader sees fits the screen: no table runs past the viewport,
 * none needs its scroll box scrolled sideways, and the page itself does not scroll sideways. On a
 * desktop screen the targets tables show every column, the verdict included, without scrolling.
 * Checked on the investor pages (targets, indicators, each indicator, projects, sectors) and every
 * section page in both languages. A chart's table is out of sight until a link in it has focus,
 * so it is checked with that focus.
 */
import { expect, test, type Page } from '@playwright/test';
import { batchesOf, checkEach } from './check-each.ts';
import { sitePages } from './site-pages.ts';

const PHONE = { width: 390, height: 844 };
const pages = sitePages().filter((p) => ['targets', 'indicators', 'indicator', 'listing', 'section'].includes(p.kind));

interface TableFit {
  table: string;
  right: number;
  /** Sideways overflow of the nearest box that scrolls, in pixels. */
  hiddenInScroll: number;
}

async function visibleTables(page: Page): Promise<TableFit[]> {
  return page.locator('table').evaluateAll((tables) =>
    tables
      .filter((table) => {
        const box = table.getBoundingClientRect();
        return box.width > 1 && box.height > 1 && getComputedStyle(table).visibility !== 'hidden';
      })
      .map((table) => {
        let scroller: HTMLElement | null = table.parentElement;
        while (scroller && !['auto', 'scroll'].includes(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
        const caption = table.querySelector('caption')?.textContent?.trim() ?? table.querySelector('th')?.textContent?.trim() ?? '';
        return { table: `${table.className || 'table'} "${caption.slice(0, 40)}"`, right: table.getBoundingClientRect().right, hiddenInScroll: scroller ? scroller.scrollWidth - scroller.clientWidth : 0 };
      }),
  );
}

function expectFits(where: string, tables: TableFit[], width = PHONE.width) {
  for (const t of tables) {
    expect.soft(t.right, `${where}: ${t.table} ends inside the screen`).toBeLessThanOrEqual(width + 0.5);
    expect.soft(t.hiddenInScroll, `${where}: ${t.table} needs no sideways scrolling`).toBeLessThanOrEqual(1);
  }
}

batchesOf(pages, 2).forEach((batch, i) => {
  test(`at 390 px no visible table needs sideways scrolling, batch ${i + 1}`, async ({ page }) => {
    await page.setViewportSize(PHONE);
    await checkEach(batch, (p) => p.path, async ({ path }) => {
      await page.goto(path);
      expectFits(path, await visibleTables(page));
      expect.soft(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: the page does not scroll sideways`).toBeLessThanOrEqual(PHONE.width);
      // A chart's table, shown when keyboard focus reaches a link inside it.
      const links = page.locator('.chart-data a');
      for (let n = 0; n < Math.min(await links.count(), 3); n++) {
        await links.nth(n).focus();
        expectFits(`${path}, chart table ${n + 1} in focus`, await visibleTables(page));
      }
    });
  });
});

test('at 1280 px the targets tables show every column without sideways scrolling', async ({ page }) => {
  const DESKTOP = { width: 1280, height: 900 };
  await page.setViewportSize(DESKTOP);
  await checkEach(
    pages.filter((p) => p.kind === 'targets'),
    (p) => p.path,
    async ({ path }) => {
      await page.goto(path);
      expectFits(path, await visibleTables(page), DESKTOP.width);
    },
  );
});
