/**
 * One list of results from the several ways a search finds pages: the query as typed; each entry
 * the query names, searched in the reader's language (`IoV` as `Internet of Vehicles`); where the
 * crosswalk says the other language prints it (`中芯国际` for `SMIC`); and the listing pages of the
 * named entries. A page is a section (its Chinese and English pages are one result) or a listing
 * page, by key. Pages are ranked by reciprocal rank fusion: each way that found a page adds
 * 1 / (K + its rank there), so a section found in both languages comes before one found in one.
 */

/** A Pagefind hit with the page it belongs to. */
export interface Keyed<H> {
  key: string;
  hit: H;
}

export interface Evidence<H> {
  /** Hits of the query as typed, best first. */
  direct: readonly Keyed<H>[];
  /** For each named span of the query, hits of its entries' forms in the reader's language, best first. */
  named: readonly (readonly Keyed<H>[])[];
  /** For each named span, the paragraphs (by number) of each page whose other language prints it. */
  postings: readonly ReadonlyMap<string, readonly number[]>[];
  /** Listing pages of the named entries, by key. */
  listings: readonly string[];
  /** Whether the query is nothing but the named spans: then a page needs no direct hit. */
  whole: boolean;
}

export interface RankedPage<H> {
  key: string;
  score: number;
  /** The hits of the query as typed (one per language at most: a section has a page in each), best first. */
  direct: H[];
  /** The best hit of each named span's forms, by span. */
  named: Map<number, H>;
  /** The other language's paragraphs printing each named span, by span. */
  postings: Map<number, readonly number[]>;
  listed: boolean;
}

/** Reciprocal rank fusion's constant: small, since every list here is short. */
const K = 5;

export function rankPages<H>(evidence: Evidence<H>): RankedPage<H>[] {
  const pages = new Map<string, RankedPage<H>>();
  const page = (key: string) => {
    let found = pages.get(key);
    if (!found) pages.set(key, (found = { key, score: 0, direct: [], named: new Map(), postings: new Map(), listed: false }));
    return found;
  };
  /** Adds one way of finding pages, as keys in rank order (a key's first place counts). */
  const fuse = (keys: readonly string[], record: (page: RankedPage<H>, key: string) => void) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      const p = page(key);
      p.score += 1 / (K + seen.size);
      record(p, key);
    }
  };
  fuse(evidence.direct.map((k) => k.key), (p) => p.direct.push(...evidence.direct.filter((k) => k.key === p.key).map((k) => k.hit)));
  evidence.named.forEach((hits, span) => fuse(hits.map((k) => k.key), (p) => p.named.has(span) || p.named.set(span, hits.find((k) => k.key === p.key)!.hit)));
  evidence.postings.forEach((byKey, span) => {
    const keys = [...byKey.keys()].sort((a, b) => byKey.get(b)!.length - byKey.get(a)!.length);
    fuse(keys, (p, key) => p.postings.set(span, byKey.get(key)!));
  });
  fuse(evidence.listings, (p) => (p.listed = true));
  const spans = evidence.named.length;
  const answers = (p: RankedPage<H>) =>
    p.direct.length > 0 ||
    (evidence.whole && (p.listed || Array.from({ length: spans }, (_, span) => p.named.has(span) || p.postings.has(span)).every(Boolean)));
  return [...pages.values()].filter(answers).sort((a, b) => b.score - a.score);
}
