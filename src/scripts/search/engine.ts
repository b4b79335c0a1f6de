/**
 * The search engine of the browser: Pagefind's JS API over the site's bundle, loaded on first
 * use, with the crosswalk between the languages. One Pagefind instance: the index of the page's
 * language as primary (Pagefind picks it from `<html lang>` and loads one WebAssembly module for
 * the page) and the other language merged in on the first query that can match there (see
 * `indexes.ts`); the `content` filter narrows to one of them.
 *
 * A query that names an entry of the termbase (see `naming.ts`) is also searched as the entry's
 * forms in the reader's language (`IoV` as `Internet of Vehicles` on the English edition, `SMIC`
 * as `中芯国际` on the Chinese one), and the crosswalk says where the other language prints it,
 * so the other edition's index is not loaded for it: the crosswalk's forms load with search, an
 * entry's postings when a query names it. The results of all of these are one list,
 * one result per section (see `combine.ts`), each saying which language matched and why.
 */
import { paths, withBase, type SiteLang } from '../../lib/site/site-paths.ts';
import { rankPages, type Keyed, type RankedPage } from '../../lib/search/combine.ts';
import { pageIdsPath, parseCrosswalk, parsePostings, type CrosswalkIndex, type CrosswalkSection, type CrosswalkTerm, type EntryPostings, type SerializedCrosswalk, type SerializedPostings } from '../../lib/search/crosswalk.ts';
import { indexMayMatch, type IndexLanguage } from '../../lib/search/indexes.ts';
import { TermLookup, type NamedSpan, type Naming } from '../../lib/search/naming.ts';
import { pagefindQueries, pagefindQuery, parseQuery, searchWords, type QueryTerm } from '../../lib/search/query.ts';
import { bestSubResult, countMatches, distinctMatches, intersectHits, type SubResult } from '../../lib/search/results.ts';
import { parseSimplifiedMap, type SimplifiedMap } from '../../lib/search/simplified.ts';
import { pageWords, sentenceExcerpt, type ExcerptPart } from '../../lib/search/snippet.ts';
import { chineseKey, englishFormKey, isStopword, wordKey } from '../../lib/search/term-forms.ts';

/** What a page holds, as the `content` filter names it: the plans in each language, or a listing of names and terms. */
export type ContentKind = 'original' | 'english' | 'listing';

export interface SearchFilters {
  year?: string | undefined;
  part?: string | undefined;
  /** Listings have no plan year or part, and are offered only when the content is not narrowed. */
  content?: 'original' | 'english' | undefined;
}

/** What matched in one language: where, and for a named entry, as what (`中芯国际 = SMIC`). */
export interface MatchNote {
  lang: SiteLang;
  /** Paragraph numbers of the section, in order. */
  paragraphs: number[];
  /** The entries' forms in this language, each with the part of the query that named it. */
  terms: { matched: string; typed: string }[];
}

export interface SearchHit {
  /** A section (`2021/1-2`) or a listing page (`projects/`). */
  key: string;
  /** What the result is: a paragraph of the original or of the English (the excerpt's language), or a listing's entry. */
  content: ContentKind;
  plan: string;
  section: string;
  title: string;
  titleLang: SiteLang;
  /** For a listing page, its path (`projects/`) and heading (the title is its entry). */
  listing: { path: string; title: string } | undefined;
  /** The paragraph (or entry) the hit lands on. */
  anchor: string | undefined;
  excerpt: ExcerptPart[];
  href: string;
  matches: MatchNote[];
}

export interface SearchOutcome {
  hits: SearchHit[];
  /** For a search that found nothing: the other language's forms of what the query names. */
  suggestions: { text: string; lang: SiteLang }[];
}

interface Anchor {
  element: string;
  id?: string;
  text?: string;
  title?: string;
  location: number;
}

interface PagefindData {
  url: string;
  raw_content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  anchors: Anchor[];
  sub_results: LandedSub[];
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

/** A Pagefind result with what its excerpt marks: a Han term's characters, or the matched words. */
interface Found {
  result: PagefindResult;
  phrases: string[][];
  phraseLength: number | undefined;
}

/** A named entry's place on a listing page. */
interface Listing {
  page: string;
  id: string | undefined;
  entry: CrosswalkTerm;
  typed: string;
}

type LandedSub = SubResult & { anchor?: Anchor; title?: string };

interface Loaded {
  pagefind: PagefindInstance;
  crosswalk: CrosswalkIndex;
  lookup: TermLookup;
}

/** Results shown at most; a reader refines rather than scrolls. */
const SHOWN_RESULTS = 12;
/** Highlight terms a result's link carries to the landed paragraph at most. */
const HIGHLIGHTS = 4;

const CONTENT_OF = { zh: 'original', en: 'english' } as const satisfies Record<SiteLang, ContentKind>;
const INDEX_OF: Record<SiteLang, IndexLanguage> = { zh: 'zh-cn', en: 'en' };
const other = (lang: SiteLang): SiteLang => (lang === 'zh' ? 'en' : 'zh');

export class SearchEngine {
  readonly #base: string;
  readonly #lang: SiteLang;
  #ready: Promise<Loaded> | undefined;
  #simplified: Promise<SimplifiedMap> | undefined;
  #otherMerged: Promise<void> | undefined;
  readonly #postingsOf = new Map<number, Promise<EntryPostings>>();
  /** Sections learned from the postings loaded so far, by key (`2021/1-2`): a hit found only by them has no page data to title it. */
  readonly #sections = new Map<string, CrosswalkSection>();

  constructor(base: string, lang: SiteLang) {
    this.#base = base;
    this.#lang = lang;
  }

  /** The address of the search bundle, absolute as Pagefind wants it. */
  #bundle(): string {
    return new URL(withBase(this.#base, paths.searchBundle()), location.href).href;
  }

  async #json(file: string): Promise<unknown> {
    const response = await fetch(`${this.#bundle()}${file}`);
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return response.json();
  }

  /** Loads Pagefind with the index of the page's language, and the crosswalk, once. */
  load(): Promise<Loaded> {
    this.#ready ??= (async () => {
      const bundle = this.#bundle();
      const [module, crosswalk] = await Promise.all([
        import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>,
        this.#json('crosswalk.json').then(async (data) => {
          const index = parseCrosswalk(data as SerializedCrosswalk);
          await this.#addPageIds(index, INDEX_OF[this.#lang]);
          return index;
        }),
      ]);
      // No worker: it would cost another 43 kB, and a search over two plans is quick on the page.
      const pagefind = module.createInstance({ basePath: bundle, noWorker: true, excerptLength: 30 });
      return { pagefind, crosswalk, lookup: new TermLookup(crosswalk) };
    })();
    return this.#ready;
  }

  /** The Traditional→Simplified map, loaded for the first query with a Han character (others need none). */
  #simplifiedFor(query: string): Promise<SimplifiedMap> {
    if (!/\p{Script=Han}/u.test(query)) return Promise.resolve({});
    this.#simplified ??= this.#json('simplified.json').then((pairs) => parseSimplifiedMap(pairs as string));
    return this.#simplified;
  }

  /**
   * Where an entry is printed, loaded when a query first names it. A file that fails to load
   * (the network, or a site rebuilt since search opened) leaves the search to what Pagefind
   * finds, and is asked for again by the next query that names the entry.
   */
  #entryPostings(crosswalk: CrosswalkIndex, entry: number): Promise<EntryPostings> {
    const file = crosswalk.entries[entry]?.postings;
    if (!file) return Promise.resolve({ zh: [], en: [] });
    let postings = this.#postingsOf.get(entry);
    if (!postings) {
      postings = this.#json(file).then(
        (data) => {
          const parsed = parsePostings(data as SerializedPostings);
          for (const { section } of [...parsed.zh, ...parsed.en]) this.#sections.set(`${section.plan}/${section.section}`, section);
          return parsed;
        },
        (error: unknown) => {
          this.#postingsOf.delete(entry);
          console.warn(`search: where ${crosswalk.entries[entry]!.en} is printed could not be loaded (${String(error)})`);
          return { zh: [], en: [] };
        },
      );
      this.#postingsOf.set(entry, postings);
    }
    return postings;
  }

  /** The ids of a language's pages, which come with its index: what each of its results is. */
  async #addPageIds(crosswalk: CrosswalkIndex, language: IndexLanguage): Promise<void> {
    crosswalk.pages.add(language, (await this.#json(pageIdsPath(crosswalk.version, language))) as string);
  }

  /** The other edition's index, and its page ids, merged in once. */
  #mergeOther({ pagefind, crosswalk }: Loaded): Promise<void> {
    const language = INDEX_OF[other(this.#lang)];
    // Pagefind skips merging a path its primary starts with; `./` names the same bundle.
    this.#otherMerged ??= Promise.all([pagefind.mergeIndex(`${this.#bundle()}./`, { language }), this.#addPageIds(crosswalk, language)]).then(() => undefined);
    return this.#otherMerged;
  }

  /** The years the index holds, newest first. */
  async years(): Promise<string[]> {
    const { pagefind } = await this.load();
    return Object.keys((await pagefind.filters()).year ?? {}).sort().reverse();
  }

  async search(query: string, filters: SearchFilters): Promise<SearchOutcome> {
    const [loaded, simplified] = await Promise.all([this.load(), this.#simplifiedFor(query)]);
    const { crosswalk, lookup } = loaded;
    const terms = parseQuery(query, simplified);
    if (terms.length === 0) return { hits: [], suggestions: [] };
    const naming = lookup.name(terms.map((t) => t.text).join(' '));
    const keyed = (found: Found[]): Keyed<Found>[] =>
      found.flatMap((f) => {
        const key = crosswalk.pages.get(f.result.id);
        return key === undefined ? [] : [{ key, hit: f }];
      });
    const [[direct, ...named], postings] = await Promise.all([
      Promise.all([this.#searchTerms(loaded, terms, filters), ...naming.spans.map((span) => this.#searchNamed(loaded, span, filters))]),
      Promise.all(naming.spans.map((span) => this.#postings(crosswalk, span, filters))),
    ]);
    const ranked = rankPages({
      direct: keyed(direct!),
      named: named.map(keyed),
      postings,
      listings: this.#listings(crosswalk, naming, filters).map((l) => l.page),
      whole: naming.whole,
    }).slice(0, SHOWN_RESULTS);
    const hits = await Promise.all(ranked.map((page) => this.#toHit(loaded, page, naming, terms)));
    const suggestions = hits.length === 0 ? this.#suggestions(crosswalk, naming) : [];
    return { hits, suggestions };
  }

  #pagefindFilters(filters: SearchFilters, content?: ContentKind): Record<string, string> {
    const chosen = { ...filters, ...(content ? { content } : {}) };
    return Object.fromEntries(Object.entries(chosen).filter((entry): entry is [string, string] => Boolean(entry[1])));
  }

  /** The query as typed: every Han term as its own phrase, the other terms together; pages found by all. */
  async #searchTerms(loaded: Loaded, terms: QueryTerm[], filters: SearchFilters): Promise<Found[]> {
    const { pagefind, crosswalk } = loaded;
    if (indexMayMatch(INDEX_OF[other(this.#lang)], terms, { content: filters.content, latinOfOriginals: crosswalk.latin })) await this.#mergeOther(loaded);
    const options = { filters: this.#pagefindFilters(filters) };
    const queries = pagefindQueries(terms);
    const searches = await Promise.all(
      queries.map(async ({ query: q, phrase }) => {
        if (!phrase || phrase.length === 1) return { hits: (await pagefind.search(q, options)).results, phraseLength: phrase?.length };
        return { hits: await this.#phraseHits(pagefind, q, phrase, options), phraseLength: phrase.length };
      }),
    );
    const phrases = queries.flatMap((q) => (q.phrase ? [q.phrase] : []));
    return intersectHits(searches).map((result) => ({ result, phrases, phraseLength: searches[0]!.phraseLength }));
  }

  /** Pages holding a phrase of Han characters: the exact search says which, the loose one where its words are. */
  async #phraseHits(pagefind: PagefindInstance, query: string, phrase: string[], options: { filters: Record<string, string> }): Promise<PagefindResult[]> {
    const [exact, loose] = await Promise.all([pagefind.search(query, options), pagefind.search(phrase.join(' '), options)]);
    const holding = new Set(exact.results.map((r) => r.id));
    return loose.results.filter((r) => holding.has(r.id));
  }

  /**
   * The entries a span names, as their forms in the reader's language searched as phrases in the
   * reader's edition (also the form the reader typed: as a phrase it finds the name, where the
   * words typed may be found apart); best first.
   */
  async #searchNamed({ pagefind, crosswalk }: Loaded, span: NamedSpan, filters: SearchFilters): Promise<Found[]> {
    const content = CONTENT_OF[this.#lang];
    if (filters.content && filters.content !== content) return [];
    const entries = span.entries.map((i) => crosswalk.entries[i]!);
    const forms = [...new Set(entries.flatMap((e) => (this.#lang === 'en' ? [e.en] : e.zh)))];
    const options = { filters: this.#pagefindFilters(filters, content) };
    const found = await Promise.all(
      forms.map(async (form): Promise<Found[]> => {
        if (this.#lang === 'en') {
          const words = form.split(/\s+/);
          const results = (await pagefind.search(words.length > 1 ? `"${form}"` : form, options)).results;
          return results.map((result) => ({ result, phrases: [], phraseLength: undefined }));
        }
        const term = { text: form, han: true };
        const phrase = searchWords(form);
        const results = phrase.length > 1 ? await this.#phraseHits(pagefind, pagefindQuery(term), phrase, options) : (await pagefind.search(pagefindQuery(term), options)).results;
        return results.map((result) => ({ result, phrases: [phrase], phraseLength: phrase.length }));
      }),
    );
    const best = new Map<string, Found>();
    for (const f of found.flat().sort((a, b) => b.result.score - a.result.score)) if (!best.has(f.result.id)) best.set(f.result.id, f);
    return [...best.values()];
  }

  /** Where the other language prints what a span names, by section, within the filters. */
  async #postings(crosswalk: CrosswalkIndex, span: NamedSpan, filters: SearchFilters): Promise<Map<string, number[]>> {
    const otherLang = other(this.#lang);
    const byKey = new Map<string, number[]>();
    if (filters.content && filters.content !== CONTENT_OF[otherLang]) return byKey;
    for (const postings of await Promise.all(span.entries.map((i) => this.#entryPostings(crosswalk, i)))) {
      for (const { section, paragraphs: printed } of postings[otherLang]) {
        if ((filters.year && section.plan !== filters.year) || (filters.part && section.part !== filters.part)) continue;
        const key = `${section.plan}/${section.section}`;
        const paragraphs = byKey.get(key) ?? [];
        for (const n of printed) if (!paragraphs.includes(n)) paragraphs.push(n);
        byKey.set(key, paragraphs.sort((a, b) => a - b));
      }
    }
    return byKey;
  }

  /** The listing pages of the named entries (`projects/` and the entry's id), unless a filter leaves them out. */
  #listings(crosswalk: CrosswalkIndex, naming: Naming, filters: SearchFilters): Listing[] {
    if (filters.year || filters.part || filters.content) return [];
    return naming.spans.flatMap((span) =>
      span.entries.flatMap((i) => {
        const entry = crosswalk.entries[i]!;
        if (!entry.listing) return [];
        const [page = '', id] = entry.listing.split('#');
        return [{ page, id, entry, typed: span.typed }];
      }),
    );
  }

  /** Other-language forms of what a query names, for a search that found nothing. */
  #suggestions(crosswalk: CrosswalkIndex, naming: Naming): { text: string; lang: SiteLang }[] {
    const lang = other(naming.language);
    const forms = naming.spans.flatMap((span) => span.entries.map((i) => (lang === 'en' ? crosswalk.entries[i]!.en : crosswalk.entries[i]!.zh[0]!)));
    return [...new Set(forms)].slice(0, 3).map((text) => ({ text, lang }));
  }

  async #toHit(loaded: Loaded, page: RankedPage<Found>, naming: Naming, terms: QueryTerm[]): Promise<SearchHit> {
    const { crosswalk } = loaded;
    const queryLang = naming.language;
    const listing = this.#listings(crosswalk, naming, {}).find((l) => l.page === page.key);
    const found = [...new Set([...page.direct, ...page.named.values()])];
    const loadedData = await Promise.all(found.map(async (f) => ({ found: f, data: await f.result.data() })));
    const langOf = (data: PagefindData): SiteLang => (data.filters.content?.[0] === 'original' ? 'zh' : 'en');
    // Shown: Chinese typed, in the Chinese that matched it. Otherwise, for a query that only names
    // entries, the name found whole in the reader's language; else the query where the reader
    // reads (`PM2.5` is in both); else wherever it matched.
    const direct = loadedData.filter((d) => page.direct.includes(d.found));
    const namedHere = loadedData.find((d) => langOf(d.data) === this.#lang && !page.direct.includes(d.found));
    const directHere = direct.find((d) => langOf(d.data) === this.#lang);
    const shown = (queryLang === 'zh' ? direct.find((d) => langOf(d.data) === 'zh') : undefined) ?? (naming.whole ? (namedHere ?? directHere) : (directHere ?? direct[0])) ?? loadedData[0];
    const notes = new Map<SiteLang, MatchNote>();
    const note = (lang: SiteLang) => {
      if (!notes.has(lang)) notes.set(lang, { lang, paragraphs: [], terms: [] });
      return notes.get(lang)!;
    };
    const addParagraph = (lang: SiteLang, n: number | undefined) => {
      const list = note(lang).paragraphs;
      if (n !== undefined && !list.includes(n)) list.push(n);
    };
    // The entries' forms in a language, unless that is what the reader typed (`Xinkou Town = Xinkou Town` says nothing).
    const typedIn = (lang: SiteLang, span: NamedSpan) => {
      const entries = span.entries.map((i) => crosswalk.entries[i]!);
      const matched = [...new Set(entries.map((e) => (lang === 'en' ? e.en : e.zh[0]!)))].join(' / ');
      const same = lang === 'en' ? englishFormKey(matched).key === englishFormKey(span.typed).key : chineseKey(matched) === chineseKey(span.typed);
      if (!same && !note(lang).terms.some((t) => t.matched === matched)) note(lang).terms.push({ matched, typed: span.typed });
    };
    const landed = loadedData.map((d) => ({ ...d, lang: langOf(d.data), sub: bestSubResult(d.data.sub_results, this.#weigh(d.data, d.found)) }));
    for (const d of landed) addParagraph(d.lang, paragraphNumber(d.sub?.anchor?.id));
    naming.spans.forEach((span, i) => {
      if (page.named.has(i)) typedIn(this.#lang, span);
      const postings = page.postings.get(i);
      if (postings) {
        typedIn(other(this.#lang), span);
        for (const n of postings) addParagraph(other(this.#lang), n);
      }
    });
    for (const n of notes.values()) n.paragraphs.sort((a, b) => a - b);
    const matches = [...notes.values()].filter((n) => n.paragraphs.length > 0 || n.terms.length > 0);

    if (!/^\d+\//.test(page.key)) return this.#listingHit(crosswalk, page, listing, landed.find((d) => d.found === shown?.found), matches);
    const [plan = '', section = ''] = page.key.split('/');
    // Titled by the page Pagefind found, else by the postings that found the section.
    const meta = landed.find((d) => d.data.meta.section === section)?.data.meta;
    const facts = meta ? { titleZh: meta.title_zh ?? '', titleEn: meta.title_en ?? '' } : this.#sections.get(page.key);
    const title = (lang: SiteLang) => (lang === 'en' ? facts?.titleEn || facts?.titleZh : facts?.titleZh) ?? page.key;
    const titleLang: SiteLang = this.#lang === 'en' && facts?.titleEn ? 'en' : 'zh';
    const base = { key: page.key, plan, section, title: title(titleLang), titleLang, listing: undefined, matches };
    if (!shown) {
      // Found only where the other language prints a named entry: land on the first such paragraph.
      const postingLang = other(this.#lang);
      const first = matches.find((m) => m.lang === postingLang)?.paragraphs[0];
      const id = first === undefined ? undefined : `p${section}-${first}`;
      const anchor = id && postingLang === 'en' ? `en-${id}` : id;
      const pageLang: SiteLang = postingLang === 'en' ? 'en' : this.#lang;
      const highlights = matches.find((m) => m.lang === postingLang)?.terms.map((t) => t.matched) ?? [];
      return { ...base, content: CONTENT_OF[postingLang], anchor, excerpt: [], href: this.#href(pageLang, plan, section, anchor, highlights) };
    }
    const { data, found: f, sub } = landed.find((d) => d.found === shown.found)!;
    const lang = langOf(data);
    const anchor = sub?.anchor?.id;
    const excerpt = this.#excerpt(data, sub, f, lang);
    // An original lands in the reader's edition (both show the Chinese); English reads only on the English page.
    const pageLang: SiteLang = lang === 'en' ? 'en' : this.#lang;
    // Marked on landing: what the excerpt marks, the Chinese typed, and the named entries' forms (in the paragraph and its twin).
    const named = matches.flatMap((m) => m.terms.flatMap((t) => t.matched.split(' / ')));
    const highlights = [...new Set([...excerpt.filter((p) => p.marked).map((p) => p.text), ...terms.filter((t) => t.han && lang === 'zh').map((t) => t.text), ...named])];
    return { ...base, content: CONTENT_OF[lang], anchor, excerpt, href: this.#href(pageLang, plan, section, anchor, highlights) };
  }

  /**
   * A listing page's result: the entry the query names (its name in both languages), or else the
   * entry Pagefind found, landing on it in the reader's edition (both list the same ids).
   */
  #listingHit(crosswalk: CrosswalkIndex, page: RankedPage<Found>, named: Listing | undefined, found: { data: PagefindData; found: Found; sub: LandedSub | undefined } | undefined, matches: MatchNote[]): SearchHit {
    const lang = this.#lang;
    const titles = crosswalk.listingTitles.get(page.key.split('/')[0]!);
    const base = { key: page.key, plan: '', section: '', listing: { path: page.key, title: titles?.[lang] ?? page.key }, matches: [] };
    if (named) {
      const name = lang === 'en' ? named.entry.en : named.entry.zh[0]!;
      const otherName = lang === 'en' ? named.entry.zh.join('、') : named.entry.en;
      const typed = chineseKey(named.typed).toLowerCase();
      const excerpt: ExcerptPart[] = [
        { text: name, marked: chineseKey(name).toLowerCase() === typed },
        { text: ' · ', marked: false },
        { text: otherName, marked: chineseKey(otherName).toLowerCase() === typed, lang: other(lang) },
      ];
      const href = `${withBase(this.#base, `${lang}/${named.page}`)}${named.id ? `#${named.id}` : ''}`;
      return { ...base, content: 'listing', title: name, titleLang: lang, anchor: named.id, excerpt, href };
    }
    const anchor = found?.sub?.anchor?.id;
    const excerpt = found ? this.#excerpt(found.data, found.sub, found.found, 'en') : [];
    const href = `${withBase(this.#base, `${lang}/${page.key}`)}${anchor ? `#${anchor}` : ''}`;
    return { ...base, content: 'listing', title: found?.sub?.title ?? found?.data.meta.title_en ?? page.key, titleLang: 'en', anchor, excerpt, href, matches };
  }

  /**
   * How a hit's paragraphs are weighed for landing: by occurrences of a Han phrase; English by the
   * different words matched, so that `Xinkou Town` lands where both words are, not on `towns`.
   */
  #weigh(data: PagefindData, found: Found) {
    if (found.phraseLength || !data.raw_content) return countMatches(found.phraseLength);
    const words = pageWords(data.raw_content);
    const key = (location: number) => {
      const word = words[location]?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      return word ? wordKey(word) : undefined;
    };
    return distinctMatches(key, (word) => isStopword({ text: word }));
  }

  /** The landed paragraph's sentence around its first match. */
  #excerpt(data: PagefindData, sub: LandedSub | undefined, found: Found, lang: SiteLang): ExcerptPart[] {
    // Pagefind's sub-results start at anchors with a title, or at headings with text.
    const starts = data.anchors.filter((a) => (a.title && /\S/.test(a.title)) || (/^h\d$/i.test(a.element) && a.text && /\S/.test(a.text))).map((a) => a.location);
    const start = sub?.anchor?.location ?? 0;
    const end = starts.filter((l) => l > start).sort((a, b) => a - b)[0] ?? Number.POSITIVE_INFINITY;
    const locations = sub?.locations ?? [];
    return sentenceExcerpt({ rawContent: data.raw_content ?? '', start, end, locations, phrases: found.phrases, lang });
  }

  /** A result's link: the section page in the edition that shows the paragraph, carrying what to mark there. */
  #href(lang: SiteLang, plan: string, section: string, anchor: string | undefined, highlights: string[]): string {
    const page = withBase(this.#base, paths.section(lang, Number(plan), section));
    const params = new URLSearchParams(highlights.slice(0, HIGHLIGHTS).map((h) => ['hl', h]));
    const search = anchor && params.size > 0 ? `?${params}` : '';
    return `${page}${search}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
  }
}

/** The number of a paragraph anchor (`p1-2-3` or `en-p1-2-3` → 3). */
function paragraphNumber(anchor: string | undefined): number | undefined {
  const match = /^(?:en-)?p[\d-]+-(\d+)$/.exec(anchor ?? '');
  return match ? Number(match[1]) : undefined;
}
