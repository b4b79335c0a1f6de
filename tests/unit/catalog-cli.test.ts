/**
 * `npm run catalog -- add <file>` then `npm run ingest`, with CONTENT_DIR at a copy of content/:
 * each genre fixture is catalogued from what the document says and ingested into the parts and
 * sections it must parse to. What cannot be read is printed; a document the ingest would refuse,
 * a second plan for a year and a source catalogued twice are refused with nothing written.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedStructure, fixturePath, fixtureText, GENRE_FIXTURES } from '../helpers/genre-fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'catalog-'));
const tree = join(work, 'content');

function run(script: string, args: string[], contentDir = tree) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(files.map((d) => join(d.parentPath, d.name)).sort().map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')]));
}

function frontmatter(path: string): Record<string, unknown> {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(path, 'utf8'))![1]!) as Record<string, unknown>;
}

const added: Record<string, ReturnType<typeof run>> = {};
let ingested: ReturnType<typeof run>;

beforeAll(() => {
  for (const part of ['sources', 'termbase', 'errata.yaml']) cpSync(join('content', part), join(tree, part), { recursive: true });
  // A district the termbase has never met is a memory task: its English name goes into names.yaml.
  appendFileSync(join(tree, 'termbase/names.yaml'), '北辰区: { en: Beichen District, kind: place }\n');
  for (const name of GENRE_FIXTURES) added[name] = run('scripts/catalog.ts', ['add', fixturePath(name)]);
  ingested = run('scripts/ingest.ts', []);
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('catalog add, then ingest', () => {
  it.each(GENRE_FIXTURES)('catalogues %s from what the document says', (name) => {
    const expected = expectedStructure(name);
    expect(added[name]!.status, added[name]!.stderr).toBe(0);
    expect(added[name]!.stdout).toContain('read everything the catalogue needs off the document');
    const entries = parse(readFileSync(join(tree, 'sources/plans.yaml'), 'utf8')) as Record<string, unknown>[];
    const entry = entries.find((e) => e['file'] === `${name}.zh.txt`)!;
    const bytes = readFileSync(fixturePath(name));
    expect(entry).toMatchObject({ genre: expected.genre, year: expected.year, reviews_year: expected.reviews_year, ...expected.fields, sha256: createHash('sha256').update(bytes).digest('hex') });
    expect(readFileSync(join(tree, 'sources', `${name}.zh.txt`))).toEqual(bytes);
  });

  it('says where a value not printed in the document came from', () => {
    expect(added.report!.stdout).toMatch(/took city 天津市 as the catalogue's entry at line \d+ gives it for 西青区/);
  });

  it.each(GENRE_FIXTURES)('ingests %s into its parts and sections', (name) => {
    expect(ingested.status, ingested.stderr).toBe(0);
    const expected = expectedStructure(name);
    const dir = join(tree, 'plans', String(expected.year));
    const index = frontmatter(join(dir, 'index.mdx'));
    expect((index['parts'] as { numeral: string; role: string; title_zh: string }[]).map(({ numeral, role, title_zh }) => ({ numeral, role, title_zh }))).toEqual(
      expected.parts.map(({ numeral, role, title_zh }) => ({ numeral, role, title_zh })),
    );
    expect(index['sections']).toEqual(Object.keys(expected.sections));
    for (const [id, [kind, title, lines]] of Object.entries(expected.sections)) {
      const section = frontmatter(join(dir, `${id}.mdx`));
      expect([section['kind'], section['title_zh'], (section['paragraphs'] as { line: number }[]).map((p) => p.line)], id).toEqual([kind, title, lines]);
    }
    expect(((index['decisions'] ?? []) as { line: number; kind: string }[]).filter((d) => d.kind !== 'genre').map((d) => [d.line, d.kind])).toEqual(expected.decisions);
  });

  it('logs the heading readings and decisions as it ingests', () => {
    expect(ingested.stdout).toContain(`${tree}/sources/older-plan.zh.txt:19: read heading numbering (一) as （一）`);
    expect(ingested.stdout).toMatch(new RegExp(`${tree}/sources/long-heading\\.zh\\.txt:17: decided: a sub-section heading of 68 characters`));
  });
});

describe('catalog add on what it cannot fully read', () => {
  it('writes what it read and prints what it could not', () => {
    const lone = join(work, 'lone');
    mkdirSync(join(lone, 'sources'), { recursive: true });
    cpSync('content/termbase', join(lone, 'termbase'), { recursive: true });
    writeFileSync(join(lone, 'sources/plans.yaml'), '');
    const result = run('scripts/catalog.ts', ['add', fixturePath('report')], lone);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`could not read, fill in at ${lone}/sources/plans.yaml:1 before the ingest:\n  city (the document does not name the city of 西青区, and no entry of the catalogue does)`);
    const [entry] = parse(readFileSync(join(lone, 'sources/plans.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(entry).not.toHaveProperty('city');
    expect(entry).toMatchObject({ district: { zh: '西青区', en: 'Xiqing District' }, year: 2019 });
  });
});

describe('catalog add refuses, writing nothing', () => {
  const refused = (file: string, message: RegExp) => {
    const before = snapshot(tree);
    const result = run('scripts/catalog.ts', ['add', file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(snapshot(tree)).toEqual(before);
  };
  const variant = (name: string, text: string) => {
    const path = join(work, name);
    writeFileSync(path, text);
    return path;
  };

  it('a source already catalogued', () => refused(fixturePath('report'), /^error: .*plans\.yaml:\d+: tests\/fixtures\/genres\/report\.zh\.txt is already catalogued as report\.zh\.txt/));

  it('a second plan for a year already catalogued', () =>
    refused(variant('report-again.zh.txt', `${fixtureText('report')}\n`), /^error: .*plans\.yaml:\d+: two catalogue entries for one year: report\.zh\.txt is already the plan for 2019/));

  it('a report with no parts', () => {
    const text = fixtureText('report').replace(/^[一二三]、/gm, '');
    refused(variant('no-parts.zh.txt', text), /^error: .*no-parts\.zh\.txt:1: no part heading such as "一、2018年国民经济和社会发展计划执行情况"/);
  });
});
