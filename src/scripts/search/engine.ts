/**
 * The search engine of the browser: Pagefind's JS API over the site's bundle, loaded on first
 * use. One Pagefind instance: the index of the page's language as primary (Pagefind picks it from
 * `<html lang>` and loads one WebAssembly module for the page) and the other language merged in
 * on the first query that can match there (see `indexes.ts`), so a reader of either edition can
 * search both without paying for both; the `content` filter narrows to one of them.
 */
import { paths, withBase, type SiteLang } from '../../lib/site/site-paths.ts';
import { indexMayMatch, type IndexLanguage } from '../../lib/search/indexes.ts';
import { pagefindQueries, parseQuery } from '../../lib/search/query.ts';
import { bestSubResult, excerptParts, intersectHits, type ExcerptPart, type SubResult } from '../../lib/search/results.ts';
import { parseSimplifiedMap, type SimplifiedMap } from '../../lib/search/simplified.ts';

export type ContentKind = 'original' | 'summary';

export interface SearchFilters {
  year?: string | undefined;
  part?: string | undefined;
  content?: ContentKind | undefined;
}

export interface SearchHit {
  content: ContentKind;
  plan: string;
  section: string;
  titleZh: string;
  titleEn: string;
  /** The paragraph (or heading) the hit lands on, when the match is in one. */
  anchor: string | undefined;
  excerpt: ExcerptPart[];
  href: string;
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}

interface PagefindResult {
  id: string;
  score: number;
  words: number[];
  data: () => Promise<PagefindData>;
}

interface PagefindInstance {
  mergeIndex(path: string, options: { language: string }): Promise<void>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/** Results shown at most; Pagefind ranks them, and a reader refines rather than scrolls. */
const SHOWN_RESULTS = 12;

export class SearchEngine {
  readonly #base: string;
  readonly #lang: SiteLang;
  #ready: Promise<{ pagefind: PagefindInstance; simplified: SimplifiedMap }> | undefined;
  #otherMerged: Promise<void> | undefined;

  constructor(base: string, lang: SiteLang) {
    this.#base = base;
    this.#lang = lang;
  }

  /** The address of the search bundle, absolute as Pagefind wants it. */
  #bundle(): string {
    return new URL(withBase(this.#base, paths.searchBundle()), location.href).href;
  }

  /** Loads Pagefind with the index of the page's language and the Traditional→Simplified map, once. */
  load(): Promise<{ pagefind: PagefindInstance; simplified: SimplifiedMap }> {
    this.#ready ??= (async () => {
      const bundle = this.#bundle();
      const [module, simplified] = await Promise.all([
        import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>,
        fetch(`${bundle}simplified.json`).then(async (r) => (r.ok ? parseSimplifiedMap((await r.json()) as string) : Promise.reject(new Error(`${r.status} ${r.url}`)))),
      ]);
      // No worker: it would cost another 43 kB, and a search over two plans is quick on the page.
      const pagefind = module.createInstance({ basePath: bundle, noWorker: true, excerptLength: 36 });
      return { pagefind, simplified };
    })();
    return this.#ready;
  }

  /** The other edition's index, merged in once. */
  #mergeOther(pagefind: PagefindInstance, language: IndexLanguage): Promise<void> {
    // Pagefind skips merging a path its primary starts with; `./` names the same bundle.
    this.#otherMerged ??= pagefind.mergeIndex(`${this.#bundle()}./`, { language });
    return this.#otherMerged;
  }

  /** The years the index holds, newest first. */
  async years(): Promise<string[]> {
    const { pagefind } = await this.load();
    return Object.keys((await pagefind.filters()).year ?? {}).sort().reverse();
  }

  async search(query: string, filters: SearchFilters): Promise<SearchHit[]> {
    const { pagefind, simplified } = await this.load();
    const terms = parseQuery(query, simplified);
    const queries = pagefindQueries(terms);
    if (queries.length === 0) return [];
    const other: IndexLanguage = this.#lang === 'zh' ? 'en' : 'zh-cn';
    if (indexMayMatch(other, terms, filters.content)) await this.#mergeOther(pagefind, other);
    const pagefindFilters = Object.fromEntries(Object.entries(filters).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const options = { filters: pagefindFilters };
    const searches = await Promise.all(
      queries.map(async ({ query: q, phrase }) => {
        if (!phrase || phrase.length === 1) return { hits: (await pagefind.search(q, options)).results, phraseLength: phrase?.length };
        // The exact search says which pages hold the phrase; the loose one where its words are.
        const [exact, loose] = await Promise.all([pagefind.search(q, options), pagefind.search(phrase.join(' '), options)]);
        const holding = new Set(exact.results.map((r) => r.id));
        return { hits: loose.results.filter((r) => holding.has(r.id)), phraseLength: phrase.length };
      }),
    );
    const phrases = queries.flatMap((q) => (q.phrase ? [q.phrase] : []));
    const hits = intersectHits(searches).slice(0, SHOWN_RESULTS);
    return Promise.all(hits.map(async (hit) => this.#toHit(await hit.data(), searches[0]!.phraseLength, phrases)));
  }

  #toHit(data: PagefindData, phraseLength: number | undefined, phrases: string[][]): SearchHit {
    const content: ContentKind = data.filters.content?.[0] === 'summary' ? 'summary' : 'original';
    const sub = bestSubResult(data.sub_results, phraseLength);
    const anchor = sub?.anchor?.id;
    const plan = data.meta.plan ?? '';
    const section = data.meta.section ?? '';
    // An original lands in the reader's edition (both show the Chinese paragraphs); a summary only
    // reads in full on the English page.
    const pageLang: SiteLang = content === 'summary' ? 'en' : this.#lang;
    const page = withBase(this.#base, paths.section(pageLang, Number(plan), section));
    return {
      content,
      plan,
      section,
      titleZh: data.meta.title_zh ?? '',
      titleEn: data.meta.title_en ?? '',
      anchor,
      excerpt: excerptParts(sub?.excerpt ?? data.excerpt, phrases),
      href: anchor ? `${page}#${encodeURIComponent(anchor)}` : page,
    };
  }
}
