/**
 * Round trip: every character of each source is in the generated pages, in order, except what
 * the ingest logged as a normalization. The pages' text is read back from the committed MDX
 * (frontmatter headings and the text literals of the bodies), not from the parser's memory.
 */
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { textOfMdx } from '../../src/lib/ingest/mdx-text.ts';
import { SEED_FILES, seedPath, type SeedYear } from '../helpers/seeds.ts';

interface Normalization {
  kind: string;
  line: number;
  before: string;
  after: string;
}

function readMdx(path: string): { data: Record<string, unknown>; body: string } {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8'))!;
  return { data: parseYaml(front!) as Record<string, unknown>, body: body! };
}

/** The pages of one plan as a list of text units (a notice line, a heading, a paragraph), in reading order. */
function pagesText(year: SeedYear): { units: string[]; normalizations: Normalization[] } {
  const index = readMdx(`content/plans/${year}/index.mdx`);
  const units = textOfMdx(index.body);
  for (const part of index.data['parts'] as { index: number; heading_zh: string }[]) {
    units.push(part.heading_zh);
    for (const id of (index.data['sections'] as string[]).filter((s) => s.startsWith(`${part.index}-`))) {
      const section = readMdx(`content/plans/${year}/${id}.mdx`);
      if (section.data['heading_zh']) units.push(section.data['heading_zh'] as string);
      // One paragraph per block; its literals (text, [sic] passages, subscripts) make one unit.
      // Charts between paragraphs are blocks of their own and hold no source text.
      units.push(...section.body.split(/\n\n+/).filter((p) => p.trimStart().startsWith('<Para ')).map((p) => textOfMdx(p).join('')));
    }
  }
  return { units, normalizations: index.data['normalizations'] as Normalization[] };
}

describe.each(Object.keys(SEED_FILES).map(Number) as SeedYear[])('fidelity of the %i plan', (year) => {
  const { units, normalizations } = pagesText(year);
  const ofKind = (kind: string) => normalizations.filter((n) => n.kind === kind);

  it('holds every character of the source, in order, but for the logged normalizations', () => {
    const sourceLines = readFileSync(seedPath(year), 'utf8').split('\n').map((text, i) => ({ line: i + 1, text }));
    const expected = sourceLines
      .filter(({ text }) => text.trim() !== '')
      .map(({ line, text }) => {
        const mark = ofKind('heading-mark').find((n) => n.line === line);
        let normalized = mark ? text.slice(mark.before.length) : text;
        for (const n of ofKind('markup').filter((m) => m.line === line)) normalized = normalized.replace(n.before, n.after);
        return normalized;
      });
    expect(units.join('')).toBe(expected.join(''));
    expect(expected.length - units.length).toBe(ofKind('page-break-join').length);
  });

  it('logs only # marks, PM2.5 markup and page-break joins', () => {
    expect(normalizations.every((n) => ['heading-mark', 'markup', 'page-break-join'].includes(n.kind))).toBe(true);
    for (const n of ofKind('heading-mark')) expect(n.before).toMatch(/^#{1,6} $/);
    for (const n of ofKind('markup')) expect(n.after).toBe('PM2.5');
    for (const n of ofKind('page-break-join')) expect(n.before).toBe('\n');
  });
});
