/**
 * A reader's query as the terms Pagefind is asked for.
 *
 * Normalization: compatibility forms folded (full-width `ＰＭ２．５` is `PM2.5`), Traditional
 * characters made Simplified, terms split on white space unless quoted. A term with Han
 * characters is searched as the exact phrase of its characters and its Latin or digit runs, so
 * `5G基站` and `5G 基站` are the same three words (see `han.ts`); punctuation inside it is
 * dropped, as Pagefind drops it from the text. Other terms go to Pagefind as they are, for its
 * stemming of English.
 */
import { containsHan } from './han.ts';
import { toSimplified, type SimplifiedMap } from './simplified.ts';

const RUN = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{N}])+`;
const WORD = new RegExp(String.raw`\p{Script=Han}|${RUN}(?:[.·'’-]${RUN})*`, 'gu');

export interface QueryTerm {
  /** The term as the reader typed it, normalized. */
  text: string;
  /** Whether it contains Han characters, and so is searched as a character phrase. */
  han: boolean;
}

/** The normalized terms of a query, in the order typed; empty for a blank query. */
export function parseQuery(raw: string, map: SimplifiedMap): QueryTerm[] {
  const normalized = toSimplified(raw.normalize('NFKC'), map).replace(/[“”„‟«»]/g, '"');
  const terms: QueryTerm[] = [];
  for (const match of normalized.matchAll(/"([^"]*)"|(\S+)/g)) {
    const text = (match[1] ?? match[2] ?? '').replace(/"/g, '').trim().replace(/\s+/g, ' ');
    if (searchWords(text).length > 0) terms.push({ text, han: containsHan(text) });
  }
  return terms;
}

/**
 * The words of a term as the index holds them: each Han character alone, Latin letters and
 * digits in runs (with the `.` of `PM2.5` or `105.81` inside a run), lower case.
 */
export function searchWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]);
}


/**
 * The Pagefind queries whose results are intersected: every Han term as its own phrase, and the
 * other terms together in one query, so English keeps Pagefind's ranking of several words.
 */
export function pagefindQueries(terms: readonly QueryTerm[]): PagefindQuery[] {
  const others = terms.filter((t) => !t.han).map((t) => t.text);
  return [
    ...terms.filter((t) => t.han).map((t) => ({ query: pagefindQuery(t), phrase: searchWords(t.text) })),
    ...(others.length > 0 ? [{ query: others.join(' ') }] : []),
  ];
}

export interface PagefindQuery {
  query: string;
  /** A Han term's words, searched as an exact phrase. */
  phrase?: string[];
}

/** What Pagefind is asked for one term: a quoted phrase for Han terms, the text otherwise. */
export function pagefindQuery(term: QueryTerm): string {
  if (!term.han) return term.text;
  const words = searchWords(term.text);
  return words.length === 1 ? words[0]! : `"${words.join(' ')}"`;
}
