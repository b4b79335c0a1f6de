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

/**
 * Each language's translation function, made once and remembering what it returned: a page
 * calls it hundreds of times with the same few keys and options (a chart table names a kind per
 * row), and i18next resolves, interpolates and pluralizes afresh on every call (a quarter of the
 * build's CPU at 200 plans, profiled without this). The resources never change during a build, so a
 * string once made is the string every later call with the same key and options would make.
 */
const translators = new Map<Lang, TFunction>();

function rememberingTranslator(lang: Lang): TFunction {
  const translate = instance.getFixedT(lang) as unknown as (key: string, options?: object) => unknown;
  const made = new Map<string, unknown>();
  const remembering = (key: string, options?: object) => {
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    if (made.has(id)) return made.get(id);
    const text = translate(key, options);
    made.set(id, text);
    return text;
  };
  return remembering as unknown as TFunction;
}

/** The translation function of one language. Astro escapes what it renders, so i18next need not. */
export function useTranslations(lang: Lang): TFunction {
  let t = translators.get(lang);
  if (!t) {
    t = rememberingTranslator(lang);
    translators.set(lang, t);
  }
  return t;
}

export function otherLanguage(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

export function isLang(value: string | undefined): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value ?? '');
}
