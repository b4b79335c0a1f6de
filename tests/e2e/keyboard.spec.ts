/**
 * A keyboard walk: Tab from the top of a page to its end, checking the order of the landmarks
 * (skip link, header with site name and language switcher, the page's own links, footer) and that
 * every stop shows a visible focus indicator and is on screen.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitePages, type SitePage } from './site-pages.ts';

interface Stop {
  region: 'skip' | 'header' | 'main' | 'footer' | 'other';
  classes: string;
  href: string | null;
  /** Why the focus is not visible, or empty when it is. */
  invisible: string[];
}

/** Reads the focused element: where it sits and whether a sighted keyboard user can see it. */
function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || !(el instanceof HTMLElement)) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const invisible: string[] = [];
    if (!el.matches(':focus-visible')) invisible.push('not :focus-visible');
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    if (!outlined && style.boxShadow === 'none') invisible.push('no outline or box-shadow');
    if (Number(style.opacity) === 0 || style.visibility === 'hidden') invisible.push('transparent or hidden');
    const inViewport = rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 && rect.top < innerHeight && rect.left < innerWidth;
    if (!inViewport) invisible.push(`outside the viewport (${Math.round(rect.left)},${Math.round(rect.top)} ${Math.round(rect.width)}×${Math.round(rect.height)})`);
    const region = el.classList.contains('skip-link')
      ? 'skip'
      : el.closest('body > header, .site-header')
        ? 'header'
        : el.closest('main')
          ? 'main'
          : el.closest('body > footer, .site-footer')
            ? 'footer'
            : 'other';
    return { region, classes: el.className, href: el.getAttribute('href'), invisible } as const;
  });
}

/** Tabs through the whole page once, from the document's start until focus leaves it or comes round again. */
async function walk(page: Page, limit = 600): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (!stop || (stops.length > 0 && stop.region === 'skip')) return stops;
    stops.push(stop);
  }
  throw new Error(`more than ${limit} tab stops: is focus trapped?`);
}

const order: Stop['region'][] = ['skip', 'header', 'main', 'footer'];

function checkWalk(stops: Stop[]): void {
  expect(stops[0]?.region, 'the skip link comes first').toBe('skip');
  expect(stops[1]?.classes, 'then the site name').toContain('site-name');
  expect(stops.filter((s) => s.classes.includes('language-switcher')).map((s) => s.region), 'the language switcher is in the header').toEqual(['header']);
  const regions = stops.map((s) => order.indexOf(s.region));
  expect(regions.every((r) => r >= 0), `every stop is in a landmark: ${stops.filter((s) => s.region === 'other').map((s) => s.href ?? s.classes)}`).toBe(true);
  expect(regions, 'skip link → header → main → footer, in that order').toEqual([...regions].sort((a, b) => a - b));
  expect(stops.some((s) => s.region === 'main')).toBe(true);
  expect(stops.at(-1)?.region, 'the walk ends in the footer').toBe('footer');
  const unseen = stops.filter((s) => s.invisible.length > 0).map((s) => `${s.href ?? s.classes}: ${s.invisible.join(', ')}`);
  expect(unseen, 'every stop shows a visible focus indicator on screen').toEqual([]);
}

function firstOf(kind: SitePage['kind'], lang: SitePage['lang']): SitePage {
  const found = sitePages().find((p) => p.kind === kind && p.lang === lang);
  if (!found) throw new Error(`no ${kind} page in ${lang}`);
  return found;
}

for (const lang of ['zh', 'en'] as const) {
  test(`keyboard: a plan page in ${lang} walks through its contents with visible focus`, async ({ page }) => {
    await page.goto(firstOf('plan', lang).path);
    const stops = await walk(page);
    checkWalk(stops);
    const sectionLinks = stops.filter((s) => s.region === 'main' && /\/\d+-\d+\/$/.test(s.href ?? ''));
    expect(sectionLinks.length, 'every section of the contents is a stop').toBe(await page.locator('.contents a').count());
  });

  test(`keyboard: a section page in ${lang} reaches every paragraph anchor with visible focus`, async ({ page }) => {
    await page.goto(firstOf('section', lang).path);
    const stops = await walk(page);
    checkWalk(stops);
    const anchors = stops.filter((s) => s.classes.includes('pilcrow'));
    expect(anchors.length, 'every ¶ anchor is a stop').toBe(await page.locator('main .pilcrow').count());
    expect(anchors.length).toBeGreaterThan(0);
  });
}

test('keyboard: the skip link moves focus past the header into the main content', async ({ page }) => {
  await page.goto(firstOf('section', 'en').path);
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await expect(page.locator('.skip-link')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  expect((await focusedStop(page))?.region).toBe('main');
});
