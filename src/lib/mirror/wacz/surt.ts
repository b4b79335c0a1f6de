/**
 * Sort-friendly URI Reordering Transform (SURT), the key CDXJ indexes sort by:
 * `https://www.example.org/a/b?y=2&x=1` → `org,example)/a/b?x=1&y=2`. Scheme and `www.` dropped,
 * host labels reversed, everything lower-cased, query parameters sorted, fragment removed; the
 * form pywb and wabac.js look URLs up by.
 */
export function surt(url: string): string {
  const u = new URL(url);
  const host = u.hostname.replace(/^www\d*\./, '').split('.').reverse().join(',');
  const defaultPort = (u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443') || u.port === '';
  const query = u.search ? `?${u.search.slice(1).split('&').sort().join('&')}` : '';
  return `${host}${defaultPort ? '' : `:${u.port}`})${u.pathname}${query}`.toLowerCase();
}
