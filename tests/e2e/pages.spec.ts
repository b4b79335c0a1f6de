/**
 * Every page of the site in both languages (tests/e2e/site-pages.ts lists them): it answers 200,
 * declares its language, has one non-empty h1, links its twin by hreflang, runs no script but the
 * inline search bootstrap (and loads no JavaScript file unless it is the search page), shows the
 * original in Chinese on a section page (in English beside its rendering, paragraph by paragraph), passes axe (WCAG 2.2 A/AA), switches to its twin, and
 * logs no console error or failed request. The pages are walked in a few batches, one browser page
 * each; every failure names the page and the check.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { batchesOf, checkEach } from './check-each.ts';
import { sitePages } from './site-pages.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Two per worker: a batch that ends early leaves less idle time. */
const BATCHES = 4;

/** Collects console errors and failed requests of a page while it loads. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  return errors;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

for (const [i, batch] of batchesOf(sitePages(), BATCHES).entries()) {
  test(`pages ${i + 1}/${BATCHES} (${batch.length}) render in their language, pass axe, and switch to their twin`, async ({ page }) => {
    const errors = watchErrors(page);
    const scriptRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scriptRequests.push(request.url());
    });
    await checkEach(batch, ({ path, lang }) => `${path} (${lang})`, async ({ path, lang, twin, kind }) => {
      // A blank page first, so nothing the previous page still loads (search's modules) counts for this one.
      await page.goto('about:blank');
      errors.length = 0;
      scriptRequests.length = 0;
      const response = await page.goto(path);
      expect.soft(response?.status(), `${path}: HTTP status`).toBe(200);
      await expect.soft(page.locator('html'), `${path}: html lang`).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
      await expect.soft(page.locator('h1'), `${path}: one h1`).toHaveCount(1);
      await expect.soft(page.locator('h1'), `${path}: the h1 has text`).not.toBeEmpty();
      const inlineScripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((scripts) => scripts.map((s) => (s.hasAttribute('src') ? `src=${s.getAttribute('src')}` : s.textContent ?? '')));
      expect.soft(inlineScripts, `${path}: the only script is the search bootstrap, inline`).toEqual([expect.stringContaining('data-search-module')]);
      if (kind !== 'search') expect.soft(scriptRequests, `${path}: reading pages load no JavaScript file`).toEqual([]);
      for (const hreflang of ['zh-CN', 'en']) await expect.soft(page.locator(`link[rel=alternate][hreflang="${hreflang}"]`), `${path}: hreflang ${hreflang} link`).toHaveCount(1);
      if (kind === 'section' && lang === 'zh') {
        await expect.soft(page.locator('.original'), `${path}: the original is marked Chinese`).toHaveAttribute('lang', 'zh-CN');
        expect.soft(await page.locator('.original .para').count(), `${path}: paragraphs of the original`).toBeGreaterThan(0);
      }
      if (kind === 'section' && lang === 'en') {
        const originals = await page.locator('.rendering .para-zh').evaluateAll((ps) => ps.map((p) => p.getAttribute('lang')));
        expect.soft(originals.length, `${path}: paragraphs of the original`).toBeGreaterThan(0);
        expect.soft(new Set(originals), `${path}: the original is marked Chinese`).toEqual(new Set(['zh-CN']));
        expect.soft(await page.locator('.rendering .para-en').count(), `${path}: every paragraph beside its English`).toBe(originals.length);
      }
      const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect.soft(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${path}: axe violations`).toEqual([]);
      await page.locator('[data-language-switcher]').click();
      await expect.soft(page, `${path}: the language switcher leads to ${twin}`).toHaveURL(new RegExp(`/${escapeRegExp(twin)}$`));
      await expect.soft(page.locator('html'), `${path}: the twin's language`).toHaveAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
      expect.soft(errors, `${path}: console errors and failed requests`).toEqual([]);
    });
  });
}

test('the landing page offers both languages without a script or redirect', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('link', { name: '进入中文版' })).toHaveAttribute('href', /\/zh\/$/);
  await expect(page.getByRole('link', { name: 'English edition' })).toHaveAttribute('href', /\/en\/$/);
  expect(await page.locator('script, meta[http-equiv="refresh"]').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('the 404 page speaks both languages, links home under the base, and runs no script', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('404.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('[lang="en"]').first()).toBeVisible();
  await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', /\/zh\/$/);
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', /\/en\/$/);
  expect(await page.locator('script').count()).toBe(0);
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});
