/** Figures as the public data files publish them (DESIGN.md: `/data/figures.json` and `.csv`). */
import type { FigureRecord } from '../lib/figures/figure-record.ts';
import { paths } from '../lib/site/site-paths.ts';

export interface PublicFigure {
  id: string;
  plan: number;
  section: string;
  period: number;
  kind: FigureRecord['kind'];
  value: number;
  unit: string;
  unit_zh: string;
  qualifier: FigureRecord['qualifier'];
  direction: FigureRecord['direction'];
  label_zh: string;
  label_en: string;
  value_en: string;
  /** The tracked indicator (`/data/indicators.json`) the figure is a value of, if any. */
  indicator: string | null;
  /** For the new level of a change (`由 A 提升到 B`): the id of the figure it changed from. */
  from: string | null;
  source: { text: string; paragraph: string; url_zh: string; url_en: string };
}

export function publicFigure(f: FigureRecord): PublicFigure {
  return {
    id: f.id,
    plan: f.plan,
    section: f.section,
    period: f.period,
    kind: f.kind,
    value: f.value,
    unit: f.unit,
    unit_zh: f.unit_zh,
    qualifier: f.qualifier,
    direction: f.direction,
    label_zh: f.label_zh,
    label_en: f.label_en,
    value_en: f.value_en,
    indicator: f.indicator,
    from: f.from ?? null,
    source: {
      text: f.source.text,
      paragraph: f.paragraph,
      url_zh: `${paths.section('zh', f.plan, f.section)}#${f.paragraph}`,
      url_en: `${paths.section('en', f.plan, f.section)}#en-${f.paragraph}`,
    },
  };
}

export const FIGURE_CSV_HEADER = ['id', 'plan', 'section', 'period', 'kind', 'value', 'unit', 'unit_zh', 'qualifier', 'direction', 'label_zh', 'label_en', 'value_en', 'indicator', 'from', 'source_text', 'source_paragraph', 'source_url_zh', 'source_url_en'];

export function figureCsvRow(f: PublicFigure): (string | number | null)[] {
  return [f.id, f.plan, f.section, f.period, f.kind, f.value, f.unit, f.unit_zh, f.qualifier, f.direction, f.label_zh, f.label_en, f.value_en, f.indicator, f.from, f.source.text, f.source.paragraph, f.source.url_zh, f.source.url_en];
}
