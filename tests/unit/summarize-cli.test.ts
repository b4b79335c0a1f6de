/**
 * The summarize CLI: refuses to write without a title or label the pages need, prints what the
 * memory lacks as fillable stubs, and --check detects stale output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/** A cache of this file's own, so that what an earlier run of these tests computed is never taken for a hit. */
const cacheDir = mkdtempSync(join(tmpdir(), 'summarize-cache-'));

function summarize(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/summarize.ts', ...args], { encoding: 'utf8', env: { ...process.env, GENERATOR_CACHE_DIR: cacheDir } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the termbase with one entry of one file removed. */
function termbaseWithout(file: string, key: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'termbase-'));
  cpSync('content/termbase', dir, { recursive: true });
  const lines = readFileSync(join(dir, file), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${key}:`));
  if (start === -1) throw new Error(`${file} has no entry ${key}`);
  let end = start + 1;
  while (lines[end]?.startsWith(' ')) end++; // the entry's indented continuation lines
  writeFileSync(join(dir, file), [...lines.slice(0, start), ...lines.slice(end)].join('\n'));
  return dir;
}

/** A copy of the termbase with whole files emptied. */
function termbaseEmptying(...files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'termbase-'));
  cpSync('content/termbase', dir, { recursive: true });
  for (const file of files) writeFileSync(join(dir, file), '');
  return dir;
}

describe('summarize', () => {
  it('prints a missing title as a YAML stub naming where it is needed', () => {
    const { status, stdout } = summarize('--missing', '--termbase', termbaseWithout('sections.yaml', '产业发展不断加速'));
    expect(status).toBe(0);
    expect(stdout).toContain('sections.yaml: 1 missing section titles');
    const stub = stdout.split('\n').filter((l) => l.startsWith('{ 产业发展不断加速'));
    expect(parse(stub.join('\n').replace(/ {2}#.*$/gm, ''))).toEqual({ 产业发展不断加速: '' });
    expect(stdout).toMatch(/产业发展不断加速: "" \}\s+# 2022 1-1/);
  });

  it('prints a clause nothing renders with a suggested template, its figures made placeables', () => {
    const { stdout } = summarize('--missing', '--termbase', termbaseEmptying('templates.yaml', 'noun-rules.yaml'));
    expect(stdout).toMatch(/templates\.yaml: \d+ clauses rendered from their figures alone/);
    expect(stdout).toMatch(/新建通信基站\{count\}: ""\s+# 2022 1-1 p1-1-1/);
  });

  it('refuses to write when a title is missing, and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'summaries-'));
    const { status, stderr } = summarize('--termbase', termbaseWithout('sections.yaml', '产业发展不断加速'), '--out', out);
    expect(status).toBe(1);
    expect(stderr).toContain('1 titles or figure labels are not in the termbase');
    expect(spawnSync('ls', [out], { encoding: 'utf8' }).stdout).toBe('');
  });

  it('refuses to write when a name stands in a clause with no English, naming it', () => {
    const out = mkdtempSync(join(tmpdir(), 'summaries-'));
    const { status, stderr } = summarize('--termbase', termbaseEmptying('verbs.yaml', 'templates.yaml'), '--out', out);
    expect(status).toBe(1);
    expect(stderr).toMatch(/gate: plan 2022 section 2-1 p2-1-3: "杉杉奥特莱斯" \(Shanshan Outlets\) is in a clause with no English yet/);
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
    expect(summarize('--fresh', '--out', a).status).toBe(0);
    expect(summarize('--fresh', '--jobs', '2', '--out', b).status).toBe(0);
    for (const file of ['2021.json', '2022.json', '2021.rendering.json', '2022.rendering.json']) expect(readFileSync(join(a, file), 'utf8')).toBe(readFileSync(join(b, file), 'utf8'));
  });

  it('writes the clauses to translate as XLIFF and reads a filled file back into the memory, refusing a bad one whole', () => {
    const termbase = termbaseWithout('clauses.yaml', '坚定发展信心');
    const xlf = join(mkdtempSync(join(tmpdir(), 'xliff-')), 'memory.xlf');
    expect(summarize('--xliff', xlf, '--termbase', termbase).status).toBe(0);
    const exported = readFileSync(xlf, 'utf8');
    const unit = /<unit id="([^"]+)">\s*<notes>[^]*?<source>坚定发展信心<\/source>\s*<target><\/target>/.exec(exported);
    expect(unit, 'the clause 坚定发展信心 is a unit').not.toBeNull();
    const before = readFileSync(join(termbase, 'clauses.yaml'), 'utf8');
    writeFileSync(xlf, exported.replace(/(<source>坚定发展信心<\/source>\s*)<target><\/target>/, '$1<target>stood firm in 2021</target>'));
    const refused = summarize('--import-xliff', xlf, '--termbase', termbase);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/memory\.xlf:\d+: unit .*: a digit in the English/);
    expect(readFileSync(join(termbase, 'clauses.yaml'), 'utf8')).toBe(before);
    writeFileSync(xlf, exported.replace(/(<source>坚定发展信心<\/source>\s*)<target><\/target>/, '$1<target>stood firm in its confidence in development</target>'));
    expect(summarize('--import-xliff', xlf, '--termbase', termbase).status).toBe(0);
    expect(readFileSync(join(termbase, 'clauses.yaml'), 'utf8')).toContain('坚定发展信心: stood firm in its confidence in development');
  });

  it('takes an unchanged plan from the cache, byte for byte what a fresh run writes, and redoes a changed one', () => {
    const [fresh, cached, edited] = [mkdtempSync(join(tmpdir(), 's-')), mkdtempSync(join(tmpdir(), 's-')), mkdtempSync(join(tmpdir(), 's-'))];
    expect(summarize('--fresh', '--out', fresh).status).toBe(0);
    const second = summarize('--out', cached);
    expect(second.stdout).toContain('2 of 2 plans unchanged since an earlier run');
    for (const file of ['2021.json', '2022.json', '2021.rendering.json', '2022.rendering.json']) expect(readFileSync(join(cached, file), 'utf8')).toBe(readFileSync(join(fresh, file), 'utf8'));
    // A termbase entry the 2022 plan's title needs, reworded: no plan is taken from the cache, and the new wording is written.
    const termbase = mkdtempSync(join(tmpdir(), 'termbase-'));
    cpSync('content/termbase', termbase, { recursive: true });
    const sections = readFileSync(join(termbase, 'sections.yaml'), 'utf8');
    const line = sections.split('\n').find((l) => l.startsWith('产业发展不断加速:'))!;
    writeFileSync(join(termbase, 'sections.yaml'), sections.replace(line, '产业发展不断加速: Industry gathered pace'));
    const third = summarize('--termbase', termbase, '--out', edited);
    expect(third.status).toBe(0);
    expect(third.stdout).toContain('0 of 2 plans unchanged since an earlier run');
    expect(readFileSync(join(edited, '2022.json'), 'utf8')).toContain('Industry gathered pace');
  });
});
