import { describe, expect, it } from 'vitest';
import { layoutShareBars } from '../../../src/lib/charts/share-bar.ts';
import { textWidth } from '../../../src/lib/charts/text-width.ts';
import { FONT_SIZE } from '../../../src/lib/charts/chart-units.ts';
import { mark } from '../../helpers/chart-marks.ts';

describe('layoutShareBars', () => {
  const marks = [mark(55.8, { label: 'Services', display: '55.8%' }), mark(4, { label: 'Farming', display: '4%' }), mark(100, { label: 'All', display: '100%' })];
  const layout = layoutShareBars(marks);

  it('maps 0–100% onto the track', () => {
    expect(layout.scale.domain).toEqual([0, 100]);
    for (const row of layout.rows) expect(row.track.width).toBeCloseTo(layout.scale.range[1] - layout.scale.range[0], 1);
  });

  it('fills each track to the mark’s percentage of it', () => {
    layout.rows.forEach((row, i) => {
      expect(row.fill.x).toBe(row.track.x);
      expect(row.fill.width / row.track.width).toBeCloseTo(marks[i]!.value / 100, 2);
    });
  });

  it('keeps the order given, one row per mark, rows not overlapping', () => {
    expect(layout.rows.map((r) => r.figure)).toEqual(marks.map((m) => m.figure));
    for (let i = 1; i < layout.rows.length; i += 1) expect(layout.rows[i]!.track.y).toBeGreaterThan(layout.rows[i - 1]!.track.y + layout.rows[i - 1]!.track.height);
    expect(layout.height).toBeGreaterThanOrEqual(layout.rows.at(-1)!.track.y + layout.rows.at(-1)!.track.height);
  });

  it('puts the value inside a fill long enough for it and just past a short one', () => {
    const [wide, narrow] = layout.rows;
    expect(wide!.value).toMatchObject({ inside: true, anchor: 'end' });
    expect(wide!.value.x).toBeLessThan(wide!.fill.x + wide!.fill.width);
    expect(narrow!.value).toMatchObject({ inside: false, anchor: 'start' });
    expect(narrow!.value.x).toBeGreaterThan(narrow!.fill.x + narrow!.fill.width);
    expect(narrow!.value.x + textWidth('4%', FONT_SIZE)).toBeLessThanOrEqual(layout.width);
  });

  it('draws targets hollow', () => {
    const rows = layoutShareBars([mark(30, { kind: 'target' }), mark(30, { kind: 'estimate' })]).rows;
    expect(rows.map((r) => r.hollow)).toEqual([true, false]);
  });

  it('refuses a value that is not a percentage of a whole, naming the figure', () => {
    const bad = mark(120, { figure: '2022-p2-0-1-3' });
    expect(() => layoutShareBars([bad])).toThrow(/2022-p2-0-1-3.*120/);
    expect(() => layoutShareBars([mark(-1)])).toThrow(RangeError);
  });
});
