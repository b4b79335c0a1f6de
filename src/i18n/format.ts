/** Dates, numbers and sizes written the way each language writes them, through Intl. */
import { LANGUAGE_TAGS, type Lang } from './index.ts';

/** `2021-01-18` → `2021年1月18日` / `18 January 2021`, read as a calendar day (no time zone shift). */
export function formatDate(isoDay: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}

export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LANGUAGE_TAGS[lang]).format(value);
}

/** A file size in kilobytes, e.g. `36.9 kB`. */
export function formatFileSize(bytes: number, lang: Lang): string {
  return new Intl.NumberFormat(LANGUAGE_TAGS[lang], { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 1 }).format(bytes / 1000);
}

/** A share as a percentage, e.g. 0.05 → `5%`. */
export function formatPercent(share: number, lang: Lang): string {
  return new Intl.NumberFormat(LANGUAGE_TAGS[lang], { style: 'percent', maximumFractionDigits: 1 }).format(share);
}
