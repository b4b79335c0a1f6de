/**
 * `/robots.txt`: everything may be crawled; the sitemap's address follows the site's URL when one
 * is configured (SITE_URL), else its path under the base.
 */
import type { APIRoute } from 'astro';
import { href } from '../data/links.ts';
import { publicUrl } from '../data/public-url.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${publicUrl(href.sitemap(), site)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
