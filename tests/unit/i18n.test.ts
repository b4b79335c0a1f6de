import { describe, expect, it } from 'vitest';
import { resources } from '../../src/i18n/index.ts';

/** Keys of a resource tree, with i18next plural suffixes folded so zh `x_other` matches en `x_one`/`x_other`. */
function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`],
  );
}

function values(tree: object): string[] {
  return Object.values(tree).flatMap((v) => (typeof v === 'object' ? values(v as object) : [String(v)]));
}

describe('UI strings', () => {
  it('has the same keys in Chinese and English', () => {
    expect(new Set(keys(resources.zh.translation))).toEqual(new Set(keys(resources.en.translation)));
  });

  it('has no empty string in either language', () => {
    for (const lang of ['zh', 'en'] as const) expect(values(resources[lang].translation).filter((v) => v.trim() === '')).toEqual([]);
  });
});
