/**
 * Which of the site's two Pagefind indexes a search can find anything in, so that the browser
 * loads the other edition's index only for a query that needs it.
 *
 * The `zh-cn` index of the originals holds each Han character as a word, and the few Latin words
 * the plans print (`PM2.5`, `5G`, `T2`) and their numbers (`676`): a query can match there if it
 * has a Han character, a digit, or one of those Latin words (the crosswalk lists them), so an
 * English query such as `investment` never loads it. The `en` index of the English rendering holds
 * English words and numbers, and no Chinese (quoted Chinese on English pages is left out of it),
 * so a query made only of Han characters finds nothing there.
 */
import { isHan } from './han.ts';
import { searchWords, type QueryTerm } from './query.ts';

export type IndexLanguage = 'zh-cn' | 'en';

/** The Pagefind index of each edition's text, named as the `content` filter names it. */
const CONTENT_OF: Record<IndexLanguage, 'original' | 'english'> = { 'zh-cn': 'original', en: 'english' };

export interface IndexScope {
  /** The `content` filter, if the reader chose one (listings are in the `en` index). */
  content?: 'original' | 'english' | undefined;
  /** The words of the originals that are neither Han nor numbers, lower case; unknown if absent. */
  latinOfOriginals?: ReadonlySet<string> | undefined;
}

/**
 * Whether a search for these terms, within the scope, can match in the index of `language` (a page
 * matches only if it holds every word, so one word the index lacks rules it out).
 */
export function indexMayMatch(language: IndexLanguage, terms: readonly QueryTerm[], scope: IndexScope = {}): boolean {
  if (scope.content && scope.content !== CONTENT_OF[language]) return false;
  const words = terms.flatMap((term) => searchWords(term.text));
  if (language === 'en') return words.some((word) => !isHan(word));
  const latin = scope.latinOfOriginals;
  return words.length > 0 && words.every((word) => isHan(word) || /\d/.test(word) || latin === undefined || latin.has(word));
}

/** The words of a text that are neither Han nor numbers, as `indexMayMatch` looks them up. */
export function latinWords(text: string): string[] {
  return [...new Set(searchWords(text).filter((word) => !isHan(word) && !/\d/.test(word)))];
}
