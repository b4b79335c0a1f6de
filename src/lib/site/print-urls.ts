/**
 * Printed pages show where each link leads (global.css, `@layer print`): the link's path after its
 * text. A path is only half an address on paper, so a site with a public address (SITE_URL) gives
 * its origin to the print stylesheet as `--site-origin`, in a style element of fixed text whose
 * hash the Content-Security-Policy lists; without one (a mirror, served wherever) paths stay paths.
 */

/** The style element's text for a public address, or undefined for none. */
export function siteOriginStyle(site: string | URL | undefined): string | undefined {
  if (site === undefined || site === '') return undefined;
  // An origin is ASCII with no quotes or backslashes: as a JSON string it is a valid CSS string.
  return `:root{--site-origin:${JSON.stringify(new URL(site).origin)}}`;
}
