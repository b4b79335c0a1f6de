import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Chart from '../../../src/components/charts/Chart.astro';
import Sparkline from '../../../src/components/charts/Sparkline.astro';
import { useTranslations } from '../../../src/i18n/index.ts';
import type { ChartSpec } from '../../../src/lib/charts/chart-spec.ts';
import { chartLabel } from '../../../src/lib/charts/takeaway.ts';
import { mark } from '../../helpers/chart-marks.ts';

const container = await AstroContainer.create();

const specs: ChartSpec[] = [
  { type: 'share', title: 'Share of GRP', marks: [mark(55.8, { label: 'Services', display: '55.8%', href: '/en/2022/1-0/#p1-0-2' })] },
  { type: 'bars', title: 'Investment', unit: 'CNY', marks: [mark(2, { label: 'B <b>', display: 'CNY 2 billion' }), mark(5, { label: 'A', display: 'CNY 5 billion' }), mark(-1, { label: 'C', display: 'minus CNY 1 billion' })] },
  { type: 'series', title: 'GRP growth', unit: '%', better: 'higher', marks: [mark(6.6, { period: 2021, kind: 'estimate', display: 'up 6.6%' }), mark(6.5, { period: 2022, kind: 'target', display: 'up 6.5%' })] },
];

describe.each(specs)('Chart ($type)', (spec) => {
  it('renders an SVG image labelled with its takeaway, a caption and a row per mark, without script', async () => {
    const html = await container.renderToString(Chart, { props: { spec, lang: 'en' } });
    expect(html).toMatch(/<figure class="chart chart-\w+"/);
    expect(html).toMatch(/<svg[^>]* role="img"/);
    const label = /aria-label="([^"]*)"/.exec(html)?.[1]?.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&');
    expect(label).toBe(chartLabel(spec, useTranslations('en')));
    expect(label).toContain(spec.title);
    expect(html).toContain('<figcaption>');
    const rows = [...html.matchAll(/<tr data-figure="([^"]+)"/g)].map((r) => r[1]);
    expect(new Set(rows)).toEqual(new Set(spec.marks.map((m) => m.figure)));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<b>');
  });
});

describe('Chart', () => {
  it('links a value to its source paragraph', async () => {
    const html = await container.renderToString(Chart, { props: { spec: specs[0]!, lang: 'en' } });
    expect(html).toContain('<a href="/en/2022/1-0/#p1-0-2">55.8%</a>');
  });

  it('lists ranked bars largest first in the table too', async () => {
    const html = await container.renderToString(Chart, { props: { spec: specs[1]!, lang: 'zh' } });
    const rows = [...html.matchAll(/<tr data-figure="([^"]+)"/g)].map((r) => r[1]);
    const byValue = [...specs[1]!.marks].sort((a, b) => b.value - a.value).map((m) => m.figure);
    expect(rows).toEqual(byValue);
    expect(html).toContain('数值（CNY）');
  });
});

describe('Sparkline', () => {
  it('is an image with the label given and no text of its own', async () => {
    const html = await container.renderToString(Sparkline, { props: { marks: specs[2]!.marks, label: 'GRP growth: rising' } });
    expect(html).toMatch(/<svg[^>]* role="img"[^>]* aria-label="GRP growth: rising"/);
    expect(html).not.toMatch(/<text|<script/);
  });
});
