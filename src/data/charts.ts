/**
 * Chart specs for the pages: published figures turned into marks in the page's language. The
 * ingest decided which charts follow which paragraph (`chart-plan.ts`); this words them, and
 * refuses a chart whose figures the text does not relate (a hand-edited MDX cannot rank
 * unrelated things).
 */
import type { ChartMark, ChartSpec } from '../lib/charts/chart-spec.ts';
import { rankable, sectorNamed, shareLabel } from '../lib/charts/figure-relations.ts';
import { inWindow, type SeriesWindow } from '../lib/charts/series-window.ts';
import { englishShareLabel } from '../lib/charts/share-label-en.ts';
import type { FigureRecord } from '../lib/figures/figure-record.ts';
import { signedValue } from '../lib/figures/signed-value.ts';
import { useTranslations, type Lang } from '../i18n/index.ts';
import { allFigures, indicatorName, trackedIndicator, type TrackedIndicator } from './indicators.ts';
import { href } from './links.ts';
import { sectorRegistry } from './termbase.ts';

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

/** A figure as a chart mark; `short` names it where the chart's title says the rest. */
export function figureMark(figure: FigureRecord, lang: Lang, short?: string): ChartMark {
  // References (a statutory limit, the level before a change) are never charted as values.
  if (figure.kind === 'reference') throw new Error(`figure ${figure.id} is a reference value, not a result or a target: it has no chart mark`);
  return {
    figure: figure.id,
    label: lang === 'zh' ? figure.label_zh : figure.label_en,
    ...(short === undefined ? {} : { short }),
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

const relatable = (f: FigureRecord) => ({ ...f, start: f.source.start, end: f.source.end });

/** Shares of one whole: each drawn by its part's name, the whole named in the title. */
export async function shareChart(ids: readonly string[], lang: Lang): Promise<ChartSpec> {
  const t = useTranslations(lang);
  const figures = await figuresById(ids);
  const parts = figures.map((f) => {
    const zh = shareLabel(f.label_zh);
    if (f.unit !== 'percent' || !zh) throw new Error(`a share chart names figure ${f.id} (${f.label_zh}), which is not printed as a share of a whole`);
    const en = englishShareLabel(f.label_en);
    return lang === 'zh' ? { part: zh.part, whole: zh.whole } : { part: en?.part, whole: en?.whole ?? null };
  });
  const whole = parts[0]!.whole;
  return {
    type: 'share',
    title: whole ? t('figureChart.share', { whole }) : t('figureChart.shareOfWhole'),
    whole,
    marks: figures.map((f, i) => figureMark(f, lang, parts[i]!.part)),
  };
}

/** A whole and the parts the text lists after 其中. */
export async function partsChart(wholeId: string, ids: readonly string[], lang: Lang): Promise<ChartSpec> {
  const t = useTranslations(lang);
  const [whole, ...parts] = await figuresById([wholeId, ...ids]);
  if (parts.some((p) => p.plan !== whole!.plan || p.paragraph !== whole!.paragraph) || parts.reduce((sum, p) => sum + p.value, 0) > whole!.value || parts.some((p) => p.unit !== whole!.unit)) {
    throw new Error(`a parts chart names ${ids.join(', ')} as parts of ${wholeId}: they must be printed in its paragraph, in its unit, and add up to no more than it`);
  }
  const mark = figureMark(whole!, lang);
  return { type: 'parts', title: t('figureChart.parts', { whole: mark.label }), unit: unitLabel(whole!, lang), whole: mark, marks: parts.map((p) => figureMark(p, lang)) };
}

/** Growth rates of named sectors in one year, each drawn by its sector's name. */
export async function growthChart(ids: readonly string[], lang: Lang): Promise<ChartSpec> {
  const t = useTranslations(lang);
  const figures = await figuresById(ids);
  const sectors = sectorRegistry();
  if (!rankable(figures.map(relatable), sectors)) {
    throw new Error(`a growth chart ranks ${ids.join(', ')}: only growth rates of one year and kind, each naming a different priority sector (content/termbase/sectors.yaml), are ranked`);
  }
  const marks = figures.map((f) => {
    const sector = sectorNamed(f.label_zh, sectors)!;
    return figureMark(f, lang, lang === 'zh' ? sector.zh : sectors.get(sector.id)!.en);
  });
  const first = figures[0]!;
  return { type: 'growth', title: t(first.kind === 'target' ? 'figureChart.growthTargets' : 'figureChart.growth', { period: first.period }), marks };
}

const seriesCharts = new Map<string, Promise<ChartSpec>>();

/**
 * An indicator year by year: outcomes solid, targets hollow. Within a window of years on a plan's
 * pages (the same on every page of that plan that shows it, so built once per plan), every year
 * on the indicator's own page.
 */
export function seriesChart(id: string, lang: Lang, window?: SeriesWindow): Promise<ChartSpec> {
  const key = `${lang} ${id} ${window ? `${window.from}-${window.to}` : 'all'}`;
  if (!seriesCharts.has(key)) seriesCharts.set(key, trackedIndicator(id).then((tracked) => seriesSpec(tracked, lang, window)));
  return seriesCharts.get(key)!;
}

export function seriesSpec({ id, indicator, points }: TrackedIndicator, lang: Lang, window?: SeriesWindow): ChartSpec & { type: 'series' } {
  const shown = window ? points.filter((p) => inWindow(p.period, window)) : points;
  if (shown.length === 0) throw new Error(`indicator ${id} has no values in ${window?.from}–${window?.to}`);
  return {
    type: 'series',
    title: indicatorName(indicator, lang),
    unit: unitLabel(shown[0]!, lang),
    better: indicator.better,
    marks: shown.map((p) => figureMark(p, lang)),
  };
}
