/** The language of the page being rendered, read off its URL (`…/zh/…` or `…/en/…`). */
import { isLang, type Lang } from '../i18n/index.ts';

export function pageLang(url: URL): Lang {
  const base = import.meta.env.BASE_URL;
  const first = url.pathname.slice(url.pathname.startsWith(base) ? base.length : 1).split('/')[0];
  return isLang(first) ? first : 'zh';
}
