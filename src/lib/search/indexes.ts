/**
 * Which of the site's two Pagefind indexes a search can find anything in, so that the browser
 * loads the other edition's index only for a query that needs it.
 *
 * The `zh-cn` index of the originals holds each Han character as a word and also the Latin words
 * and numbers of the plans (`PM2.5`, `5G`, `676`): any query may match it. The `en` index of the
 * summaries holds English words and numbers; the little Han text on English pages (quoted in
 * editorial notes) is not cut into characters there, so a query made only of Han characters,
 * searched as the phrases of its characters (see `query.ts`), finds nothing in it that the
 * originals do not hold.
 */
import { isHan } from './han.ts';
import { searchWords, type QueryTerm } from './query.ts';

export type IndexLanguage = 'zh-cn' | 'en';

/** The Pagefind index of each edition's text, named as the `content` filter names it. */
const CONTENT_OF: Record<IndexLanguage, 'original' | 'summary'> = { 'zh-cn': 'original', en: 'summary' };

/**
 * Whether a search for these terms, narrowed (or not) to one kind of content, can match in the
 * index of `language`.
 */
export function indexMayMatch(language: IndexLanguage, terms: readonly QueryTerm[], content?: 'original' | 'summary'): boolean {
  if (content && content !== CONTENT_OF[language]) return false;
  if (language === 'zh-cn') return terms.length > 0;
  return terms.some((term) => searchWords(term.text).some((word) => !isHan(word)));
}
