import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from './dist.ts';

test.describe('a section page', () => {
  test('a paragraph anchor is a visible ¶ link on keyboard focus, and lands on the paragraph', async ({ page }) => {
    await page.goto('zh/2021/1-1/');
    const pilcrow = page.locator('#p1-1-2 .pilcrow');
    await expect(pilcrow).toHaveCSS('opacity', '0');
    await pilcrow.focus();
    await expect(pilcrow).toHaveCSS('opacity', '1');
    await expect(pilcrow).toHaveAccessibleName('链接到第 2 段');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#p1-1-2$/);
  });

  test('the language switcher keeps the paragraph: #p2-1-3 on the Chinese page is #en-p2-1-3 on the English one, and back', async ({ page }) => {
    await page.goto('zh/2021/1-2/#p1-2-3');
    const switcher = page.locator('[data-language-switcher]');
    await expect(switcher).toHaveAttribute('href', /\/en\/2021\/1-2\/#en-p1-2-3$/);
    await page.locator('#p1-2-1 .pilcrow').focus();
    await page.keyboard.press('Enter');
    await expect(switcher).toHaveAttribute('href', /\/en\/2021\/1-2\/#en-p1-2-1$/);
    await switcher.click();
    await expect(page).toHaveURL(/\/en\/2021\/1-2\/#en-p1-2-1$/);
    await expect(page.locator('.para:target')).toHaveAttribute('id', 'en-p1-2-1');
    await expect(switcher).toHaveAttribute('href', /\/zh\/2021\/1-2\/#p1-2-1$/);
    // The Chinese twin on the English page keeps its own id on the Chinese page.
    await page.goto('en/2021/1-2/#p1-2-2');
    await expect(switcher).toHaveAttribute('href', /\/zh\/2021\/1-2\/#p1-2-2$/);
    // Without a paragraph in the address, the switcher leads to the twin page's top.
    await page.goto('en/2021/1-2/');
    await expect(switcher).toHaveAttribute('href', /\/zh\/2021\/1-2\/$/);
  });

  test('printed, a section page shows where its links lead and its own permalink', async ({ page }) => {
    await page.goto('en/2021/1-2/');
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
    // A link off the page: its path (without SITE_URL this build has no public origin).
    const source = page.locator('.source-ref a');
    expect(await after('.source-ref a')).toBe(`" (${await source.getAttribute('href')})"`);
    // A link whose text is its address, one to a paragraph of the page, a number in a chart table: nothing.
    for (const quiet of ['.cite-this a.shows-target', '.point-source', '.chart-data a']) expect(await after(quiet), quiet).toBe('none');
    // Names in the English text: no address in the sentence, but each in the list after the text.
    expect(await after('.para-en a.ref')).toBe('none');
    const list = page.locator('.printed-links');
    await expect(list).toBeVisible();
    await expect(list).toContainText('SMIC T2 capacity expansion project: /en/projects/#smic-t2-capacity-expansion-project');
    await expect(page.locator('.site-footer .print-only')).toHaveText('Permalink: /en/2021/1-2/');
    await page.emulateMedia({ media: 'screen' });
    await expect(list).toBeHidden();
  });

  test('printed with a public address (SITE_URL), link targets are absolute', async ({ browser }) => {
    // The style a SITE_URL build writes into every page (src/lib/site/print-urls.ts), set here on this build.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto('en/2021/1-2/');
    await page.addStyleTag({ content: ':root{--site-origin:"https://plans.example.org"}' });
    await page.emulateMedia({ media: 'print' });
    const content = await page.locator('.source-ref a').evaluate((a) => getComputedStyle(a, '::after').content);
    expect(content).toMatch(/^" \(https:\/\/plans\.example\.org\/sources\/[^"]+\)"$/);
    await context.close();
  });

  test('previous and next walk the plan in order', async ({ page }) => {
    await page.goto('en/2022/1-0/');
    await expect(page.locator('a[rel=prev]')).toHaveCount(0);
    await page.locator('a[rel=next]').click();
    await expect(page).toHaveURL(/\/en\/2022\/1-1\/$/);
    await page.locator('a[rel=prev]').click();
    await expect(page).toHaveURL(/\/en\/2022\/1-0\/$/);
  });

  test('an editorial note marks the passage [sic] and links to its suggested reading', async ({ page }) => {
    await page.goto('zh/2022/1-0/');
    await expect(page.locator('.sic')).toHaveText('思想 and 党的');
    await page.locator('.sic-mark').click();
    await expect(page.locator('.editorial-notes li:target')).toContainText('思想和党的');
  });

  test('PM2.5 is written with a subscript', async ({ page }) => {
    await page.goto('zh/2022/1-5/');
    await expect(page.locator('.original sub').first()).toHaveText('2.5');
  });

  test('the English page sets each paragraph beside its Chinese twin, each linking the other', async ({ page }) => {
    await page.goto('en/2021/1-1/');
    await expect(page.locator('.rendering-notice')).toContainText(/not by machine translation/);
    await expect(page.locator('.rendering-notice')).toContainText(/Chinese original prevails/);
    const english = page.locator('#en-p1-1-1');
    const chinese = page.locator('#p1-1-1');
    await expect(english).toHaveAttribute('lang', 'en');
    await expect(chinese).toHaveAttribute('lang', 'zh-CN');
    await expect(english.locator('.twin-link')).toHaveAttribute('href', '#p1-1-1');
    await expect(chinese.locator('.twin-link')).toHaveAttribute('href', '#en-p1-1-1');
    await expect(english).not.toContainText(/\p{Script=Han}/u);
    await english.locator('.twin-link').click();
    await expect(page).toHaveURL(/#p1-1-1$/);
  });

  test('on a wide screen the English stands beside the Chinese; on a phone above it', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('en/2022/2-3/');
    const [en, zh] = [await page.locator('#en-p2-3-1').boundingBox(), await page.locator('#p2-3-1').boundingBox()];
    expect(zh!.x, 'side by side').toBeGreaterThan(en!.x + en!.width - 1);
    await page.setViewportSize({ width: 390, height: 844 });
    const [enPhone, zhPhone] = [await page.locator('#en-p2-3-1').boundingBox(), await page.locator('#p2-3-1').boundingBox()];
    expect(zhPhone!.y, 'stacked, English first').toBeGreaterThan(enPhone!.y + enPhone!.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scroll').toBeLessThanOrEqual(390);
  });
});

test('the plan page shows the notice, contents and the source with its SHA-256', async ({ page, request }) => {
  await page.goto('en/2021/');
  await expect(page.locator('.plan-facts')).toContainText('天津市西青区第十七届人民代表大会第八次会议');
  await expect(page.locator('time').first()).toHaveAttribute('datetime', '2021-01-18');
  await expect(page.locator('.contents li')).toHaveCount(17);
  const hash = (await page.locator('.hash').textContent())!.trim();
  const source = await request.get(await page.locator('.source-download a').getAttribute('href') ?? '');
  const { createHash } = await import('node:crypto');
  expect(createHash('sha256').update(await source.body()).digest('hex')).toBe(hash);
});

test('/data/plans.json lists each plan with its source hash and sections in both languages', async ({ request }) => {
  const data = (await (await request.get('data/plans.json')).json()) as { plans: { year: number; source: { sha256: string }; sections: { id: string; url_zh: string; url_en: string; title_zh: string }[] }[] };
  expect(data.plans.map((p) => p.year)).toEqual([2022, 2021]);
  for (const plan of data.plans) {
    expect(plan.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    for (const section of plan.sections) {
      expect(section.url_zh).toBe(`zh/${plan.year}/${section.id}/`);
      expect(section.url_en).toBe(`en/${plan.year}/${section.id}/`);
    }
  }
});

test('the home page links every data file, and each one is served', async ({ page, request }) => {
  await page.goto('en/');
  const links = await page.locator('.data-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  const files = readdirSync(join(DIST_DIR, 'data')).sort();
  expect(links.map((link) => link.split('/').at(-1)).sort()).toEqual(files);
  for (const link of links) expect((await request.get(link)).status(), link).toBe(200);
});
