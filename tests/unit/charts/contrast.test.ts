import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../../src/lib/charts/contrast.ts';
import { customProperties, type Condition } from '../../helpers/css-custom-properties.ts';

describe('contrastRatio', () => {
  it('follows WCAG: 21 for black on white, 1 for a colour on itself, symmetric', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#1a4f8b', '#fdfcf9')).toBeCloseTo(contrastRatio('#fdfcf9', '#1a4f8b'), 10);
    // The WCAG threshold example: #767676 on white is just above 4.5:1.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('refuses what is not a hex colour', () => {
    expect(() => relativeLuminance('rebeccapurple')).toThrow(/rebeccapurple/);
  });
});

describe('chart colours', () => {
  // The page's tokens first, then the charts' (which refer to them), as the browser cascades them.
  const css = readFileSync('src/styles/global.css', 'utf8') + readFileSync('src/styles/charts.css', 'utf8');
  const schemes: [string, Condition[]][] = [
    ['light', []],
    ['dark', ['dark']],
    ['print', ['print']],
    ['print from dark mode', ['dark', 'print']],
  ];

  describe.each(schemes)('%s', (_, conditions) => {
    const colour = customProperties(css, conditions);
    const get = (name: string) => {
      const value = colour.get(name);
      if (!value) throw new Error(`${name} is not set`);
      return value;
    };
    // On screen a chart may sit on the page or on a muted panel; on paper, backgrounds are not printed.
    const backgrounds = conditions.includes('print') ? ['#ffffff', get('--bg'), get('--chart-surface')] : ['--bg', '--bg-muted', '--chart-surface'].map(get);

    it.each(['--chart-mark', '--chart-target', '--chart-axis'])('draws %s at 3:1 or more against every background', (mark) => {
      for (const background of backgrounds) expect(contrastRatio(get(mark), background)).toBeGreaterThanOrEqual(3);
    });

    it('sets a share against its track at 3:1 or more', () => {
      expect(contrastRatio(get('--chart-mark'), get('--chart-track'))).toBeGreaterThanOrEqual(3);
    });

    it('sets text at 4.5:1 or more on the backgrounds, the track and inside bars', () => {
      for (const background of [...backgrounds, get('--chart-track')]) expect(contrastRatio(get('--chart-text'), background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(get('--chart-on-mark'), get('--chart-mark'))).toBeGreaterThanOrEqual(4.5);
    });
  });

  it('prints black marks on white', () => {
    const print = customProperties(css, ['print']);
    expect([print.get('--chart-mark'), print.get('--chart-surface')]).toEqual(['#000000', '#ffffff']);
  });
});
