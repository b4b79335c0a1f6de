/**
 * The segment memory: what turns the clauses of a plan into English, beside the termbase's
 * names and noun phrases. Four files, from the most general to the most specific:
 *
 * - `noun-rules.yaml` — how noun phrases combine (`{np1}的{np2}` → `{np2} of {np1}`);
 * - `verbs.yaml` — the plans' own verb frames (`加快{np}` → `speed up {np}`; a verb alone, `加快:
 *   speed up`, takes a noun phrase), the layer that carries to a new year's plan;
 * - `modifiers.yaml` — adverbs before a verb (`积极` → `actively`);
 * - `templates.yaml` — whole-clause patterns with placeables for figures, names, years and
 *   noun phrases (`推进{names}等重点项目建设` → `push ahead with key projects including {names}`).
 *
 * Whole clauses translated one by one (`clauses.yaml`) are the last resort and are counted apart.
 * Every entry is checked on load: its placeables must match between the languages, and its
 * English may hold no number or Chinese of its own.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { english } from './fields.ts';
import { readEntries } from './load-entries.ts';
import { parsePattern, placeableProblem, type PatternToken } from './placeables.ts';
import { TermbaseError } from './termbase-error.ts';

/**
 * What a rendering is, for joining it into a sentence: a predicate lacks its subject (`speed up
 * 5G deployment`), a statement has one (`GRP grew by 6.6%`), an adjunct sets the scene (`under
 * the leadership of …`), a noun phrase names something.
 */
export const FORMS = ['predicate', 'statement', 'adjunct', 'np'] as const;
export type Form = (typeof FORMS)[number];

export type RuleKind = 'template' | 'verb' | 'modifier' | 'noun-rule';

export interface MemoryRule {
  /** `content/termbase/verbs.yaml:12`: how reports, coverage and leverage name the entry. */
  id: string;
  file: string;
  line: number;
  kind: RuleKind;
  /** The Chinese pattern as written. */
  zh: string;
  tokens: PatternToken[];
  /** The English for a plan part (base form of a predicate). */
  en: string;
  /** The English for a review part, when it is not the base form with its first verb in the past. */
  past: string | undefined;
  form: Form;
  /** A noun rule whose result is a name: `{np}地块` makes a land parcel the site lists. */
  entity: EntityKind | undefined;
}

/** Kinds of name a noun rule can make. */
export const RULE_ENTITY_KINDS = ['land', 'project', 'zone', 'venue', 'company'] as const;
export type EntityKind = (typeof RULE_ENTITY_KINDS)[number];

export interface Memory {
  nounRules: MemoryRule[];
  verbs: MemoryRule[];
  modifiers: MemoryRule[];
  templates: MemoryRule[];
}

const ruleEntry = z.union(
  [
    english(),
    z.strictObject({
      en: english(),
      past: english('past').optional(),
      form: z.enum(FORMS).optional(),
      entity: z.enum(RULE_ENTITY_KINDS).optional(),
      note: z.string().optional(),
    }),
  ],
  { error: 'expected the English, or a mapping { en, past?, form?, entity?, note? }' },
);
type RuleEntry = z.infer<typeof ruleEntry>;

const keyProblem = (key: string) => (key.trim() === '' ? 'empty key' : undefined);

interface RuleFile {
  file: string;
  kind: RuleKind;
  defaultForm: Form;
  /** The pattern a key stands for (a modifier's adverb stands before a verb phrase). */
  pattern: (key: string) => string;
  /** The English a value stands for, given the key's pattern. */
  english: (en: string, key: string) => string;
  requireLiteral: boolean;
  /** The keys an entry stands for: itself, and for a verb alone its perfective form (`制定了`). */
  variants: (key: string) => string[];
}

function loadRules({ file, kind, defaultForm, pattern, english: toEnglish, requireLiteral, variants }: RuleFile): MemoryRule[] {
  const { entries, lines } = readEntries<RuleEntry>(file, ruleEntry, keyProblem);
  return [...entries].flatMap(([key, value]) => variants(key).map((variant) => [variant, value, key] as const)).map(([variantKey, value, key]) => {
    const line = lines.get(key)!;
    const entry = typeof value === 'string' ? { en: value } : value;
    const zh = pattern(variantKey);
    let tokens: PatternToken[];
    try {
      // White space in a Chinese pattern means nothing: the plans print `2020 年` and `2020年` alike.
      tokens = parsePattern(zh).map((t) => ('literal' in t ? { literal: t.literal.replace(/\s+/g, '') } : t));
    } catch (error) {
      throw new TermbaseError(file, line, `${(error as Error).message} in ${key}`);
    }
    const en = toEnglish(entry.en, key);
    const past = entry.past === undefined ? undefined : toEnglish(entry.past, key);
    for (const english of [en, past]) {
      const problem = english === undefined ? undefined : placeableProblem(tokens, english, requireLiteral);
      if (problem) throw new TermbaseError(file, line, `${problem} for ${key}`);
    }
    if (!tokens.some((t) => 'slot' in t) && kind !== 'template') throw new TermbaseError(file, line, `no placeable in ${key}: a whole clause belongs in clauses.yaml`);
    const entity = 'entity' in entry ? entry.entity : undefined;
    if (entity && kind !== 'noun-rule') throw new TermbaseError(file, line, `\`entity\` is for noun rules, not for ${key}`);
    return { id: `${file}:${line}`, file, line, kind, zh, tokens, en, past, form: 'form' in entry && entry.form ? entry.form : defaultForm, entity };
  });
}

const hasPlaceable = (text: string) => /\{[a-z]+\d*\}/.test(text);

export function loadMemory(dir: string): Memory {
  const same = (s: string) => s;
  const only = (key: string) => [key];
  return {
    nounRules: loadRules({ file: join(dir, 'noun-rules.yaml'), kind: 'noun-rule', defaultForm: 'np', pattern: same, english: same, requireLiteral: false, variants: only }),
    verbs: loadRules({
      file: join(dir, 'verbs.yaml'),
      kind: 'verb',
      defaultForm: 'predicate',
      // A verb alone is transitive: `加快: speed up` is the frame `加快{np}` → `speed up {np}`.
      pattern: (key) => (hasPlaceable(key) ? key : `${key}{np}`),
      english: (en, key) => (hasPlaceable(key) || en.includes('{np}') ? en : `${en} {np}`),
      requireLiteral: true,
      variants: (key) => (hasPlaceable(key) ? [key] : [key, `${key}了`]),
    }),
    modifiers: loadRules({
      file: join(dir, 'modifiers.yaml'),
      kind: 'modifier',
      defaultForm: 'predicate',
      pattern: (key) => `${key}{vp}`,
      // An adverb alone stands before the verb phrase: `actively` → `actively {vp}`.
      english: (en) => (en.includes('{vp}') ? en : `${en} {vp}`),
      requireLiteral: true,
      variants: only,
    }),
    templates: loadRules({ file: join(dir, 'templates.yaml'), kind: 'template', defaultForm: 'predicate', pattern: same, english: same, requireLiteral: true, variants: only }),
  };
}
