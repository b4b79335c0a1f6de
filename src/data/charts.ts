/**
 * Chart specs for the pages: published figures turned into marks in the page's language. The
 * ingest decided which charts follow which paragraph (`chart-plan.ts`); this only words them.
 */
import type { ChartMark, ChartSpec } from '../lib/charts/chart-spec.ts';
import type { FigureRecord } from '../lib/figures/figure-record.ts';
import { signedValue } from '../lib/figures/signed-value.ts';
import { useTranslations, type Lang } from '../i18n/index.ts';
import { allFigures, indicatorName, trackedIndicator, type TrackedIndicator } from './indicators.ts';
import { href } from './links.ts';

/** English for the measures the registry and the extractor name; counts read as a number. */
const UNIT_EN: Readonly<Record<string, string>> = {
  percent: '%',
  CNY: 'CNY',
  USD: 'USD',
  'microgram-per-cubic-metre': 'µg/m³',
  mu: 'mu',
  hectare: 'ha',
  'square-metre': 'm²',
  'square-km': 'km²',
  tonne: 'tonnes',
  km: 'km',
};

/** The unit a chart's table heads its values with: `元` or `CNY`, `家`, `%`. */
function unitLabel(figure: FigureRecord, lang: Lang): string {
  if (lang === 'zh') return figure.unit_zh.replace(/^[万亿千百]+/, '') || figure.unit_zh;
  return UNIT_EN[figure.unit] ?? useTranslations(lang)('figureChart.number');
}

export function figureMark(figure: FigureRecord, lang: Lang): ChartMark {
  // References (a statutory limit, the level before a change) are never charted as values.
  if (figure.kind === 'reference') throw new Error(`figure ${figure.id} is a reference value, not a result or a target: it has no chart mark`);
  return {
    figure: figure.id,
    label: lang === 'zh' ? figure.label_zh : figure.label_en,
    value: signedValue(figure),
    display: lang === 'zh' ? figure.source.text : figure.value_en,
    kind: figure.kind,
    period: figure.period,
    href: href.paragraph(lang, figure.plan, figure.section, figure.paragraph),
  };
}

let figureIndex: Promise<Map<string, FigureRecord>> | undefined;

async function figuresById(ids: readonly string[]): Promise<FigureRecord[]> {
  // Indexed once: a linear search per chart would make a build quadratic in the number of plans.
  figureIndex ??= allFigures().then((all) => new Map(all.map((f) => [f.id, f])));
  const figures = await figureIndex;
  return ids.map((id) => {
    const found = figures.get(id);
    if (!found) throw new Error(`a chart names figure ${id}, which content/summaries does not publish; run npm run build`);
    return found;
  });
}

/** A share bar or ranked bars over figures of one paragraph. */
export async function comparisonChart(type: 'share' | 'bars', ids: readonly string[], lang: Lang): Promise<ChartSpec> {
  const t = useTranslations(lang);
  const figures = await figuresById(ids);
  const marks = figures.map((f) => figureMark(f, lang));
  if (type === 'share') return { type, title: t('figureChart.shares'), marks };
  const first = figures[0]!;
  const unit = unitLabel(first, lang);
  const targets = first.kind === 'target';
  const title = first.unit === 'percent' ? t(targets ? 'figureChart.rateTargets' : 'figureChart.rates') : t(targets ? 'figureChart.targets' : 'figureChart.amounts', { unit });
  return { type, title, unit, marks };
}

const seriesCharts = new Map<string, Promise<ChartSpec>>();

/** An indicator across every plan: outcomes solid, targets hollow. The same on every page that shows it, so built once. */
export function seriesChart(id: string, lang: Lang): Promise<ChartSpec> {
  const key = `${lang} ${id}`;
  if (!seriesCharts.has(key)) seriesCharts.set(key, trackedIndicator(id).then((tracked) => seriesSpec(tracked, lang)));
  return seriesCharts.get(key)!;
}

export function seriesSpec({ indicator, points }: TrackedIndicator, lang: Lang): ChartSpec & { type: 'series' } {
  return {
    type: 'series',
    title: indicatorName(indicator, lang),
    unit: unitLabel(points[0]!, lang),
    better: indicator.better,
    marks: points.map((p) => figureMark(p, lang)),
  };
}
