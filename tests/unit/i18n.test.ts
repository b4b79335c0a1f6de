import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { resources, useTranslations } from '../../src/i18n/index.ts';

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

describe('translation functions', () => {
  const fresh = i18next.createInstance();
  void fresh.init({ resources, lng: 'en', fallbackLng: false, initAsync: false, interpolation: { escapeValue: false }, returnNull: false });

  it('give what i18next gives, for every call, whatever was asked before', () => {
    const calls: [string, Record<string, unknown> | undefined][] = [
      ['home.sectionCount', { count: 1, formatted: '1' }],
      ['home.sectionCount', { count: 7, formatted: '7' }],
      ['home.sectionCount', { count: 1, formatted: '1' }],
      ['search.noResults', { query: '高新' }],
      ['search.noResults', { query: 'PM2.5' }],
      ['home.reviews', { year: 2020, plan: 2021 }],
      ['home.reviews', { plan: 2021, year: 2020 }],
    ];
    for (const lang of ['en', 'zh'] as const) {
      const t = useTranslations(lang);
      const expected = fresh.getFixedT(lang);
      for (const [key, options] of [...calls, ...calls]) {
        expect(t(key, options as never), 'a key of the resources').not.toBe(key);
        expect(t(key, options as never), `${lang} ${key} ${JSON.stringify(options)}`).toBe(expected(key, options as never));
      }
    }
  });

  it('are made once per language', () => {
    expect(useTranslations('en')).toBe(useTranslations('en'));
    expect(useTranslations('en')).not.toBe(useTranslations('zh'));
  });
});
