/**
 * A plan's English rendering as `content/summaries/<year>.rendering.json` stores it: every
 * paragraph's English sentences (runs marked where they render a name, sector, policy term or
 * figure), every segment with its exact span and what rendered it, and an index of the names,
 * sectors and policy terms the plan mentions, so the pages list and link them without the
 * termbase. Deterministic: the same input gives the same bytes.
 */
import type { Termbase } from '../termbase/termbase.ts';
import type { Piece } from './clause-grammar.ts';
import { slugOf } from './lexicon.ts';
import type { Coverage, RenderedPlan } from './render-plan.ts';
import type { Via } from './render-paragraph.ts';

export interface SegmentRecord {
  zh: string;
  start: number;
  end: number;
  en: string | null;
  via: Via | null;
  entities: string[];
  sectors: string[];
  terms: string[];
  figures: string[];
}

export interface ParagraphRecord {
  id: string;
  /** Whether the first sentence is the paragraph's topic sentence (a headline). */
  topic: boolean;
  sentences: Piece[][];
  segments: SegmentRecord[];
}

export interface Mention {
  section: string;
  paragraph: string;
}

export interface EntityRecord {
  id: string;
  zh: string;
  en: string;
  kind: string;
  transliterated: boolean;
  mentions: Mention[];
}

export interface SectorRecord {
  id: string;
  zh: string[];
  en: string;
  also: string[];
  explain: string | null;
  mentions: Mention[];
}

export interface TermRecord {
  id: string;
  zh: string;
  en: string;
  explain: string;
  mentions: Mention[];
}

export interface RenderingFile {
  plan: number;
  coverage: Coverage;
  sections: { section: string; paragraphs: ParagraphRecord[] }[];
  entities: EntityRecord[];
  sectors: SectorRecord[];
  terms: TermRecord[];
}

const idsOf = (refs: { kind: string; id: string }[], kind: string) => [...new Set(refs.filter((r) => r.kind === kind).map((r) => r.id))];

/** The file for one rendered plan; names made by rules or spelled in pinyin come with the rendering. */
export function renderingFile(rendered: RenderedPlan, coverage: Coverage, termbase: Pick<Termbase, 'names' | 'sectors' | 'policy'>): RenderingFile {
  const entities = new Map<string, EntityRecord>();
  const sectors = new Map<string, SectorRecord>();
  const terms = new Map<string, TermRecord>();
  // Several printed forms may share one English (天津, 天津市): the first listed names the entry.
  const firstById = <T extends { en: string }>(entries: ReadonlyMap<string, T>) => {
    const byId = new Map<string, T & { zh: string }>();
    for (const [zh, entry] of entries) if (!byId.has(slugOf(entry.en))) byId.set(slugOf(entry.en), { zh, ...entry });
    return byId;
  };
  const names = firstById(termbase.names);
  const policy = firstById(termbase.policy);
  const mention = (list: { mentions: Mention[] }, where: Mention) => {
    const last = list.mentions.at(-1);
    if (!last || last.section !== where.section || last.paragraph !== where.paragraph) list.mentions.push(where);
  };
  const sections = rendered.sections.map(({ section, paragraphs }) => ({
    section,
    paragraphs: paragraphs.map((paragraph): ParagraphRecord => {
      const where = { section, paragraph: paragraph.id };
      for (const segment of paragraph.segments) {
        const made = new Map(segment.names.map((n) => [n.id, n]));
        for (const ref of segment.refs) {
          if (ref.kind === 'entity') {
            const name = names.get(ref.id);
            const record = entities.get(ref.id) ?? { id: ref.id, zh: name?.zh ?? made.get(ref.id)!.zh, en: name?.en ?? made.get(ref.id)!.en, kind: name?.kind ?? made.get(ref.id)!.kind, transliterated: Boolean(ref.transliterated), mentions: [] };
            entities.set(ref.id, record);
            mention(record, where);
          } else if (ref.kind === 'sector') {
            const sector = termbase.sectors.get(ref.id)!;
            const record = sectors.get(ref.id) ?? { id: ref.id, zh: sector.zh, en: sector.en, also: sector.also ?? [], explain: sector.explain ?? null, mentions: [] };
            sectors.set(ref.id, record);
            mention(record, where);
          } else if (ref.kind === 'term') {
            const term = policy.get(ref.id)!;
            const record = terms.get(ref.id) ?? { id: ref.id, zh: term.zh, en: term.en, explain: term.explain, mentions: [] };
            terms.set(ref.id, record);
            mention(record, where);
          }
        }
      }
      return {
        id: paragraph.id,
        topic: paragraph.topic,
        sentences: paragraph.sentences,
        segments: paragraph.segments.map((s) => ({
          zh: s.zh,
          start: s.start,
          end: s.end,
          en: s.en,
          via: s.via,
          entities: idsOf(s.refs, 'entity'),
          sectors: idsOf(s.refs, 'sector'),
          terms: idsOf(s.refs, 'term'),
          figures: s.figures,
        })),
      };
    }),
  }));
  const byId = <T extends { id: string }>(map: Map<string, T>) => [...map.values()].sort((a, b) => a.id.localeCompare(b.id));
  return { plan: rendered.plan, coverage, sections, entities: byId(entities), sectors: byId(sectors), terms: byId(terms) };
}
