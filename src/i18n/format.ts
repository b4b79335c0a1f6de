/**
 * Dates, numbers and sizes written the way each language writes them, through Intl. Each
 * formatter is made once per language: making an Intl formatter costs far more than using one.
 */
import { LANGUAGE_TAGS, LANGUAGES, type Lang } from './index.ts';

function perLanguage<T>(make: (tag: string) => T): Record<Lang, T> {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, make(LANGUAGE_TAGS[lang])])) as Record<Lang, T>;
}

const DATES = perLanguage((tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }));
const NUMBERS = perLanguage((tag) => new Intl.NumberFormat(tag));
const KILOBYTES = perLanguage((tag) => new Intl.NumberFormat(tag, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }));

/** `2021-01-18` → `2021年1月18日` / `18 January 2021`, read as a calendar day (no time zone shift). */
export function formatDate(isoDay: string, lang: Lang): string {
  return DATES[lang].format(new Date(`${isoDay}T00:00:00Z`));
}

export function formatNumber(value: number, lang: Lang): string {
  return NUMBERS[lang].format(value);
}

/** A file size in kilobytes, e.g. `36.9 kB`. */
export function formatFileSize(bytes: number, lang: Lang): string {
  return KILOBYTES[lang].format(bytes / 1000);
}

/** A share as a percentage, e.g. 0.05 → `5%`. */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LANGUAGE_TAGS[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
