/**
 * `npm run mirror` and `npm run verify-mirror` on a copy of a small site: the manifest covers every
 * file, an intact copy passes, and a tampered one fails naming each changed, missing and extra file.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';

let site: string;

function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], { encoding: 'utf8' });
}

beforeEach(() => {
  site = mkdtempSync(join(tmpdir(), 'mirror-'));
  mkdirSync(join(site, 'zh/2021'), { recursive: true });
  mkdirSync(join(site, 'sources'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(site, 'zh/2021/index.html'), '<p>规划</p>');
  writeFileSync(join(site, 'sources/plan.zh.txt'), '一、总体情况\n');
});

describe('mirror and verify-mirror', () => {
  it('lists every file but the manifest itself, and an intact copy verifies', () => {
    expect(run('mirror', site).status).toBe(0);
    const listed = readFileSync(join(site, 'SHA256SUMS'), 'utf8').trimEnd().split('\n').map((line) => line.slice(66));
    expect(listed).toEqual(['index.html', 'sources/plan.zh.txt', 'zh/2021/index.html']);
    const verified = run('verify-mirror', site);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain('matches its SHA256SUMS (3 files)');
  });

  it('names each changed, missing and extra file and exits non-zero', () => {
    run('mirror', site);
    writeFileSync(join(site, 'zh/2021/index.html'), '<p>规划（改）</p>');
    rmSync(join(site, 'sources/plan.zh.txt'));
    writeFileSync(join(site, 'zh/injected.js'), 'alert(1)');
    const { status, stderr } = run('verify-mirror', site);
    expect(status).not.toBe(0);
    expect(stderr).toContain('changed: zh/2021/index.html');
    expect(stderr).toContain('missing: sources/plan.zh.txt');
    expect(stderr).toContain('extra: zh/injected.js');
    expect(stderr, 'the untouched file is not named').not.toMatch(/: index\.html$/m);
  });

  it('fails with a message, not a stack trace, when the manifest is absent or malformed', () => {
    const absent = run('verify-mirror', site);
    expect(absent.status).not.toBe(0);
    expect(absent.stderr).toMatch(/SHA256SUMS does not exist/);
    writeFileSync(join(site, 'SHA256SUMS'), 'garbage\n');
    const malformed = run('verify-mirror', site);
    expect(malformed.status).not.toBe(0);
    expect(malformed.stderr).toMatch(/SHA256SUMS:1: expected/);
    expect(malformed.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('reports a symlink in the mirror and never follows it', () => {
    run('mirror', site);
    const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    writeFileSync(join(elsewhere, 'passwd'), 'root:x:0:0');
    symlinkSync(elsewhere, join(site, 'zh/linked-dir'));
    symlinkSync(join(elsewhere, 'passwd'), join(site, 'linked-file.txt'));
    const { status, stderr } = run('verify-mirror', site);
    expect(status).not.toBe(0);
    expect(stderr).toContain(`symlink, not followed: zh/linked-dir -> ${elsewhere}`);
    expect(stderr).toContain(`symlink, not followed: linked-file.txt -> ${join(elsewhere, 'passwd')}`);
    expect(stderr).not.toContain('passwd:');
    expect(stderr).not.toContain('extra: zh/linked-dir/');
  });

  it('refuses to write a manifest over a site holding a symlink', () => {
    symlinkSync(tmpdir(), join(site, 'tmp-link'));
    const { status, stderr } = run('mirror', site);
    expect(status).not.toBe(0);
    expect(stderr).toContain('symlink, not followed: tmp-link');
  });

  it('accepts a manifest with CRLF line ends, as sha256sum -c does', () => {
    run('mirror', site);
    const manifest = join(site, 'SHA256SUMS');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/\n/g, '\r\n'));
    const gnu = spawnSync('sha256sum', ['--check', '--strict', '--quiet', 'SHA256SUMS'], { cwd: site, encoding: 'utf8' });
    expect(gnu.status, gnu.stderr).toBe(0);
    const verified = run('verify-mirror', site);
    expect(verified.stderr).toBe('');
    expect(verified.status).toBe(0);
  });
});
