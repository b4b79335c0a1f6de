/**
 * A plan whose text is hostile markup (`<script>`, `{process.exit()}`, `javascript:` links, a
 * stray `</p>`, backticks) goes through the real pipeline (ingest, summarize, astro build) into
 * a temporary directory, and every piece of it must come out as text: escaped, inert, and with
 * the page structure intact.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/content-root.ts';
import { buildEnv } from '../helpers/build-env.ts';

const FIXTURE = 'tests/fixtures/hostile';
const work = mkdtempSync(join(tmpdir(), 'hostile-'));
const content = join(work, 'content');
const dist = join(work, 'dist');

function run(args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: buildEnv(env) });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const scriptElements = (html: string) => html.match(/<script\b/gi)?.length ?? 0;

beforeAll(() => {
  cpSync(FIXTURE, content, { recursive: true });
  run(['scripts/ingest.ts', '--sources', `${content}/sources`, '--errata', `${content}/errata.yaml`, '--termbase', `${content}/termbase`, '--out', `${content}/plans`]);
  run(['scripts/summarize.ts', '--sources', `${content}/sources`, '--termbase', `${content}/termbase`, '--out', `${content}/summaries`]);
  run(['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { CONTENT_DIR: content, OUT_DIR: dist });
}, 180_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  // The build cache astro.config.mjs derives from OUT_DIR and CONTENT_DIR.
  rmSync(astroCacheDir(dist, content), { recursive: true, force: true });
});

describe('a plan of hostile markup, built into the site', () => {
  it('renders the script, the expression, the links and the stray tags as text', () => {
    const html = page('zh/2021/1-1');
    for (const text of [
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '{process.exit()}',
      '&lt;a href=&quot;javascript:alert(1)&quot;&gt;链接&lt;/a&gt;',
      '[点此](javascript:alert(2))',
      '&lt;/p&gt;&lt;p onclick=&quot;alert(3)&quot;&gt;',
      '```代码```',
      '`反引号`',
      '${window.alert(4)}',
      '&lt;!-- 注释 --&gt;',
      '&amp;amp; &amp;lt;b&amp;gt;',
      '&lt;img src=x onerror=alert(5)&gt;',
    ]) {
      expect(html.replaceAll('&#39;', "'").replaceAll('&#34;', '&quot;')).toContain(text);
    }
  });

  it('adds no element, handler or link of its own to any page', () => {
    // A section page whose text is harmless: the site's own scripts (metadata, search) and no more.
    const quiet = page('zh/2021/2-0');
    expect(quiet).not.toContain('alert');
    for (const path of ['zh/2021/1-0', 'zh/2021/1-1', 'zh/2021/2-1', 'en/2021/1-0', 'en/2021/1-1']) {
      const html = page(path);
      expect(scriptElements(html), `${path}: script elements`).toBe(scriptElements(quiet));
      expect(html, path).not.toMatch(/<script\b[^>]*>[^<]*alert/i);
      expect(html, path).not.toMatch(/href="\s*javascript:/i);
      expect(html, path).not.toMatch(/<(?:img|style)\b|<[a-z][^>]*\son(?:click|error)=/i);
    }
  });

  it('keeps the structure: one paragraph element per source paragraph, the anchors after the text', () => {
    const html = page('zh/2021/1-1');
    const paragraphs = [...html.matchAll(/<p id="(p1-1-\d+)" class="para"[^>]*>([\s\S]*?)<\/p>/g)];
    expect(paragraphs.map((p) => p[1])).toEqual(['p1-1-1', 'p1-1-2']);
    for (const [, id, inner] of paragraphs) expect(inner, id).toMatch(new RegExp(`<a class="pilcrow" href="#${id}"[^>]*>¶</a>$`));
  });

  it('builds pages that pass html-validate', () => {
    const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dist, f));
    const result = spawnSync(process.execPath, ['node_modules/html-validate/bin/html-validate.mjs', '--config', '.htmlvalidate.mjs', ...pages], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
