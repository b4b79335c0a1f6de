/**
 * UI strings. Every string a page shows that is not plan content comes from here, through
 * i18next, in both languages; `tests/unit/i18n.test.ts` keeps the two resource files in step.
 */
import i18next, { type TFunction } from 'i18next';
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

export const LANGUAGES = ['zh', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** BCP 47 tags for `<html lang>`, `hreflang` and `Intl`. */
export const LANGUAGE_TAGS: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export const resources = { zh: { translation: zh }, en: { translation: en } } as const;

const instance = i18next.createInstance();
await instance.init({ resources, lng: 'zh', fallbackLng: false, initAsync: false, interpolation: { escapeValue: false }, returnNull: false });

/** The translation function of one language. Astro escapes what it renders, so i18next need not. */
export function useTranslations(lang: Lang): TFunction {
  return instance.getFixedT(lang);
}

export function otherLanguage(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

export function isLang(value: string | undefined): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}
