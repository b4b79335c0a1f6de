/** The summarize CLI: refuses on missing terms with a fillable stub, and --check detects stale output. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

function summarize(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/summarize.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the termbase with one topic phrase removed. */
function termbaseWithout(topic: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'termbase-'));
  cpSync('content/termbase', dir, { recursive: true });
  const lines = readFileSync(join(dir, 'topics.yaml'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${topic}:`));
  let end = start + 1;
  while (lines[end]?.startsWith(' ')) end++; // the entry's indented continuation lines
  writeFileSync(join(dir, 'topics.yaml'), [...lines.slice(0, start), ...lines.slice(end)].join('\n'));
  return dir;
}

describe('summarize', () => {
  it('prints each untranslated term as a YAML stub naming where it is needed', () => {
    const { status, stdout } = summarize('--missing', '--termbase', termbaseWithout('疫情防控坚强有力'));
    expect(status).toBe(0);
    expect(stdout).toContain('topics.yaml: 1 missing topic phrases');
    expect(parse(stdout.split('\n').filter((l) => !l.startsWith('#')).join('\n').replace(/ {2}#.*$/gm, ''))).toEqual({ 疫情防控坚强有力: '' });
    expect(stdout).toMatch(/疫情防控坚强有力: ""\s+# 2021 1-1 p1-1-1/);
  });

  it('refuses to write when a term is missing, and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'summaries-'));
    const { status, stderr } = summarize('--termbase', termbaseWithout('疫情防控坚强有力'), '--out', out);
    expect(status).toBe(1);
    expect(stderr).toContain('1 terms are not in the termbase');
    expect(spawnSync('ls', [out], { encoding: 'utf8' }).stdout).toBe('');
  });

  it('--check passes on the committed summaries and fails on a stale one', () => {
    expect(summarize('--check').status).toBe(0);
    const out = mkdtempSync(join(tmpdir(), 'summaries-'));
    cpSync('content/summaries', out, { recursive: true });
    writeFileSync(join(out, '2021.json'), '{}\n');
    const stale = summarize('--check', '--out', out);
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('changed: 2021.json');
  });

  it('is deterministic: two runs give byte-identical files', () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 's-')), mkdtempSync(join(tmpdir(), 's-'))];
    expect(summarize('--out', a).status).toBe(0);
    expect(summarize('--out', b).status).toBe(0);
    for (const file of ['2021.json', '2022.json']) expect(readFileSync(join(a, file), 'utf8')).toBe(readFileSync(join(b, file), 'utf8'));
  });
});
