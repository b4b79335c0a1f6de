import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Chart from '../../../src/components/charts/Chart.astro';
import Sparkline from '../../../src/components/charts/Sparkline.astro';
import { useTranslations } from '../../../src/i18n/index.ts';
import { MAX_RANKED_ROWS } from '../../../src/lib/charts/chart-layout.ts';
import type { ChartSpec } from '../../../src/lib/charts/chart-spec.ts';
import { chartLabel } from '../../../src/lib/charts/takeaway.ts';
import { mark } from '../../helpers/chart-marks.ts';

const container = await AstroContainer.create();

const specs: ChartSpec[] = [
  { type: 'share', title: 'Share of GRP', whole: 'GRP', marks: [mark(55.8, { short: 'Services', display: '55.8%', href: '/en/2022/1-0/#p1-0-2' })] },
  { type: 'growth', title: 'Growth by sector', marks: [mark(2, { short: 'B <b>', display: 'up 2%' }), mark(5, { short: 'A', display: 'up 5%' }), mark(-1, { short: 'C', display: 'down 1%' })] },
  { type: 'parts', title: 'Breakdown of projects', unit: 'projects', whole: mark(577, { display: '577' }), marks: [mark(42, { display: '42' })] },
  { type: 'series', title: 'GRP growth', unit: '%', better: 'higher', marks: [mark(6.6, { period: 2021, kind: 'estimate', display: 'up 6.6%' }), mark(6.5, { period: 2022, kind: 'target', display: 'up 6.5%' })] },
];

const attribute = (html: string, name: string) => /* the first */ new RegExp(`${name}="([^"]*)"`).exec(html)?.[1]?.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');

describe.each(specs)('Chart ($type)', (spec) => {
  it('renders an SVG image labelled with its takeaway, a caption and a row per mark, without script', async () => {
    const html = await container.renderToString(Chart, { props: { spec, lang: 'en' } });
    expect(html).toMatch(/<figure class="chart chart-\w+/);
    expect(html).toMatch(/<svg[^>]* role="img"/);
    expect(attribute(html, 'aria-label')).toBe(chartLabel(spec, useTranslations('en')));
    expect(html).toContain('<figcaption>');
    const rows = [...html.matchAll(/<tr data-figure="([^"]+)"/g)].map((r) => r[1]);
    const expected = spec.type === 'parts' ? [spec.whole, ...spec.marks] : spec.marks;
    expect(new Set(rows)).toEqual(new Set(expected.map((m) => m.figure)));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>');
  });

  it('fills the column: horizontal positions are percentages, the height in pixels', async () => {
    const html = await container.renderToString(Chart, { props: { spec, lang: 'en' } });
    expect(html).toMatch(/<svg[^>]* width="100%" height="\d+(\.\d)?"/);
    expect(html).not.toContain('viewBox');
    for (const [, x] of html.matchAll(/<rect class="(?:mark|mark hollow|track)" x="([^"]+)"/g)) if (!/legend/.test(x!)) expect(x).toMatch(/%$|^\d/);
    for (const [, x] of html.matchAll(/<text class="value[^"]*" x="([^"]+)"/g)) expect(x).toMatch(/%$/);
  });

  it('keys every style of mark it draws', async () => {
    const html = await container.renderToString(Chart, { props: { spec, lang: 'en' } });
    const drawn = new Set([...html.matchAll(/<g data-figure[^>]*>\s*<rect class="([^"]+)"/g)].map((m) => m[1]));
    if (/<rect class="track" x="[\d.]+%"/.test(html)) drawn.add('track');
    const keyed = new Set([...html.matchAll(/<g class="legend">\s*<rect class="([^"]+)"/g)].map((m) => m[1]));
    expect([...drawn].filter((style) => !keyed.has(style))).toEqual([]);
  });
});

describe('Chart', () => {
  it('links a value to its source paragraph', async () => {
    const html = await container.renderToString(Chart, { props: { spec: specs[0]!, lang: 'en' } });
    expect(html).toContain('<a href="/en/2022/1-0/#p1-0-2">55.8%</a>');
  });

  it('lists ranked bars fastest first in the table too, and the whole before its parts', async () => {
    const rows = async (spec: ChartSpec) => [...(await container.renderToString(Chart, { props: { spec, lang: 'zh' } })).matchAll(/<tr data-figure="([^"]+)"/g)].map((r) => r[1]);
    expect(await rows(specs[1]!)).toEqual([...specs[1]!.marks].sort((a, b) => b.value - a.value).map((m) => m.figure));
    const parts = specs[2] as Extract<ChartSpec, { type: 'parts' }>;
    expect(await rows(parts)).toEqual([parts.whole.figure, parts.marks[0]!.figure]);
  });

  it('marks a chart whose drawing prints every number, so print can drop its table', async () => {
    const html = await container.renderToString(Chart, { props: { spec: specs[3]!, lang: 'en' } });
    expect(html).toMatch(/class="chart chart-series chart-complete"/);
    const superseded: ChartSpec = { ...specs[3]!, marks: [...specs[3]!.marks, mark(6.7, { period: 2021, kind: 'actual', display: 'up 6.7%' })] } as ChartSpec;
    expect(await container.renderToString(Chart, { props: { spec: superseded, lang: 'en' } })).toMatch(/class="chart chart-series"/);
  });
});

describe('a long ranking', () => {
  it('draws the fastest rows only, says so with a link to every value, and keeps them all in the table', async () => {
    const marks = Array.from({ length: MAX_RANKED_ROWS + 2 }, (_, i) => mark(i + 1, { short: `Sector ${i + 1}`, display: `up ${i + 1}%`, href: '/en/2022/1-1/#en-p1-1-2' }));
    const html = await container.renderToString(Chart, { props: { spec: { type: 'growth', title: 'Growth by sector, 2021', marks }, lang: 'en' } });
    expect([...html.matchAll(/<g data-figure=/g)]).toHaveLength(MAX_RANKED_ROWS);
    expect([...html.matchAll(/<tr data-figure=/g)]).toHaveLength(marks.length);
    expect(html).toContain(`The ${MAX_RANKED_ROWS} fastest of ${marks.length} are drawn.`);
    expect(html).toMatch(/<a href="\/en\/2022\/1-1\/#en-p1-1-2">Every value in the paragraph<\/a>/);
    expect(html).not.toContain('chart-complete');
  });
});

describe('Sparkline', () => {
  it('is an image with the label given and no text of its own, with a baseline at zero', async () => {
    const html = await container.renderToString(Sparkline, { props: { marks: specs[3]!.marks, label: 'GRP growth: rising' } });
    expect(html).toMatch(/<svg[^>]* role="img"[^>]* aria-label="GRP growth: rising"/);
    expect(html).toContain('class="spark-zero"');
    expect(html).not.toMatch(/<text|<script/);
  });
});
