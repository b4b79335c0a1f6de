/**
 * Placeables: the slots of a memory entry (`加快{np}` → `speed up {np}`). A slot names what may
 * fill it — a noun phrase, a noun phrase used as a modifier (`{mod}`: 工业 → industrial), a verb
 * phrase, a list of names, a figure, a year — with an optional digit to tell two of a kind apart
 * (`{np1}的{np2}` → `{np2} of {np1}`).
 *
 * The Chinese side is a pattern matched against the plans; the English side says where each
 * slot's rendering goes. Both must name the same slots, each once, and the English must carry no
 * number and no Chinese of its own: numbers come only from extracted figures, and a slot's
 * English only from its own rendering.
 */
import { CJK } from '../cjk.ts';

export const SLOT_TYPES = ['np', 'mod', 'vp', 'names', 'figure', 'count', 'year'] as const;
export type SlotType = (typeof SLOT_TYPES)[number];

export type PatternToken = { literal: string } | { slot: string; type: SlotType };

const SLOT = /\{([a-z]+)(\d*)\}/g;

/** Splits a pattern into literals and slots; throws a plain message on a malformed one. */
export function parsePattern(pattern: string): PatternToken[] {
  const tokens: PatternToken[] = [];
  let at = 0;
  for (const match of pattern.matchAll(SLOT)) {
    if (match.index > at) tokens.push({ literal: pattern.slice(at, match.index) });
    const type = match[1] as SlotType;
    if (!SLOT_TYPES.includes(type)) throw new Error(`unknown placeable {${match[1]}${match[2]}} (one of ${SLOT_TYPES.map((t) => `{${t}}`).join(' ')})`);
    tokens.push({ slot: `${type}${match[2]}`, type });
    at = match.index + match[0].length;
  }
  if (at < pattern.length) tokens.push({ literal: pattern.slice(at) });
  for (const token of tokens) {
    if ('literal' in token && /[{}]/.test(token.literal)) throw new Error(`a brace that is not a placeable in "${pattern}"`);
  }
  return tokens;
}

const slotsOf = (tokens: PatternToken[]) => tokens.flatMap((t) => ('slot' in t ? [t.slot] : []));

/**
 * Checks a Chinese pattern against one of its English renderings; returns the first problem, or
 * undefined. Literal Chinese text is required: an entry of slots alone would match anything.
 */
export function placeableProblem(zh: PatternToken[], en: string, requireLiteral = true): string | undefined {
  const zhSlots = slotsOf(zh);
  const duplicate = zhSlots.find((s, i) => zhSlots.indexOf(s) !== i);
  if (duplicate) return `the Chinese names {${duplicate}} twice; number them ({${duplicate}1}, {${duplicate}2})`;
  if (requireLiteral && !zh.some((t) => 'literal' in t && CJK.test(t.literal))) return 'the Chinese has no characters of its own besides placeables';
  let enTokens: PatternToken[];
  try {
    enTokens = parsePattern(en);
  } catch (error) {
    return `English: ${(error as Error).message}`;
  }
  const enSlots = slotsOf(enTokens);
  const missing = zhSlots.filter((s) => !enSlots.includes(s));
  if (missing.length > 0) return `the English lacks {${missing.join('}, {')}} that the Chinese has`;
  const extra = enSlots.filter((s) => !zhSlots.includes(s));
  if (extra.length > 0) return `the English has {${extra.join('}, {')}} that the Chinese lacks`;
  const twice = enSlots.find((s, i) => enSlots.indexOf(s) !== i);
  if (twice) return `the English uses {${twice}} twice`;
  const literal = enTokens.flatMap((t) => ('literal' in t ? [t.literal] : [])).join('');
  if (CJK.test(literal)) return `a Chinese character in the English: "${literal.match(CJK)![0]}"`;
  if (/\d/.test(literal)) return 'a digit in the English: numbers come from figures and placeables, never from the template';
  return undefined;
}
