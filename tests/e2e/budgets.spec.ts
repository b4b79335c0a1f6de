/**
 * Budgets of a reading page, on the typical (median-sized) section page of each language: no
 * JavaScript until search is opened, HTML + CSS under 60 kB uncompressed, no web fonts, sized
 * images, and no layout shift once the fonts have settled.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Response } from '@playwright/test';
import { DIST_DIR } from './dist.ts';
import { sitePages } from './site-pages.ts';

const HTML_CSS_BUDGET = 60_000;

declare global {
  interface Window {
    layoutShift: number;
  }
}

/** The section page of a language whose HTML size on disk is the median of them all. */
function typicalSection(lang: 'zh' | 'en'): string {
  const sizeOf = (path: string) => statSync(join(DIST_DIR, path, 'index.html')).size;
  const sections = sitePages().filter((p) => p.kind === 'section' && p.lang === lang).map((p) => p.path);
  return sections.sort((a, b) => sizeOf(a) - sizeOf(b))[Math.floor(sections.length / 2)]!;
}

for (const lang of ['zh', 'en'] as const) {
  test(`budgets: a typical ${lang} section page`, async ({ page }) => {
    const path = typicalSection(lang);
    const responses: Response[] = [];
    page.on('response', (response) => responses.push(response));
    await page.addInitScript(() => {
      window.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) window.layoutShift += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path, { waitUntil: 'load' });
    await page.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });

    const ofType = (...types: string[]) => responses.filter((r) => types.includes(r.request().resourceType()));
    expect(ofType('script').map((r) => r.url()), 'no JavaScript before search is opened').toEqual([]);
    expect(ofType('font').map((r) => r.url()), 'system fonts only: nothing to swap in late').toEqual([]);

    const bodies = await Promise.all(ofType('document', 'stylesheet').map(async (r) => ({ url: r.url(), bytes: (await r.body()).length })));
    const total = bodies.reduce((sum, b) => sum + b.bytes, 0);
    expect(total, `HTML + CSS of ${path}: ${bodies.map((b) => `${b.url} ${b.bytes} B`).join(', ')}`).toBeLessThan(HTML_CSS_BUDGET);

    const unsized = await page.locator('img').evaluateAll((images) => images.filter((img) => !img.getAttribute('width') || !img.getAttribute('height')).map((img) => img.getAttribute('src')));
    expect(unsized, 'every image states its width and height').toEqual([]);

    expect(await page.evaluate(() => window.layoutShift), 'cumulative layout shift').toBe(0);
  });
}
