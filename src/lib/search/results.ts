/**
 * Pagefind's answers turned into what the search list shows: pages that match every query of a
 * search, and the paragraph a hit should land on (its excerpt: `snippet.ts`).
 */

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

/** How well a sub-result's matched word positions answer a search. */
export type MatchWeight = (locations: readonly number[]) => number;

/** Occurrences of a phrase of `length` words, or, without a length, the matched words. */
export const countMatches =
  (phraseLength?: number): MatchWeight =>
  (locations) =>
    phraseLength ? phraseRuns(locations, phraseLength) : locations.length;

/**
 * Matched words weighed by how many different words they are (for a search of several words, a
 * paragraph that holds them all beats one that repeats one of them), then by their number; words
 * `ignored` (stopwords) count for nothing.
 */
export const distinctMatches =
  (wordAt: (location: number) => string | undefined, ignored: (word: string) => boolean): MatchWeight =>
  (locations) => {
    const words = locations.map(wordAt).filter((w): w is string => w !== undefined && !ignored(w));
    return new Set(words).size * 1000 + words.length;
  };

/**
 * Where a hit lands: the paragraph (or a listing's entry) whose matches weigh most (the earliest
 * of equals), else the anchored heading that does; undefined when no match is under an anchor
 * with an id.
 */
export function bestSubResult<T extends SubResult>(subResults: readonly T[], weigh: MatchWeight = countMatches()): T | undefined {
  const matches = (sub: T) => weigh(sub.locations);
  const rank = (sub: T) => (/^h\d$/i.test(sub.anchor?.element ?? '') ? 0 : 1_000_000) + matches(sub);
  let best: T | undefined;
  for (const sub of subResults) {
    if (!sub.anchor?.id || matches(sub) === 0) continue;
    if (!best || rank(sub) > rank(best)) best = sub;
  }
  return best;
}
