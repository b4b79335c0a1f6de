import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from '../../../src/lib/charts/text-width.ts';

describe('textWidth', () => {
  it('counts a CJK character as one em and Latin letters and digits as about 0.6em', () => {
    expect(textWidth('地区生产总值', 14)).toBe(6 * 14);
    const latin = textWidth('GRP 2021', 14) / 8;
    expect(latin).toBeGreaterThan(0.45 * 14);
    expect(latin).toBeLessThan(0.7 * 14);
  });

  it('grows with the text', () => {
    expect(textWidth('CNY 46.7 billion', 14)).toBeGreaterThan(textWidth('CNY 4.7 billion', 14));
    expect(textWidth('', 14)).toBe(0);
  });
});

describe('wrapText', () => {
  it('breaks English between words, every line within the width', () => {
    const text = 'General public budget revenue of the district';
    const lines = wrapText(text, 120, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines.filter((l) => l.includes(' '))) expect(textWidth(line, 14)).toBeLessThanOrEqual(120);
  });

  it('breaks Chinese between characters, keeping closing punctuation with the character before', () => {
    const text = '规模以上工业增加值，固定资产投资';
    const lines = wrapText(text, 5 * 14, 14);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(6 * 14);
    expect(lines.some((l) => l.startsWith('，'))).toBe(false);
  });

  it('keeps a short label on one line', () => {
    expect(wrapText('GRP', 300, 14)).toEqual(['GRP']);
  });
});
