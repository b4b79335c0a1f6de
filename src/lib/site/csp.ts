/**
 * Content-Security-Policy for a site that static hosts serve without headers: the policy travels
 * in a `<meta http-equiv>` tag Astro writes (`security.csp`), and inline scripts run only when
 * their hash is in it. These helpers compute those hashes from component sources, and read a
 * built page's policy and inline scripts so a test can hold the two against each other.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanTags } from '../html-scan.ts';

/**
 * The policy's directives besides `script-src` and `style-src`, which Astro composes from its
 * hashes. Everything comes from the site itself; `connect-src` lets search fetch its index
 * chunks; `frame-ancestors` is left out because browsers ignore it in a meta tag.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
] as const;

/** Script sources besides hashes: the site's own files, and WebAssembly for the search index. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** A CSP hash source as Astro's configuration takes it. */
export type CspSha256 = `sha256-${string}`;

/** A CSP hash source for a script or style text, without quotes: `sha256-<base64>`. */
export function cspHash(text: string): CspSha256 {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** Script types a browser executes; anything else (`application/ld+json`) is a data block. */
function isExecutable(type: string | undefined): boolean {
  const t = (type ?? '').trim().toLowerCase();
  return t === '' || t === 'module' || t === 'text/javascript' || t === 'application/javascript';
}

/**
 * The bodies of `<script is:inline>` elements in an `.astro` source, which Astro writes into the
 * page as they are and does not hash. Scripts with `define:vars` get variables prepended at
 * render time, so no hash can be known in advance: they are refused.
 */
export function inlineScriptsOfComponent(source: string, fileName: string): string[] {
  const scripts: string[] = [];
  // Attributes may hold quoted strings and `{expressions}`; a self-closing script has no body.
  const script = /<script\b((?:[^>"'{/]|\/(?!>)|"[^"]*"|'[^']*'|\{[^}]*\})*)(?:\/>|>([\s\S]*?)<\/script>)/g;
  for (const match of source.matchAll(script)) {
    const attributes = match[1]!;
    if (match[2] === undefined) continue;
    if (!/\bis:inline\b/.test(attributes)) continue;
    if (/\bdefine:vars\b/.test(attributes)) throw new Error(`${fileName}: an inline script with define:vars cannot be hashed for the Content-Security-Policy`);
    if (/\bsrc=/.test(attributes) || /\bset:(html|text)=/.test(attributes)) continue;
    if (!isExecutable(/\btype=["']([^"']*)["']/.exec(attributes)?.[1])) continue;
    scripts.push(match[2]);
  }
  return scripts;
}

/** The hashes of every `<script is:inline>` in the `.astro` files under `dir`. */
export function componentScriptHashes(dir: string): CspSha256[] {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.astro'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const scripts = files.flatMap((file) => inlineScriptsOfComponent(readFileSync(file, 'utf8'), file));
  return [...new Set(scripts.map(cspHash))];
}

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, by directive. */
export function pagePolicy(html: string): Map<string, string[]> | undefined {
  const meta = scanTags(html).find((t) => t.name === 'meta' && t.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy');
  const content = meta?.attributes.get('content');
  if (content === undefined) return undefined;
  const policy = new Map<string, string[]>();
  for (const directive of content.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), values);
  }
  return policy;
}

/** The text of each inline script a built page would execute. */
export function executableInlineScripts(html: string): string[] {
  return scanTags(html)
    .filter((t) => t.name === 'script' && !t.attributes.has('src') && isExecutable(t.attributes.get('type')))
    .map((t) => t.rawText ?? '');
}
