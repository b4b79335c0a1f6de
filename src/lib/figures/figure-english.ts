/**
 * One figure's value in English: "CNY 13.28 billion", "up 6.6%", "more than 1,100", "27,600 mu
 * (1,840 ha)". The summary gate reads the numbers a summary may print from this text.
 */
import { groupThousands, largeNumberEnglish, roundDecimal, shiftDecimalLeft } from './decimal-format.ts';
import type { Figure } from './figures.ts';
import { UNITS } from './figure-units.ts';

const QUALIFIER_WORDS: Record<NonNullable<Figure['qualifier']>, string> = {
  'more-than': 'more than ',
  exceeding: 'over ',
  nearly: 'nearly ',
  about: 'about ',
  'at-least': 'at least ',
  'at-most': 'at most ',
  'less-than': 'less than ',
};

/** How a measure's value is written: currency before, a symbol or word after. */
const MEASURES: Record<string, { before?: string; after?: string }> = {
  CNY: { before: 'CNY ' },
  USD: { before: 'USD ' },
  percent: { after: '%' },
  pp: { after: ' percentage points' },
  'microgram-per-cubic-metre': { after: ' µg/m³' },
  'square-km': { after: ' km²' },
  'square-metre': { after: ' m²' },
  'cubic-metre': { after: ' m³' },
  hectare: { after: ' ha' },
  mu: { after: ' mu' },
  km: { after: ' km' },
  tonne: { after: ' tonnes' },
  kWh: { after: ' kWh' },
  kW: { after: ' kW' },
  day: { after: ' days' },
  point: { after: ' points' },
  fold: { after: '-fold' },
};

/** A mu is 1/15 of a hectare, exactly (666.67 m²). */
function muToHectares(exact: string): string {
  const [integer = '0', fraction = ''] = exact.split('.');
  const scaled = BigInt(integer + fraction.padEnd(6, '0').slice(0, 6)); // value × 10^6
  const hectaresTimes100 = (scaled * 100n + 7_500_000n) / 15_000_000n; // rounded to 0.01
  return groupThousands(roundDecimal(shiftDecimalLeft(hectaresTimes100.toString(), 2), 1));
}

export interface FigureEnglish {
  /** The value as English (`CNY 13.28 billion`, `up 6.6%`). */
  value: string;
  /** Whether the unit counts things, so the number reads before its label. */
  counts: boolean;
}

export function isCountUnit(unit: string): boolean {
  return UNITS.find((u) => u.id === unit)?.counts ?? false;
}

/**
 * The value of a figure in English. `precededBy` is the source text right before the figure, to
 * tell `降至 41` (fell to 41) from `下降 22%` (fell by 22%).
 */
export function figureValueEnglish(figure: Figure, precededBy: string): FigureEnglish {
  const counts = isCountUnit(figure.unit);
  const magnitude = figure.unit === 'percent' || figure.unit === 'pp' ? groupThousands(figure.exact) : largeNumberEnglish(figure.exact);
  const measure = MEASURES[figure.unit] ?? {};
  let value = counts ? magnitude : `${measure.before ?? ''}${magnitude}${measure.after ?? ''}`;
  if (figure.unit === 'mu') {
    const hectares = muToHectares(figure.exact);
    value += ` (${hectares} ha)`;
  }
  const qualifier = figure.qualifier ? QUALIFIER_WORDS[figure.qualifier] : '';
  if (figure.direction) {
    const to = /[至到]\s*$/.test(precededBy);
    const verb = figure.direction === 'increase' ? 'up' : 'down';
    value = `${verb} ${to ? 'to ' : ''}${qualifier}${value}`;
  } else {
    value = `${qualifier}${value}`;
  }
  return { value, counts };
}
