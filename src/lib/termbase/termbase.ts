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
import { isCollection, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
import { z } from 'zod';
import { CJK } from '../cjk.ts';
import type { PartRole } from '../plan/plan-model.ts';
import { findInvisibleCharacter, INVISIBLE_REFUSED } from '../plan/invisible-characters.ts';
import { readInputFile } from '../plan/source-files.ts';
import { ALIAS_REFUSED, firstAlias } from '../plan/yaml-entries.ts';

/** A termbase file failed to parse or validate; `file` and `line` locate the entry. */
export class TermbaseError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'TermbaseError';
    this.file = file;
    this.line = line;
  }
}


/** A string field; absent → "missing", written empty (`en:`) → "empty", as a translator would put it. */
function text(what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `missing ${what}` : issue.input === null ? `empty ${what}` : `${what} must be a string`,
    })
    .refine((s) => s.trim() !== '', `empty ${what}`);
}

/** English shown to readers: non-blank and free of CJK characters. */
function english(what = 'English') {
  return text(what).refine((s) => !CJK.test(s), `CJK character in ${what}`);
}

/** A one-line gloss for readers or translators; may quote the Chinese. */
function gloss(what: string) {
  return text(what).refine((s) => !/[\r\n]/.test(s), `${what} must be one line`);
}

/** Where an official rendering was taken from. */
const source = z.url({ error: 'source must be a URL' }).optional();

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
 * A clause of a paragraph that opens without a topic sentence (a part's opening or closing
 * prose), translated faithfully. Keys are clauses exactly as printed between ，；： and 。.
 */
const clauseSchema = english();

export type TopicEntry = z.infer<typeof topicSchema>;
export type NameEntry = z.infer<typeof nameSchema>;
export type PolicyEntry = z.infer<typeof policySchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type PhraseEntry = z.infer<typeof phraseSchema>;
export type LabelEntry = z.infer<typeof labelSchema>;

/** Maps rather than records, so that a lookup of `constructor` or `__proto__` finds nothing. */
export interface Termbase {
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
  /** Clauses of topic-less paragraphs → faithful English. */
  readonly clauses: ReadonlyMap<string, string>;
}

const INDICATOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const chineseKey = (key: string) => (key.trim() === '' ? 'empty key' : undefined);
const indicatorId = (key: string) =>
  INDICATOR_ID.test(key) ? undefined : `indicator id ${key} is not kebab-case (e.g. gdp-growth)`;

/** Reads `dir/<kind>.yaml` for every kind; throws `TermbaseError` on the first problem. */
export function loadTermbase(dir: string): Termbase {
  return {
    sections: loadEntries(join(dir, 'sections.yaml'), sectionSchema, chineseKey),
    topics: loadEntries(join(dir, 'topics.yaml'), topicSchema, chineseKey),
    names: loadEntries(join(dir, 'names.yaml'), nameSchema, chineseKey),
    policy: loadEntries(join(dir, 'policy.yaml'), policySchema, chineseKey),
    indicators: loadEntries(join(dir, 'indicators.yaml'), indicatorSchema, indicatorId),
    phrases: loadEntries(join(dir, 'phrases.yaml'), phraseSchema, chineseKey),
    labels: loadEntries(join(dir, 'labels.yaml'), labelSchema, chineseKey),
    clauses: loadEntries(join(dir, 'clauses.yaml'), clauseSchema, chineseKey),
  };
}

function loadEntries<T>(file: string, schema: z.ZodType<T>, keyProblem: (key: string) => string | undefined): Map<string, T> {
  const yamlText = readInputFile(file);
  const invisible = findInvisibleCharacter(yamlText);
  if (invisible) throw new TermbaseError(file, invisible.line, `column ${invisible.column}: ${INVISIBLE_REFUSED(invisible)}`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const lineOf = (node: Node | null | undefined, fallback: number) => (node?.range ? lineAt(node.range[0]) : fallback);

  const [yamlError] = doc.errors;
  if (yamlError) {
    const line = lineAt(yamlError.pos[0]);
    if (yamlError.code === 'DUPLICATE_KEY') {
      // The error marks only the first character of the repeated key: find the key node there.
      let key: unknown = yamlText.slice(yamlError.pos[0], yamlError.pos[1]);
      visit(doc, {
        Pair(_, pair) {
          if (isScalar(pair.key) && pair.key.range?.[0] === yamlError.pos[0]) {
            key = pair.key.value;
            return visit.BREAK;
          }
          return undefined;
        },
      });
      throw new TermbaseError(file, line, `duplicate key ${String(key)}`);
    }
    // The yaml library appends its own position and a code excerpt; the prefix says where.
    const message = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new TermbaseError(file, line, `YAML: ${message}`);
  }

  const alias = firstAlias(doc);
  if (alias) throw new TermbaseError(file, lineAt(alias.offset), `YAML alias ${alias.source}: ${ALIAS_REFUSED}`);

  const entries = new Map<string, T>();
  const root = doc.contents;
  if (root === null) return entries; // only comments so far
  if (!isMap(root)) throw new TermbaseError(file, lineOf(root, 1), 'expected a mapping of keys to entries');

  for (const pair of root.items) {
    const keyNode = isNode(pair.key) ? pair.key : null;
    const line = lineOf(keyNode, 1);
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
      throw new TermbaseError(file, line, 'key must be a string (quote keys that YAML reads as numbers, e.g. "1010")');
    }
    const key = keyNode.value;
    const keyError = keyProblem(key);
    if (keyError !== undefined) throw new TermbaseError(file, line, keyError);

    const valueNode = isNode(pair.value) ? pair.value : null;
    const result = schema.safeParse(valueNode ? valueNode.toJS(doc) : null);
    if (!result.success) {
      const issue = result.error.issues[0];
      if (issue === undefined) throw new TermbaseError(file, line, `invalid entry for ${key}`);
      const field = issue.path.length > 0 ? ` (field \`${issue.path.join('.')}\`)` : '';
      if (issue.code === 'unrecognized_keys') {
        const unknown = issue.keys.map((k) => `\`${k}\``).join(', ');
        const node = isMap(valueNode) ? valueNode.items.find((p) => isScalar(p.key) && p.key.value === issue.keys[0])?.key : undefined;
        throw new TermbaseError(file, lineOf(isNode(node) ? node : null, line), `unknown field ${unknown} for ${key}`);
      }
      const node = isCollection(valueNode) ? valueNode.getIn(issue.path, true) : valueNode;
      throw new TermbaseError(file, lineOf(isNode(node) ? node : null, line), `${issue.message} for ${key}${field}`);
    }
    entries.set(key, result.data);
  }
  return entries;
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
