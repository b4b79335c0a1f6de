import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inlineText, textExpression, textOfMdx } from '../../src/lib/ingest/mdx-text.ts';

describe('MDX text', () => {
  it('reads back exactly what was written, for any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => textOfMdx(inlineText(text)).join('') === text));
  });

  it('emits nothing outside string literals but the PM subscript tag', () => {
    fc.assert(
      fc.property(fc.string(), (text) => inlineText(text).replace(/\{"(?:[^"\\\n]|\\.)*"\}/g, '').replace(/<\/?sub>/g, '') === ''),
    );
  });

  it('keeps markup and MDX syntax as literal text', () => {
    const hostile = '<script>alert(1)</script>{process.exit()} `x` </p> [a](javascript:alert(1))\n# h';
    expect(textExpression(hostile)).toBe(`{${JSON.stringify(hostile)}}`);
    expect(textOfMdx(textExpression(hostile))).toEqual([hostile]);
  });

  it('renders PM2.5 with a subscript', () => {
    expect(inlineText('PM2.5 年均浓度')).toBe('{"PM"}<sub>{"2.5"}</sub>{" 年均浓度"}');
  });

  it('does not read attribute values as text', () => {
    expect(textOfMdx('<Sic note={"sic-1"} reading={"开好局"}>{"发开开好局"}</Sic>')).toEqual(['发开开好局']);
  });
});
