/**
 * How a static server maps a built site's files to URL paths under the base: `zh/index.html` is
 * served at `<base>zh/`, any other file at its own path. Shared by the link checker and the archive.
 */

/** The URL path a built file is served at. */
export function urlPathOf(path: string, base: string): string {
  return `${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The built file a URL path under the base names, or undefined when it lies outside the base. */
export function fileOfUrlPath(pathname: string, base: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = decodeURIComponent(pathname.slice(base.length));
  return rest === '' || rest.endsWith('/') ? `${rest}index.html` : rest;
}
