import { describe, expect, it } from 'vitest';
import { siteOriginStyle } from '../../src/lib/site/print-urls.ts';

describe('siteOriginStyle', () => {
  it('gives the print stylesheet the public origin, without the path (links carry the base)', () => {
    expect(siteOriginStyle('https://example.org/plans/')).toBe(':root{--site-origin:"https://example.org"}');
    expect(siteOriginStyle(new URL('http://localhost:4334/'))).toBe(':root{--site-origin:"http://localhost:4334"}');
  });

  it('gives nothing without a public address, so printed paths stay paths', () => {
    expect(siteOriginStyle(undefined)).toBeUndefined();
    expect(siteOriginStyle('')).toBeUndefined();
  });

  it('refuses what is not a URL rather than write it into a stylesheet', () => {
    expect(() => siteOriginStyle('"}body{display:none')).toThrow();
  });
});
