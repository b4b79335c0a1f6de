/**
 * The excerpt a search result shows: the sentence of the landed paragraph that holds the first
 * match, whole when it is short enough and cut at clause boundaries around the match when it is
 * not, with the matches marked. Built from the page text Pagefind stores (its `raw_content`, whose
 * word positions its matches give), as plain parts, so it is rendered as text and never as HTML.
 */
import { ZERO_WIDTH_SPACE } from './han.ts';

export interface ExcerptPart {
  text: string;
  marked: boolean;
  /** A part in the other language than the excerpt's (a listing shows a name in both). */
  lang?: 'zh' | 'en' | undefined;
}

/** Pagefind's word separators for text that is not cut by zero-width spaces (see its `build_excerpt`). */
const WORD_SEPARATORS = /[^\S\uFEFF]+/g;

/** Longest excerpt, in characters, before it is cut to the clauses around the match. */
const LONGEST = { en: 240, zh: 100 } as const;
const CLAUSE_END = { en: /[,;:](?=\s)/g, zh: /[，；：、]/g } as const;

export interface SnippetInput {
  /** The page's text as Pagefind stores it: `<` and `>` escaped, Chinese cut by zero-width spaces. */
  rawContent: string;
  /** The words of the paragraph: from the position of its anchor to that of the next. */
  start: number;
  end: number;
  /** Positions of the matched words. */
  locations: readonly number[];
  /** Phrases to mark instead of the words at `locations` (a Chinese term's characters). */
  phrases?: readonly (readonly string[])[];
  lang: 'zh' | 'en';
}

const unescape = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');

/** The words of a page's stored text, numbered as Pagefind's match positions number them. */
export function pageWords(rawContent: string): string[] {
  return rawContent.includes(ZERO_WIDTH_SPACE) ? rawContent.split(ZERO_WIDTH_SPACE) : rawContent.split(WORD_SEPARATORS);
}
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The paragraph's text and the character spans of its matches, merged where only spaces part them. */
function paragraphWithMatches(input: SnippetInput): { text: string; marks: [number, number][] } {
  const words = pageWords(input.rawContent);
  const joiner = input.rawContent.includes(ZERO_WIDTH_SPACE) ? '' : ' ';
  const offsets: number[] = [];
  let text = '';
  for (let i = Math.max(0, input.start); i < Math.min(words.length, input.end); i++) {
    if (text !== '') text += joiner;
    offsets[i] = text.length;
    text += unescape(words[i]!);
  }
  const marks: [number, number][] = [];
  if (input.phrases && input.phrases.length > 0) {
    const pattern = new RegExp(input.phrases.map((phrase) => phrase.map(escapeRegExp).join('\\s*')).join('|'), 'giu');
    for (const match of text.matchAll(pattern)) if (match[0] !== '') marks.push([match.index, match.index + match[0].length]);
  } else {
    for (const location of [...input.locations].sort((a, b) => a - b)) {
      const at = offsets[location];
      if (at === undefined) continue;
      const word = unescape(words[location]!);
      // The word without the punctuation Pagefind keeps on it (`SMIC,`).
      const lead = /^[^\p{L}\p{N}]*/u.exec(word)![0].length;
      const trail = /[^\p{L}\p{N}]*$/u.exec(word)![0].length;
      if (lead + trail < word.length) marks.push([at + lead, at + word.length - trail]);
    }
  }
  const merged: [number, number][] = [];
  for (const mark of marks.sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && /^\s*$/.test(text.slice(last[1], mark[0]))) last[1] = Math.max(last[1], mark[1]);
    else merged.push([...mark]);
  }
  return { text, marks: merged };
}

/** The sentence of `text` around `at` (Intl.Segmenter's sentences). */
function sentenceAround(text: string, at: number, lang: 'zh' | 'en'): [number, number] {
  for (const { index, segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    if (at < index + segment.length) return [index, index + segment.trimEnd().length];
  }
  return [0, text.length];
}

/**
 * A long sentence cut to at most `longest` characters around the match `[from, to)`: at clause
 * boundaries where the clauses fit, else at word boundaries (any character, in Chinese).
 */
function window(text: string, [start, end]: [number, number], [from, to]: [number, number], lang: 'zh' | 'en'): [number, number] {
  const longest = LONGEST[lang];
  if (end - start <= longest) return [start, end];
  const clauseEnds = [...text.slice(start, end).matchAll(CLAUSE_END[lang])].map((m) => start + m.index + 1);
  // Clause boundaries: the clause of the match, then whole clauses around it while they fit.
  const lefts = [start, ...clauseEnds].filter((b) => b <= from).reverse();
  const rights = [...clauseEnds.map((b) => b - 1), end].filter((b) => b >= to);
  let [li, ri] = [0, 0];
  for (let grew = true; grew; ) {
    grew = false;
    if (ri + 1 < rights.length && rights[ri + 1]! - lefts[li]! <= longest) [ri, grew] = [ri + 1, true];
    if (li + 1 < lefts.length && rights[ri]! - lefts[li + 1]! <= longest) [li, grew] = [li + 1, true];
  }
  let [left, right] = [lefts[li]!, rights[ri]!];
  if (right - left > longest) {
    left = Math.max(left, from - Math.floor(longest / 3));
    right = Math.min(right, Math.max(to, left + longest));
    if (lang === 'en') {
      const space = text.lastIndexOf(' ', left);
      left = space >= start && space < from ? space + 1 : left;
      const nextSpace = text.indexOf(' ', right);
      right = nextSpace !== -1 && nextSpace < end && nextSpace - right < 20 ? nextSpace : right;
    }
  }
  return [left, right];
}

/** The excerpt of a paragraph as text parts, its matches marked. */
export function sentenceExcerpt(input: SnippetInput): ExcerptPart[] {
  const { text, marks } = paragraphWithMatches(input);
  if (text === '') return [];
  const first = marks[0] ?? [0, 0];
  const sentence = sentenceAround(text, first[0], input.lang);
  let [from, to] = window(text, sentence, first, input.lang);
  while (from < first[0] && /\s/.test(text[from]!)) from++;
  while (to > first[1] && /\s/.test(text[to - 1]!)) to--;
  const parts: ExcerptPart[] = [];
  const plain = (s: string) => s !== '' && parts.push({ text: s, marked: false });
  const ellipsis = input.lang === 'zh' ? '…' : '… ';
  if (from > 0 && !/[.!?。！？；;]\s*$/.test(text.slice(0, from))) plain(ellipsis);
  let at = from;
  for (const [markStart, markEnd] of marks) {
    if (markEnd <= from || markStart >= to) continue;
    const [s, e] = [Math.max(markStart, from), Math.min(markEnd, to)];
    plain(text.slice(at, s));
    parts.push({ text: text.slice(s, e), marked: true });
    at = e;
  }
  plain(text.slice(at, to));
  if (to < text.length && !/[.!?。！？；;]$/.test(text.slice(from, to).trimEnd())) plain(ellipsis.split('').reverse().join(''));
  return parts;
}
