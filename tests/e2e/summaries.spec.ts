import { expect, test } from '@playwright/test';
import { checkEach } from './check-each.ts';
import { readDistJson } from './dist.ts';

interface PublicFigure {
  id: string;
  value: number;
  value_en: string;
  section: string;
  plan: number;
}

const figures = readDistJson<{ figures: PublicFigure[] }>('data/figures.json').figures;
const summaries = readDistJson<{ summaries: { plan: number; section: string; url_en: string }[] }>('data/summaries.json').summaries;
const byId = new Map(figures.map((f) => [f.id, f]));
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

test('every English section page shows a summary whose figures are the published ones', async ({ page }) => {
  await checkEach(summaries, ({ url_en }) => url_en, async ({ url_en, plan, section }) => {
    await page.goto(url_en);
    const summary = page.locator('.summary');
    await expect.soft(summary.locator('.lead'), `${url_en}: the lead has text`).not.toBeEmpty();
    const points = await summary.locator('.points li').count();
    expect.soft(points, `${url_en}: at least three points`).toBeGreaterThanOrEqual(3);
    expect.soft(points, `${url_en}: at most six points`).toBeLessThanOrEqual(6);
    await expect.soft(summary.locator('.generated-notice'), `${url_en}: the notice`).toContainText(/the Chinese original prevails/i);

    // No CJK in the English summary outside explicit Chinese glosses.
    const english = await summary.evaluate((node) => {
      const clone = node.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[lang="zh-CN"]').forEach((gloss) => gloss.remove());
      return clone.textContent ?? '';
    });
    expect.soft(english, `${url_en}: no Chinese in the English summary`).not.toMatch(CJK);

    // Every row of the key-figures table is a record of /data/figures.json, value for value.
    const rows = await summary.locator('.key-figures tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute('data-figure')!, value: Number(tr.querySelector('.figure-value')!.getAttribute('data-value')), text: tr.querySelector('.figure-value')!.textContent!.trim() })),
    );
    expect.soft(rows.length, `${url_en}: a key-figures row for each figure of the section`).toBe(figures.filter((f) => f.plan === plan && f.section === section).length);
    for (const row of rows) {
      const published = byId.get(row.id);
      expect.soft(published, `${url_en}: ${row.id} is a published figure`).toBeDefined();
      expect.soft(row.value, `${url_en}: ${row.id} value`).toBe(published?.value);
      expect.soft(row.text, `${url_en}: ${row.id} English value`).toBe(published?.value_en);
    }
  });
});

test('a Chinese section page offers the English summary in a collapsible aside', async ({ page }) => {
  await page.goto('zh/2021/1-1/');
  const aside = page.locator('details.summary-aside');
  await expect(aside.locator('.points')).toBeHidden();
  await aside.locator('summary').click();
  await expect(aside.locator('.points')).toBeVisible();
  await expect(aside.locator('.summary')).toHaveAttribute('lang', 'en');
});

test('the figures download as CSV with the same records', async ({ request }) => {
  const csv = await (await request.get('data/figures.csv')).text();
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toMatch(/^id,plan,section,period,kind,value,unit/);
  expect(lines.length - 1).toBe(figures.length);
});
