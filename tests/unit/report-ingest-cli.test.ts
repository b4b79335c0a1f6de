/**
 * The ingest on bad input in the report genre: a report with no parts, a dateline that cannot be
 * read, two catalogue entries for one year, a genre the catalogue names but the text contradicts.
 * Each must fail with `error: file:line: …`, exit non-zero, and leave the content tree's
 * generated pages exactly as a previous good run left them.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturePath, fixtureText, lineOf } from '../helpers/genre-fixtures.ts';

const REPORT = fixtureText('report');
const CATALOG = readFileSync('tests/fixtures/genres/report-tree/sources/plans.yaml', 'utf8');

let tree: string;

function ingest() {
  const result = spawnSync(process.execPath, ['scripts/ingest.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: tree } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
  return Object.fromEntries(files.map((d) => join(d.parentPath, d.name)).sort().map((path) => [relative(dir, path), readFileSync(path, 'utf8')]));
}

/** Writes the report as `text`, catalogued with its true hash, and the catalogue edited by `catalog`. */
function writeReport(text: string, catalog: (yaml: string) => string = (yaml) => yaml): string {
  const path = join(tree, 'sources/report.zh.txt');
  writeFileSync(path, text);
  const sha256 = createHash('sha256').update(text).digest('hex');
  writeFileSync(join(tree, 'sources/plans.yaml'), catalog(CATALOG.replace(/sha256: \w+/, `sha256: ${sha256}`)));
  return path;
}

function expectRefused(message: string | RegExp): void {
  const before = snapshot(join(tree, 'plans'));
  const { status, stderr } = ingest();
  expect(status).not.toBe(0);
  if (typeof message === 'string') expect(stderr).toBe(`error: ${message}\n`);
  else expect(stderr).toMatch(message);
  expect(snapshot(join(tree, 'plans'))).toEqual(before);
}

beforeEach(() => {
  tree = join(mkdtempSync(join(tmpdir(), 'report-ingest-')), 'content');
  cpSync('tests/fixtures/genres/report-tree', tree, { recursive: true });
  cpSync(fixturePath('report'), join(tree, 'sources/report.zh.txt'));
  // A previous good run's output, which a failed run must leave alone.
  const good = ingest();
  if (good.status !== 0) throw new Error(good.stderr);
});

afterEach(() => rmSync(join(tree, '..'), { recursive: true, force: true }));

describe('ingest refuses a bad report', () => {
  it('a report with no parts', () => {
    const path = writeReport(REPORT.replace(/^[一二三]、/gm, ''));
    expectRefused(`${path}:1: no part heading such as "一、2018年国民经济和社会发展计划执行情况": the plan's structure cannot be read`);
  });

  it('a dateline that cannot be read', () => {
    const text = REPORT.replace('——2019年1月15日在', '——2019年1月在');
    const path = writeReport(text);
    expectRefused(
      `${path}:${lineOf(text, '——2019年1月在')}: the dateline "——2019年1月在西青区第十七届人民代表大会第四次会议上" cannot be read: expected the day and the session, as in "——2019年1月15日在西青区第十七届人民代表大会第四次会议上"`,
    );
  });

  it('two catalogue entries for one year', () => {
    writeReport(REPORT, (yaml) => `${yaml}${yaml.slice(yaml.indexOf('- file:')).replace('file: report.zh.txt', 'file: report-copy.zh.txt')}`);
    const catalog = join(tree, 'sources/plans.yaml');
    const second = lineOf(readFileSync(catalog, 'utf8'), 'file: report-copy.zh.txt');
    expectRefused(`${catalog}:${second}: a second plan for 2019 (the first is at line ${lineOf(CATALOG, 'file: report.zh.txt')})`);
  });

  it('a genre the catalogue names but the text contradicts', () => {
    const path = writeReport(REPORT, (yaml) => yaml.replace('genre: npc-report', 'genre: notice-plan'));
    expectRefused(new RegExp(`^error: ${path}:1: .*plans\\.yaml \\(report\\.zh\\.txt\\) gives genre notice-plan, but the document opens like a report to the people's congress \\(npc-report\\) at line 1`));
  });

  it('a catalogue entry that lacks what the document states, or states what it has not', () => {
    const path = writeReport(REPORT, (yaml) => yaml.replace(/ {2}presented_to_zh: .*\n/, ''));
    expectRefused(`${path}:${lineOf(REPORT, '——2019年')}: ${join(tree, 'sources/plans.yaml')} lacks presented_to_zh: the document says "西青区第十七届人民代表大会第四次会议"`);
    writeReport(REPORT, (yaml) => yaml.replace('  reviews_year: 2018\n', '  reviews_year: 2018\n  approved_by_zh: 西青区第十七届人民代表大会第四次会议\n'));
    expectRefused(new RegExp(`gives approved_by_zh "西青区第十七届人民代表大会第四次会议", but the document, a report to the people's congress, states none`));
  });
});
