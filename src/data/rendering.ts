/**
 * The full English rendering (`content/summaries/<year>.rendering.json`) as the pages see it:
 * each paragraph's English by plan and paragraph id, and the names, sectors and policy terms of
 * every plan merged into one list each, their mentions pointing at plan, section and paragraph.
 * Loaded once per build; the generator did the work, the pages only look up.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { contentPath } from '../lib/content-root.ts';
import { paths } from '../lib/site/site-paths.ts';
import type { Piece } from '../lib/english/clause-grammar.ts';
import type { EntityRecord, Mention, ParagraphRecord, RenderingFile, SectorRecord, TermRecord } from '../lib/english/rendering-file.ts';
import { href } from './links.ts';

const DIR = contentPath('summaries');

export interface PlanMention extends Mention {
  plan: number;
}

type Listed<T> = Omit<T, 'mentions'> & { mentions: PlanMention[] };
export type ListedEntity = Listed<EntityRecord>;
export type ListedSector = Listed<SectorRecord>;
export type ListedTerm = Listed<TermRecord>;

interface Renderings {
  files: RenderingFile[];
  paragraphs: Map<string, ParagraphRecord>;
  entities: ListedEntity[];
  sectors: ListedSector[];
  terms: ListedTerm[];
  entityById: Map<string, ListedEntity>;
  termById: Map<string, ListedTerm>;
}

let cached: Renderings | undefined;

/** Merges one kind of record across plans by id, plans newest first. */
function merged<T extends { id: string; mentions: Mention[] }>(files: RenderingFile[], pick: (file: RenderingFile) => T[]): Listed<T>[] {
  const byId = new Map<string, Listed<T>>();
  for (const file of files) {
    for (const record of pick(file)) {
      const mentions = record.mentions.map((m) => ({ plan: file.plan, ...m }));
      const existing = byId.get(record.id);
      if (existing) existing.mentions.push(...mentions);
      else byId.set(record.id, { ...record, mentions });
    }
  }
  return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}

function load(): Renderings {
  const files = existsSync(DIR)
    ? readdirSync(DIR)
        .filter((f) => f.endsWith('.rendering.json'))
        .map((f) => JSON.parse(readFileSync(`${DIR}/${f}`, 'utf8')) as RenderingFile)
        .sort((a, b) => b.plan - a.plan)
    : [];
  const paragraphs = new Map<string, ParagraphRecord>();
  for (const file of files) for (const section of file.sections) for (const p of section.paragraphs) paragraphs.set(`${file.plan}/${p.id}`, p);
  const entities = merged(files, (f) => f.entities);
  const terms = merged(files, (f) => f.terms);
  return {
    files,
    paragraphs,
    entities,
    sectors: merged(files, (f) => f.sectors),
    terms,
    entityById: new Map(entities.map((e) => [e.id, e])),
    termById: new Map(terms.map((t) => [t.id, t])),
  };
}

export function renderings(): Renderings {
  cached ??= load();
  return cached;
}

/** Kinds of name an investor looks for; these are listed on the projects page. */
export const LISTED_KINDS = ['project', 'company', 'zone', 'land', 'venue', 'institution', 'university'] as const;

export function isListedKind(kind: string): boolean {
  return (LISTED_KINDS as readonly string[]).includes(kind);
}

/** A paragraph's English, or undefined while none is generated. */
export function paragraphEnglish(plan: number, paragraph: string): ParagraphRecord | undefined {
  return renderings().paragraphs.get(`${plan}/${paragraph}`);
}

/** Mentions with the public path of the paragraph in each language, as the data files give them. */
export function mentionsWithUrls(mentions: PlanMention[]): (PlanMention & { url_zh: string; url_en: string })[] {
  return mentions.map((m) => ({ ...m, url_zh: `${paths.section('zh', m.plan, m.section)}#${m.paragraph}`, url_en: `${paths.section('en', m.plan, m.section)}#en-${m.paragraph}` }));
}

/**
 * Where a name, sector or policy term of the English links: a listed name to its entry on the
 * projects page, a sector to the sectors page, a term to its explanation in the glossary.
 */
export function referenceHref(ref: NonNullable<Piece['ref']>): string | undefined {
  if (ref.kind === 'entity') {
    const entity = renderings().entityById.get(ref.id);
    return entity && isListedKind(entity.kind) ? `${href.projects('en')}#${ref.id}` : undefined;
  }
  if (ref.kind === 'sector') return `${href.sectors('en')}#${ref.id}`;
  if (ref.kind === 'term') return `${href.glossary('en')}#${ref.id}`;
  return undefined;
}

/** The names, sectors and terms a section's English links to, each once, in the order they first appear. */
export function sectionReferences(plan: number, section: string): { text: string; href: string }[] {
  const file = renderings().files.find((f) => f.plan === plan);
  const references = new Map<string, string>();
  for (const paragraph of file?.sections.find((s) => s.section === section)?.paragraphs ?? []) {
    for (const piece of paragraph.sentences.flat()) {
      const target = piece.ref && referenceHref(piece.ref);
      if (target && !references.has(target)) references.set(target, piece.text);
    }
  }
  return [...references].map(([target, text]) => ({ text, href: target }));
}

/** Plans whose mentions a list shows in full; those of earlier plans are counted and left to the data file. */
export const MENTIONED_PLANS_SHOWN = 3;

/**
 * The mentions a page lists: all those of the newest plans that mention the name, and how many
 * more the earlier plans hold. Without the cap, a name the plans repeat year after year would
 * list a link for every paragraph of every plan, and the page would grow with the archive.
 */
export function shownMentions(mentions: readonly PlanMention[], plans = MENTIONED_PLANS_SHOWN): { shown: PlanMention[]; more: number; morePlans: number } {
  const newest = [...new Set(mentions.map((m) => m.plan))].sort((a, b) => b - a).slice(0, plans);
  const shown = mentions.filter((m) => newest.includes(m.plan));
  return { shown, more: mentions.length - shown.length, morePlans: new Set(mentions.filter((m) => !newest.includes(m.plan)).map((m) => m.plan)).size };
}
