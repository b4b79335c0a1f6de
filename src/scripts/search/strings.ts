/** The search UI's strings, from the site's i18n files (only their `search` part is bundled). */
import { search as en } from '../../i18n/en.json';
import { search as zh } from '../../i18n/zh.json';
import type { SiteLang } from '../../lib/site/site-paths.ts';

export type SearchStrings = typeof en;

export function searchStrings(lang: SiteLang): SearchStrings {
  return lang === 'zh' ? zh : en;
}

/** `{{name}}` placeholders filled, as i18next does for the pages. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => String(values[name] ?? whole));
}
