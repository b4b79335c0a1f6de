/**
 * The English the site publishes, read from the built pages and data files: every mention of
 * every name in /data/entities.json shows that name's English in its paragraph's English twin;
 * English paragraphs hold no Chinese; the clause spans of /data/rendering.json cover the text;
 * and the listing pages link each name, sector and term to paragraphs that exist.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getElementById, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { DIST_DIR, readDistJson } from './dist.ts';

interface Mention {
  plan: number;
  section: string;
  paragraph: string;
  url_en: string;
}
interface Entity {
  id: string;
  zh: string;
  en: string;
  kind: string;
  mentions: Mention[];
}

const pages = new Map<string, ReturnType<typeof parseDocument>>();
function page(path: string) {
  const file = join(DIST_DIR, path.replace(/^\//, '').replace(/#.*$/, ''), 'index.html');
  if (!pages.has(file)) pages.set(file, parseDocument(readFileSync(file, 'utf8')));
  return pages.get(file)!;
}

/** A place may drop its generic word and a name its bracketed abbreviation, as the rendering gate allows. */
function forms(en: string): string[] {
  const short = en.replace(/ \([^)]*\)$/, '');
  const place = short.replace(/ (?:District|Town|Subdistrict|Village|County|City|Province|Municipality)$/, '');
  return [...new Set([en, short, place])].map((f) => f.toLowerCase());
}

test('every mention of every name shows its English on the English page, in the paragraph beside its Chinese', () => {
  const { entities } = readDistJson<{ entities: Entity[] }>('data/entities.json');
  expect(entities.length).toBeGreaterThan(100);
  const missing: string[] = [];
  let checked = 0;
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const paragraph = getElementById(`en-${mention.paragraph}`, page(mention.url_en).children);
      const text = paragraph ? textContent(paragraph).toLowerCase() : '';
      checked++;
      if (!forms(entity.en).some((form) => text.includes(form))) missing.push(`${mention.url_en}: ${entity.zh} → "${entity.en}"`);
    }
  }
  expect(missing, `${missing.length} of ${checked} mentions`).toEqual([]);
});

test('English paragraphs hold no Chinese, and every Chinese paragraph has its English twin', () => {
  const { plans } = readDistJson<{ plans: { sections: { url_en: string }[] }[] }>('data/plans.json');
  const problems: string[] = [];
  for (const { url_en } of plans.flatMap((p) => p.sections)) {
    const html = readFileSync(join(DIST_DIR, url_en.replace(/^\//, ''), 'index.html'), 'utf8');
    const zh = [...html.matchAll(/<p id="(p\d+-\d+-\d+)"/g)].map((m) => m[1]!);
    for (const id of zh) {
      const english = getElementById(`en-${id}`, page(url_en).children);
      if (!english) problems.push(`${url_en}: no English twin for ${id}`);
      else if (/\p{Script=Han}/u.test(textContent(english))) problems.push(`${url_en}#en-${id}: Chinese in English: ${textContent(english).match(/\p{Script=Han}+/u)![0]}`);
    }
  }
  expect(problems).toEqual([]);
});

test('/data/rendering.json gives every clause its exact span, its English and what rendered it', () => {
  const { plans } = readDistJson<{ plans: { plan: number; sections: { paragraphs: { id: string; segments: { zh: string; start: number; end: number; en: string | null; via: string | null }[] }[] }[] }[] }>('data/rendering.json');
  for (const plan of plans) {
    for (const paragraph of plan.sections.flatMap((s) => s.paragraphs)) {
      for (const segment of paragraph.segments) {
        expect(segment.end - segment.start, `${plan.plan} ${paragraph.id}`).toBe(segment.zh.length);
        expect(['template', 'composed', 'exact', 'figures', null]).toContain(segment.via);
      }
    }
  }
});

test('the listings link each name, sector and term to a paragraph that exists, in both languages', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const listing of ['projects', 'sectors', 'glossary']) {
      const html = readFileSync(join(DIST_DIR, lang, listing, 'index.html'), 'utf8');
      const links = [...html.matchAll(/href="([^"]*\/(\d{4})\/(\d+-\d+)\/#((?:en-)?p[\d-]+))"/g)];
      expect(links.length, `${lang}/${listing}/ links paragraphs`).toBeGreaterThan(5);
      for (const [, href, , , anchor] of links) {
        expect(getElementById(anchor!, page(href!.replace(/^.*?\/(zh|en)\//, '$1/')).children), `${lang}/${listing}/: ${href}`).not.toBeNull();
      }
    }
  }
});
