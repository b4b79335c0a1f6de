/**
 * The ingest CLI on bad input: each case must fail with `error: file:line: …`, exit non-zero,
 * and leave the output directory exactly as it was. Fixtures are made from the 2021 seed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED_FILES } from '../helpers/seeds.ts';

const SEED = readFileSync(`content/sources/${SEED_FILES[2021]}`);
const CATALOG = readFileSync('content/sources/plans.yaml', 'utf8');
const FILE = SEED_FILES[2021];

let work: string;

/**
 * A sources dir holding the seeds with `bytes` as the 2021 plan, catalogued with their true hash
 * unless told otherwise. The 2022 plan stays, since charts follow indicators across plans.
 */
function writeSources(bytes: Uint8Array, sha256 = createHash('sha256').update(bytes).digest('hex')): string {
  const dir = join(work, 'sources');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, FILE), bytes);
  writeFileSync(join(dir, SEED_FILES[2022]), readFileSync(`content/sources/${SEED_FILES[2022]}`));
  const start = CATALOG.indexOf(`- file: ${FILE}`);
  const end = CATALOG.indexOf(`- file: ${SEED_FILES[2022]}`);
  const entry = CATALOG.slice(start, end).replace(/sha256: \w+/, `sha256: ${sha256}`);
  writeFileSync(join(dir, 'plans.yaml'), CATALOG.slice(0, start) + entry + CATALOG.slice(end));
  return dir;
}

function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(files.map((d) => join(d.parentPath, d.name)).sort().map((path) => [relative(dir, path), readFileSync(path).toString('base64')]));
}

function ingest(sources: string, ...flags: string[]) {
  return ingestWith([], {}, sources, ...flags);
}

function ingestWith(nodeFlags: string[], env: Record<string, string>, sources: string, ...flags: string[]) {
  const out = join(work, 'out');
  const result = spawnSync(process.execPath, [...nodeFlags, 'scripts/ingest.ts', '--sources', sources, '--out', out, ...flags], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout, out };
}

/** Runs the ingest on bad input and checks the three promises: message, exit code, output untouched. */
function expectRefused(bytes: Uint8Array, message: RegExp, sha256?: string): void {
  const sources = writeSources(bytes, sha256);
  const before = snapshot(join(work, 'out'));
  const { status, stderr } = ingest(sources);
  expect(status).not.toBe(0);
  expect(stderr).toMatch(message);
  expect(stderr).not.toMatch(/at .*\.ts:\d+/); // a message, not a stack trace
  expect(snapshot(join(work, 'out'))).toEqual(before);
}

const text = SEED.toString('utf8');
const edit = (change: (t: string) => string) => Buffer.from(change(text), 'utf8');
const sourcePath = () => join(work, 'sources', FILE).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'ingest-'));
  // A previous good run's output, which a failed run must leave alone.
  cpSync('content/plans', join(work, 'out'), { recursive: true });
});

afterEach(() => {
  work = '';
});

describe('ingest refuses bad input', () => {
  it('an empty file', () => expectRefused(new Uint8Array(), new RegExp(`error: ${sourcePath()}: the file is empty`)));

  it('a GBK-encoded file', () => {
    // 西青区 in GBK, after a valid first line.
    const gbk = Buffer.concat([Buffer.from('\n\n', 'utf8'), Buffer.from([0xce, 0xf7, 0xc7, 0xe0, 0xc7, 0xf8])]);
    expectRefused(gbk, new RegExp(`error: ${sourcePath()}:3: not valid UTF-8 \\(byte 0xce`));
  });

  it('a binary file', () => expectRefused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), new RegExp(`${sourcePath()}:3: a NUL byte`)));

  it('a file with no part headings', () =>
    expectRefused(edit((t) => t.replace('## 一、', '').replace('## 二、', '')), new RegExp(`${sourcePath()}:3: no part heading`)));

  it('duplicated numbering', () =>
    expectRefused(edit((t) => t.replace('#### （五）', '#### （四）')), new RegExp(`${sourcePath()}:69: duplicated numbering: sub-section （四） again \\(also at line 55\\)`)));

  it('skipped numbering', () =>
    expectRefused(edit((t) => t.replace('#### （五）', '#### （六）')), new RegExp(`${sourcePath()}:69: numbering skips: sub-section （六） where number 5 was expected`)));

  it('a truncated file (cut mid-sentence)', () =>
    expectRefused(Buffer.from(text.slice(0, text.indexOf('开展流行病学调查') + 4), 'utf8'), new RegExp(`${sourcePath()}:21: the file ends mid-sentence`)));

  it('a truncated file (cut after part one)', () =>
    expectRefused(Buffer.from(text.slice(0, text.indexOf('## 二、')), 'utf8'), new RegExp(`${sourcePath()}:105: only one part`)));

  it('a source that does not match its catalogued SHA-256', () =>
    expectRefused(SEED, new RegExp(`${sourcePath()}: SHA-256 ${createHash('sha256').update(SEED).digest('hex')} does not match f{64}`), 'f'.repeat(64)));
});

describe('ingest refuses unreadable and aliased data files, naming file and line', () => {
  const catalogPath = () => join(work, 'sources', 'plans.yaml');
  const escaped = (path: string) => path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('a missing catalogue', () => {
    const sources = writeSources(SEED);
    rmSync(catalogPath());
    const { status, stderr } = ingest(sources);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: ${escaped(catalogPath())}: no such file$`, 'm'));
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('a missing errata file', () => {
    const missing = join(work, 'no-errata.yaml');
    const { status, stderr } = ingest(writeSources(SEED), '--errata', missing);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: ${escaped(missing)}: no such file$`, 'm'));
  });

  it('a YAML alias bomb in the catalogue', () => {
    const sources = writeSources(SEED);
    const levels = Array.from({ length: 9 }, (_, i) => `  l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`);
    const bomb = ['- bomb: &l0 lol', ...levels].join('\n');
    writeFileSync(catalogPath(), `${bomb}\n${readFileSync(catalogPath(), 'utf8')}`);
    const before = snapshot(join(work, 'out'));
    const { status, stderr } = ingest(sources);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: ${escaped(catalogPath())}:2: YAML alias \\*l0: aliases are not read in this file`, 'm'));
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(snapshot(join(work, 'out'))).toEqual(before);
  });

  it('an alias in a catalogue entry, which would hide that two entries share a value', () => {
    const sources = writeSources(SEED);
    const district = 'district: { zh: 西青区, en: Xiqing District }';
    const catalog = readFileSync(catalogPath(), 'utf8').replace(district, 'district: &xiqing { zh: 西青区, en: Xiqing District }').replace(district, 'district: *xiqing');
    writeFileSync(catalogPath(), catalog);
    const line = catalog.split('\n').findIndex((l) => l.includes('*xiqing')) + 1;
    const { status, stderr } = ingest(sources);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: ${escaped(catalogPath())}:${line}: YAML alias \\*xiqing`, 'm'));
  });

  it('an alias bomb in a termbase file', () => {
    const termbase = join(work, 'termbase');
    cpSync('content/termbase', termbase, { recursive: true });
    const labels = join(termbase, 'labels.yaml');
    writeFileSync(labels, `${readFileSync(labels, 'utf8')}\n"炸弹": &b0 {en: x}\n"炸弹二": [*b0, *b0, *b0]\n`);
    const { status, stderr } = ingest(writeSources(SEED), '--termbase', termbase);
    expect(status).toBe(1);
    expect(stderr).toMatch(new RegExp(`^error: ${escaped(labels)}:\\d+: YAML alias \\*b0`, 'm'));
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe('ingest refuses invisible characters (bidi controls, zero-width) where text enters', () => {
  it('in a plan title, which would reach <title> unseen', () => {
    const title = text.split('\n').find((line) => line.includes('2021 年国民经济和社会发展规划') && !line.includes('通知'))!;
    const line = text.split('\n').indexOf(title) + 1;
    expectRefused(edit((t) => t.replace(title, title.replace('西青区', '西青\u202e区'))), new RegExp(`${sourcePath()}:${line}: column \\d+: an invisible character, U\\+202E RIGHT-TO-LEFT OVERRIDE`));
  });

  it('in the errata and in a termbase key, which a stub would print invisibly', () => {
    const errata = join(work, 'errata.yaml');
    writeFileSync(errata, readFileSync('content/errata.yaml', 'utf8').replace('reading:', 'reading: \u200b'));
    const inErrata = ingest(writeSources(SEED), '--errata', errata);
    expect(inErrata.status).toBe(1);
    expect(inErrata.stderr).toMatch(/errata\.yaml:\d+: column \d+: an invisible character, U\+200B ZERO WIDTH SPACE/);
    const termbase = join(work, 'termbase');
    cpSync('content/termbase', termbase, { recursive: true });
    writeFileSync(join(termbase, 'labels.yaml'), `${readFileSync(join(termbase, 'labels.yaml'), 'utf8')}\n"地区\u200d生产总值": { en: GDP }\n`);
    const inTermbase = ingest(writeSources(SEED), '--termbase', termbase);
    expect(inTermbase.status).toBe(1);
    expect(inTermbase.stderr).toMatch(/labels\.yaml:\d+: column \d+: an invisible character, U\+200D ZERO WIDTH JOINER/);
  });
});

describe('ingest on a full disk', () => {
  it('fails naming the path, leaves the output as it was and no temporary files', () => {
    // Changed output, so the run has files to write; the disk fills after three of them.
    const sources = writeSources(edit((t) => t.replace('开展流行病学调查', '开展流行病学调查工作')));
    const before = snapshot(join(work, 'out'));
    const { status, stderr } = ingestWith(['--import', './tests/helpers/full-disk.ts'], { FULL_DISK_AFTER: '3' }, sources);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^error: .*\.mdx: cannot write \(ENOSPC: no space left on device.*\); .*out is unchanged$/m);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(snapshot(join(work, 'out'))).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(['out', 'sources']);
  });
});

describe('ingest accepts harmless variants', () => {
  it('a byte-order mark and CRLF line ends give the same pages', () => {
    const variant = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'), 'utf8')]);
    const sha256 = createHash('sha256').update(variant).digest('hex');
    const { status, out } = ingest(writeSources(variant));
    expect(status).toBe(0);
    const pages = snapshot(out);
    for (const [file, content] of Object.entries(snapshot('content/plans/2021'))) {
      const expected = Buffer.from(content, 'base64').toString('utf8').replaceAll(createHash('sha256').update(SEED).digest('hex'), sha256).replace(/bytes: \d+/, `bytes: ${variant.length}`);
      expect(Buffer.from(pages[join('2021', file)]!, 'base64').toString('utf8'), file).toBe(expected);
    }
  });

  it('--check passes on current output and fails, naming the file, on stale output', () => {
    const sources = writeSources(SEED);
    expect(ingest(sources, '--check').status).toBe(0);
    writeFileSync(join(work, 'out', '2021', '1-1.mdx'), 'edited by hand');
    const stale = ingest(sources, '--check');
    expect(stale.status).toBe(1);
    expect(stale.stderr).toContain('changed: 2021/1-1.mdx');
    expect(readFileSync(join(work, 'out', '2021', '1-1.mdx'), 'utf8')).toBe('edited by hand');
  });
});
