/**
 * Citations of one section of a plan, as plain text a reader can copy: APA (7th edition, a
 * section of a government report) and Chicago (17th edition, bibliography entry). The work cited
 * is the Chinese original; English citations add the English title in square brackets after the
 * Chinese one, as both styles ask for works in another language. A title the editors supplied
 * (the source prints none) is given in square brackets, as a description rather than a title.
 */

export interface CitedSection {
  /** The language the citation is written in (the page's). */
  lang: 'zh' | 'en';
  /** The issuing body, named in the citation's language. */
  author: string;
  /** The date of issue, `YYYY-MM-DD`. */
  issued: string;
  /** The plan's title as printed. */
  documentTitle: string;
  /** Its English rendering, for English citations. */
  documentTitleEn?: string | undefined;
  /** The section's title as printed, or as supplied by the editors. */
  sectionTitle: string;
  sectionTitleEn?: string | undefined;
  /** True when the editors supplied the section title. */
  sectionTitleEditorial: boolean;
  /** Where the citation's reader finds it: the site's name. */
  publisher: string;
  /** The section's permalink. */
  url: string;
}

function day(iso: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`citation: "${iso}" is not a YYYY-MM-DD date`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2021, January 18` (APA) or `January 18, 2021` (Chicago); `2021年1月18日` in Chinese. */
function dateOf(iso: string, lang: CitedSection['lang'], order: 'year-first' | 'month-first'): string {
  const d = day(iso);
  if (lang === 'zh') return `${d.year}年${d.month}月${d.day}日`;
  const monthDay = `${MONTHS[d.month - 1]} ${d.day}`;
  return order === 'year-first' ? `${d.year}, ${monthDay}` : `${monthDay}, ${d.year}`;
}

/** A title with its English rendering in square brackets, in English citations. */
function titled(original: string, english: string | undefined, lang: CitedSection['lang']): string {
  return lang === 'en' && english ? `${original} [${english}]` : original;
}

function sectionTitleOf(c: CitedSection): string {
  const title = titled(c.sectionTitle, c.sectionTitleEn, c.lang);
  return c.sectionTitleEditorial ? `[${title}]` : title;
}

/** Ends a citation element with a full stop, unless it already ends with punctuation. */
function sentence(text: string): string {
  return /[.?!。？！]$/.test(text) ? text : `${text}.`;
}

/** APA: Author. (Date). Document title: Section title. Publisher. URL */
export function apaCitation(c: CitedSection): string {
  return [
    sentence(c.author),
    `(${dateOf(c.issued, c.lang, 'year-first')}).`,
    sentence(`${titled(c.documentTitle, c.documentTitleEn, c.lang)}: ${sectionTitleOf(c)}`),
    sentence(c.publisher),
    c.url,
  ].join(' ');
}

/** Chicago: Author. "Section title." In Document title. Date. Publisher. URL. */
export function chicagoCitation(c: CitedSection): string {
  return [
    sentence(c.author),
    `“${sentence(sectionTitleOf(c))}”`,
    sentence(`${c.lang === 'zh' ? '载' : 'In'} ${titled(c.documentTitle, c.documentTitleEn, c.lang)}`),
    sentence(dateOf(c.issued, c.lang, 'month-first')),
    sentence(c.publisher),
    `${c.url}.`,
  ].join(' ');
}
