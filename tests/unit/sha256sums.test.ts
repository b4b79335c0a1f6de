/**
 * The fixity manifest: what we write, GNU sha256sum verifies; what we parse round-trips; a
 * comparison names every changed, missing and extra file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ManifestError, compareFixity, formatSha256Sums, parseSha256Sums, type FileDigest } from '../../src/lib/mirror/sha256sums.ts';
import { digestSiteFiles, listSiteFiles } from '../../src/lib/mirror/site-files.ts';

const hex = fc.stringMatching(/^[0-9a-f]{64}$/);
const path = fc.stringMatching(/^[\w.-]{1,12}(\/[\w.-]{1,12}){0,3}$/);
const digests = fc.uniqueArray(fc.record({ path, sha256: hex }), { selector: (d) => d.path, maxLength: 20 });

describe('formatSha256Sums / parseSha256Sums', () => {
  it('round-trips any set of files, sorted by path', () => {
    fc.assert(
      fc.property(digests, (ds) => {
        const parsed = parseSha256Sums(formatSha256Sums(ds));
        const sorted = [...ds].sort((a, b) => (a.path < b.path ? -1 : 1));
        return JSON.stringify(parsed) === JSON.stringify(sorted);
      }),
    );
  });

  it('writes a manifest GNU sha256sum -c verifies, and that catches a changed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sums-'));
    const files = { 'index.html': '<p>首页</p>', 'zh/2021/index.html': '<p>规划</p>', 'sources/a b.txt': 'text with a space in its name' };
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), content);
    }
    writeFileSync(join(dir, 'SHA256SUMS'), formatSha256Sums(digestSiteFiles(dir, listSiteFiles(dir))));
    expect(spawnSync('sha256sum', ['--check', '--strict', 'SHA256SUMS'], { cwd: dir }).status).toBe(0);
    writeFileSync(join(dir, 'zh/2021/index.html'), '<p>规划!</p>');
    const tampered = spawnSync('sha256sum', ['--check', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(tampered.status).not.toBe(0);
    expect(tampered.stdout).toContain('zh/2021/index.html: FAILED');
  });

  it('refuses paths sha256sum would need to escape, and digests that are not SHA-256', () => {
    expect(() => formatSha256Sums([{ path: 'a\nb', sha256: 'a'.repeat(64) }])).toThrow(ManifestError);
    expect(() => formatSha256Sums([{ path: 'a\\b', sha256: 'a'.repeat(64) }])).toThrow(/backslash/);
    expect(() => formatSha256Sums([{ path: 'a', sha256: 'abc' }])).toThrow(/not a lower-case hex SHA-256/);
  });

  it('names the line of a malformed or duplicated entry', () => {
    const good = `${'a'.repeat(64)}  index.html\n`;
    expect(() => parseSha256Sums(`${good}not a line\n`, 'dist/SHA256SUMS')).toThrow('dist/SHA256SUMS:2: expected');
    expect(() => parseSha256Sums(`${good}${good}`)).toThrow('SHA256SUMS:2: index.html is listed twice');
  });

  it('reads binary-mode lines and upper-case digests as sha256sum writes and accepts them', () => {
    expect(parseSha256Sums(`${'A'.repeat(64)} *data.bin\n`)).toEqual([{ path: 'data.bin', sha256: 'a'.repeat(64) }]);
  });
});

describe('compareFixity', () => {
  const d = (path: string, c: string): FileDigest => ({ path, sha256: c.repeat(64) });

  it('is empty for an intact mirror', () => {
    fc.assert(fc.property(digests, (ds) => Object.values(compareFixity(ds, [...ds].reverse())).every((list) => list.length === 0)));
  });

  it('names changed, missing and extra files, each sorted', () => {
    const listed = [d('b.html', 'a'), d('a.html', 'a'), d('c.css', 'a'), d('d.js', 'a')];
    const present = [d('a.html', 'b'), d('c.css', 'a'), d('z.txt', 'a'), d('e.txt', 'a')];
    expect(compareFixity(listed, present)).toEqual({ changed: ['a.html'], missing: ['b.html', 'd.js'], extra: ['e.txt', 'z.txt'] });
  });
});
