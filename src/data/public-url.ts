/**
 * A site path as the URL the outside world uses: absolute against the site's public URL when one
 * is configured (SITE_URL), otherwise the path under the base itself, which resolves correctly on
 * whichever host serves the site or a mirror of it.
 */
export function publicUrl(path: string, site: URL | undefined): string {
  return site ? new URL(path, site).href : path;
}
