/**
 * The termbase: curated Chinese→English renderings that the English summaries are composed
 * from, since no translation model exists here (DESIGN.md, "English without a translation
 * model"). One YAML file per kind under `content/termbase/`, each a mapping keyed by the Chinese
 * exactly as printed in the sources (indicators: by a stable id).
 *
 * Translators edit these files by hand, and what they write is what foreign investors read. So
 * the load is strict and every failure names the file and line of the entry
 * (`content/termbase/topics.yaml:12: empty English for 疫情防控坚强有力`): a duplicate key would
 * otherwise silently replace an earlier rendering, a misspelt field would be silently ignored, and
 * an empty rendering or a CJK character in English would leak into the English pages.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { CJK } from '../cjk.ts';
import type { PartRole } from '../plan/plan-model.ts';
import { english, gloss, source, text } from './fields.ts';
import { readEntries } from './load-entries.ts';
import { loadMemory, type Memory } from './memory.ts';
import { TermbaseError } from './termbase-error.ts';

export { TermbaseError };

const sectionSchema = english();

/**
 * A topic phrase may open paragraphs in a review part (past-tense statement, "Epidemic prevention
 * and control was robust") or in a plan part (bare infinitive that completes "The district aims
 * to …"). The two renderings differ, and the same phrase may one day appear in both kinds of
 * part, so an entry holds one rendering per role rather than a single `en` plus a role.
 */
const topicSchema = z
  .strictObject(
    {
      review: english()
        .refine((s) => /^[A-Z0-9]/.test(s), 'review English must start with a capital letter (a statement)')
        .optional(),
      plan: english()
        .refine((s) => /^[a-z]/.test(s), 'plan English must start with a lower-case verb (it completes "The district aims to")')
        .optional(),
    },
    { error: 'expected a mapping { review, plan }' },
  )
  .refine((t) => t.review !== undefined || t.plan !== undefined, 'no English (give `review`, `plan` or both)');

export const NAME_KINDS = [
  'company',
  'government',
  'institution',
  'university',
  'school',
  'place',
  'town',
  'subdistrict',
  'village',
  'waterway',
  'road',
  'transport',
  'zone',
  'project',
  'venue',
  'land',
  'event',
  'brand',
  'honor',
  'document',
] as const;

const nameSchema = z.strictObject(
  { en: english(), kind: z.enum(NAME_KINDS), note: gloss('note').optional(), source },
  { error: 'expected a mapping { en, kind }' },
);

const policySchema = z.strictObject(
  { en: english(), explain: gloss('explanation'), source },
  { error: 'expected a mapping { en, explain }' },
);

const indicatorSchema = z.strictObject(
  {
    zh: z
      .array(text('Chinese name').refine((s) => CJK.test(s), 'Chinese name without Chinese characters'), {
        error: 'zh must be a list of Chinese names',
      })
      .min(1, 'zh needs at least one Chinese name'),
    en: english(),
    unit: english('unit'),
    better: z.enum(['higher', 'lower']),
    /** Shown on the home pages' dashboard. */
    headline: z.boolean().optional(),
    source,
  },
  { error: 'expected a mapping { zh, en, unit, better }' },
);

/**
 * A priority sector the plans name (车联网, 集成电路): a stable id for URLs and data, every
 * Chinese form it is printed in, its English, and the other English forms investors type
 * (abbreviations such as IoV), which search matches too.
 */
const sectorSchema = z.strictObject(
  {
    // Printed forms, not always Chinese characters (5G).
    zh: z.array(text('printed name'), { error: 'zh must be a list of printed names' }).min(1, 'zh needs at least one printed name'),
    en: english(),
    also: z.array(english('other English form')).optional(),
    explain: gloss('explanation').optional(),
    source,
  },
  { error: 'expected a mapping { zh, en, also?, explain? }' },
);

/**
 * A noun phrase of the plans' vocabulary: the leaves the grammar composes clauses from. `mod` is
 * its form before another noun, where English wants an adjective (工业 → industry, industrial).
 */
const nounSchema = z.union([english(), z.strictObject({ en: english(), mod: english('modifier form') })], { error: 'expected the English, or a mapping { en, mod }' });

const phraseSchema = z.strictObject({ en: english(), source }, { error: 'expected a mapping { en }' });

/**
 * A figure label: the Chinese phrase a number measures (`税收`, `疑似病例`) as the extractor reads
 * it. Counts print the number first ("209 suspected cases"), so a count's English is a plural
 * noun phrase; other figures print as "tax revenue: CNY 13.28 billion".
 */
const labelSchema = z.strictObject(
  { en: english().refine((s) => !/\d/.test(s), 'a label carries no number (numbers come from figures)'), indicator: z.string().optional() },
  { error: 'expected a mapping { en, indicator? }' },
);

/**
 * A whole clause translated faithfully, exactly as printed between ，；： and 。: allowed where
 * no template or verb frame fits, and counted apart, since it carries to no other plan.
 */
const clauseSchema = english();

export type TopicEntry = z.infer<typeof topicSchema>;
export type NameEntry = z.infer<typeof nameSchema>;
export type PolicyEntry = z.infer<typeof policySchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type PhraseEntry = z.infer<typeof phraseSchema>;
export type LabelEntry = z.infer<typeof labelSchema>;
export type SectorEntry = z.infer<typeof sectorSchema>;
export type NounEntry = z.infer<typeof nounSchema>;

/** Maps rather than records, so that a lookup of `constructor` or `__proto__` finds nothing. */
export interface Termbase {
  /** The directory the files were read from, for messages that name an entry's file. */
  readonly dir: string;
  /** Each file's keys with their lines (`names.yaml` → 西青区 → 31). */
  readonly lines: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Section and part titles without numbering → English title (sentence case). */
  readonly sections: ReadonlyMap<string, string>;
  /** Paragraph topic phrases without the final 。 → English per part role. */
  readonly topics: ReadonlyMap<string, TopicEntry>;
  /** Proper nouns. */
  readonly names: ReadonlyMap<string, NameEntry>;
  /** Policy terms and slogans, each with a plain-English explanation. */
  readonly policy: ReadonlyMap<string, PolicyEntry>;
  /** Indicator registry by stable kebab-case id. */
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** Other recurring terms. */
  readonly phrases: ReadonlyMap<string, PhraseEntry>;
  /** Figure labels → English noun phrase, and the indicator they measure. */
  readonly labels: ReadonlyMap<string, LabelEntry>;
  /** Whole clauses → faithful English: the memory's last resort, counted apart. */
  readonly clauses: ReadonlyMap<string, string>;
  /** Priority sectors by stable kebab-case id. */
  readonly sectors: ReadonlyMap<string, SectorEntry>;
  /** Noun phrases of the plans' vocabulary. */
  readonly nouns: ReadonlyMap<string, NounEntry>;
  /** Verb frames, noun rules, modifiers and templates. */
  readonly memory: Memory;
}

const INDICATOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const chineseKey = (key: string) => (key.trim() === '' ? 'empty key' : undefined);
const indicatorId = (key: string) =>
  INDICATOR_ID.test(key) ? undefined : `indicator id ${key} is not kebab-case (e.g. gdp-growth)`;

/** Reads `dir/<kind>.yaml` for every kind; throws `TermbaseError` on the first problem. */
export function loadTermbase(dir: string): Termbase {
  const lines = new Map<string, ReadonlyMap<string, number>>();
  const load = <T>(file: string, schema: z.ZodType<T>, keyProblem: (key: string) => string | undefined) => {
    const loaded = readEntries(join(dir, file), schema, keyProblem);
    lines.set(file, loaded.lines);
    return loaded.entries;
  };
  return {
    dir,
    lines,
    sections: load('sections.yaml', sectionSchema, chineseKey),
    topics: load('topics.yaml', topicSchema, chineseKey),
    names: load('names.yaml', nameSchema, chineseKey),
    policy: load('policy.yaml', policySchema, chineseKey),
    indicators: load('indicators.yaml', indicatorSchema, indicatorId),
    phrases: load('phrases.yaml', phraseSchema, chineseKey),
    labels: load('labels.yaml', labelSchema, chineseKey),
    clauses: load('clauses.yaml', clauseSchema, chineseKey),
    sectors: load('sectors.yaml', sectorSchema, (key) => (INDICATOR_ID.test(key) ? undefined : `sector id ${key} is not kebab-case (e.g. integrated-circuits)`)),
    nouns: load('nouns.yaml', nounSchema, chineseKey),
    memory: loadMemory(dir),
  };
}

/** English title of a part or section, keyed by its title without numbering as printed. */
export function sectionTitleEn(tb: Termbase, zh: string): string | undefined {
  return tb.sections.get(zh);
}

/** English for a paragraph topic phrase (without its final 。) in a part of the given role. */
export function topicEn(tb: Termbase, zh: string, role: PartRole): string | undefined {
  return tb.topics.get(zh)?.[role];
}

export function nameEn(tb: Termbase, zh: string): string | undefined {
  return tb.names.get(zh)?.en;
}

export function policyTerm(tb: Termbase, zh: string): PolicyEntry | undefined {
  return tb.policy.get(zh);
}

export function phraseEn(tb: Termbase, zh: string): string | undefined {
  return tb.phrases.get(zh)?.en;
}

export function labelEn(tb: Termbase, zh: string): LabelEntry | undefined {
  return tb.labels.get(zh);
}

export function clauseEn(tb: Termbase, zh: string): string | undefined {
  return tb.clauses.get(zh);
}

export function indicatorById(tb: Termbase, id: string): Indicator | undefined {
  return tb.indicators.get(id);
}

/**
 * Ids of the indicators printed under this Chinese name. Several indicators may share a name
 * (一般公共预算收入: the level in yuan and its growth in %); the unit tells them apart.
 */
export function indicatorIdsByName(tb: Termbase, zh: string): string[] {
  return [...tb.indicators].filter(([, indicator]) => indicator.zh.includes(zh)).map(([id]) => id);
}
