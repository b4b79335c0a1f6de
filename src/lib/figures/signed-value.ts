/**
 * A figure's value with the sign its wording gives it. `下降 18%` is a fall of 18%, a rate of −18;
 * a level keeps its sign whatever the verb (`降至 41 微克`, a share that `下降` to 30%), so only
 * rates of change are signed: percentages of an indicator of growth or change, or of no indicator.
 */
import type { FigureRecord } from './figure-record.ts';

const RATE_INDICATOR = /-(?:growth|change)$/;

export function isRateOfChange(figure: Pick<FigureRecord, 'unit' | 'indicator'>): boolean {
  return figure.unit === 'percent' && (figure.indicator === null || RATE_INDICATOR.test(figure.indicator));
}

export function signedValue(figure: Pick<FigureRecord, 'unit' | 'indicator' | 'direction' | 'value'>): number {
  return isRateOfChange(figure) && figure.direction === 'decrease' ? -figure.value : figure.value;
}
