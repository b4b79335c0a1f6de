/**
 * Pagefind's answers turned into what the search list shows: pages that match every query of a
 * search, the paragraph a hit should land on, and excerpts as plain text with marked spans.
 */
import { ZERO_WIDTH_SPACE } from './han.ts';

export interface ScoredHit {
  id: string;
  score: number;
  /** Positions of the matched words in the page. */
  words: readonly number[];
}

/**
 * How often a phrase of `length` words occurs, given the positions of its words on a page: runs
 * of consecutive positions. Pagefind's exact search tells which pages hold a phrase but locates
 * only its first occurrence, so the positions come from the same words searched loosely.
 */
export function phraseRuns(positions: readonly number[], length: number): number {
  const present = new Set(positions);
  let runs = 0;
  let next = Number.NEGATIVE_INFINITY;
  for (const start of [...present].sort((a, b) => a - b)) {
    if (start < next) continue;
    let n = 1;
    while (n < length && present.has(start + n)) n++;
    if (n === length) {
      runs++;
      next = start + length;
    }
  }
  return runs;
}

/**
 * How well a page answers one search. Pagefind scores the words of a phrase one by one, and
 * with Han characters as words that rewards pages full of `青` (in `西青`) over pages that say
 * `杨柳青`: for a phrase, its occurrences count, with Pagefind's score only to break ties.
 */
export function hitScore(hit: ScoredHit, phraseLength: number | undefined): number {
  return phraseLength ? phraseRuns(hit.words, phraseLength) + hit.score / (1 + hit.score) : hit.score;
}

/**
 * Pages found by every one of several searches (one per Han phrase, see `query.ts`), best first
 * by their summed score; the hits of the first search stand for the page.
 */
export function intersectHits<T extends ScoredHit>(searches: readonly { hits: readonly T[]; phraseLength?: number | undefined }[]): T[] {
  if (searches.length === 0) return [];
  const scores = searches.map(({ hits, phraseLength }) => new Map(hits.map((h) => [h.id, hitScore(h, phraseLength)])));
  return searches[0]!.hits
    .filter((hit) => scores.every((byId) => byId.has(hit.id)))
    .map((hit) => ({ hit, total: scores.reduce((sum, byId) => sum + byId.get(hit.id)!, 0) }))
    .sort((a, b) => b.total - a.total)
    .map(({ hit }) => hit);
}

export interface SubResult {
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: { id?: string; element?: string } | undefined;
}

/**
 * Where a hit lands: the paragraph with the most matches (occurrences of the phrase, for a
 * phrase; the earliest of equals), else the anchored heading with the most; undefined when no
 * match is under an anchor with an id.
 */
export function bestSubResult<T extends SubResult>(subResults: readonly T[], phraseLength?: number): T | undefined {
  const matches = (sub: T) => (phraseLength ? phraseRuns(sub.locations, phraseLength) : sub.locations.length);
  const rank = (sub: T) => (sub.anchor?.element === 'p' ? 1_000_000 : 0) + matches(sub);
  let best: T | undefined;
  for (const sub of subResults) {
    if (!sub.anchor?.id || matches(sub) === 0) continue;
    if (!best || rank(sub) > rank(best)) best = sub;
  }
  return best;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

/**
 * An excerpt as Pagefind writes it (text with `<mark>` around matches, `<` and `>` escaped) split
 * into plain parts, so it is rendered as text and never as HTML. Adjacent marks merge, so a
 * phrase matched character by character is one highlight. Given phrases (as their words), the
 * marks are set afresh on their occurrences only: a loose search marks every `青`, the phrase
 * `杨柳青` wants only its own.
 */
export function excerptParts(excerpt: string, phrases: readonly (readonly string[])[] = []): ExcerptPart[] {
  if (phrases.length > 0) return markPhrases(excerptParts(excerpt).map((p) => p.text).join(''), phrases);
  const parts: ExcerptPart[] = [];
  for (const [i, piece] of excerpt.split(/<\/?mark>/).entries()) {
    const text = piece.replaceAll(ZERO_WIDTH_SPACE, '').replace(/&(lt|gt|amp|quot|#39);/g, (e) => ENTITIES[e]!);
    if (text === '') continue;
    const marked = i % 2 === 1;
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function markPhrases(text: string, phrases: readonly (readonly string[])[]): ExcerptPart[] {
  const pattern = new RegExp(phrases.map((words) => words.map(escapeRegExp).join('\\s*')).join('|'), 'giu');
  const parts: ExcerptPart[] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '') continue;
    if (match.index > last) parts.push({ text: text.slice(last, match.index), marked: false });
    parts.push({ text: match[0], marked: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), marked: false });
  return parts;
}
