import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './site-pages.ts';

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

for (const { path, lang, twin, kind } of sitePages()) {
  test(`${path} renders, in ${lang}, and switches to its twin`, async ({ page }) => {
    const errors = watchErrors(page);
    const scriptRequests: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scriptRequests.push(request.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'zh-CN' : 'en');
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).not.toBeEmpty();
    const inlineScripts = await page.locator('script:not([type="application/ld+json"])').evaluateAll((scripts) => scripts.map((s) => (s.hasAttribute('src') ? `src=${s.getAttribute('src')}` : s.textContent ?? '')));
    expect(inlineScripts, 'the only script is the search bootstrap, inline').toEqual([expect.stringContaining('data-search-module')]);
    if (kind !== 'search') expect(scriptRequests, 'reading pages load no JavaScript file').toEqual([]);
    for (const hreflang of ['zh-CN', 'en']) await expect(page.locator(`link[rel=alternate][hreflang="${hreflang}"]`)).toHaveCount(1);
    if (kind === 'section') {
      await expect(page.locator('.original')).toHaveAttribute('lang', 'zh-CN');
      expect(await page.locator('.original .para').count()).toBeGreaterThan(0);
    }
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.locator('[data-language-switcher]').click();
    await expect(page).toHaveURL(new RegExp(`/${twin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', lang === 'zh' ? 'en' : 'zh-CN');
    expect(errors).toEqual([]);
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
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});
