/** Hashing inline scripts for the Content-Security-Policy, and reading a built page's policy. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, executableInlineScripts, inlineScriptsOfComponent, pagePolicy } from '../../src/lib/site/csp.ts';

describe('cspHash', () => {
  it('is the base64 SHA-256 of the UTF-8 text, as browsers compute it', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
    const text = 'document.documentElement.dataset.search = "搜索";';
    expect(cspHash(text)).toBe(`sha256-${createHash('sha256').update(Buffer.from(text, 'utf8')).digest('base64')}`);
  });
});

describe('inlineScriptsOfComponent', () => {
  it('takes the bodies of executable is:inline scripts, exactly as written', () => {
    const source = [
      '---\nconst x = 1;\n---',
      '<script is:inline>\n  window.a = 1;\n</script>',
      '<script>import "./bundled.ts";</script>',
      '<script is:inline type="application/ld+json" set:html={json} />',
      '<script is:inline type="module">export {};</script>',
      '<script is:inline src="/x.js"></script>',
    ].join('\n');
    expect(inlineScriptsOfComponent(source, 'X.astro')).toEqual(['\n  window.a = 1;\n', 'export {};']);
  });

  it('refuses define:vars, whose text is only known at render time', () => {
    expect(() => inlineScriptsOfComponent('<script is:inline define:vars={{ a }}>use(a)</script>', 'src/components/X.astro')).toThrow('src/components/X.astro: an inline script with define:vars');
  });
});

describe('pagePolicy and executableInlineScripts', () => {
  const html = `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self';script-src 'self' 'sha256-abc='; style-src 'self'"><script type="application/ld+json">{"a":1}</script><script>run()</script><script src="/x.js"></script><script type="module">go()</script></head>`;

  it('reads each directive and its sources', () => {
    const policy = pagePolicy(html)!;
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc='"]);
    expect(pagePolicy('<head></head>')).toBeUndefined();
  });

  it('lists inline scripts the browser runs, not data blocks or external scripts', () => {
    expect(executableInlineScripts(html)).toEqual(['run()', 'go()']);
  });
});
