/**
 * Which crosswalk entries a query names: the longest forms first, left to right (`SMIC T2 capacity
 * expansion project` is the project, not SMIC and then some words), in English by words (any of
 * an entry's English forms, case aside) and in Chinese by characters (any of its printed forms).
 * A query that names nothing but entries (English stopwords aside) can be answered from the other
 * language alone; one that says more is only annotated with what it names.
 */
import type { CrosswalkTerm } from './crosswalk.ts';
import { chineseKey, englishFormKey, englishForms, englishWords, isStopword, keyOfWords } from './term-forms.ts';

export interface NamedSpan {
  /** The part of the query that names the entries, as typed. */
  typed: string;
  /** The entries it names (one form may name several: `chips` is integrated circuits and semiconductors). */
  entries: number[];
}

export interface Naming {
  /** The language the query was read in: Chinese when it holds a Han character. */
  language: 'zh' | 'en';
  spans: NamedSpan[];
  /** Whether the query names entries and says nothing else. */
  whole: boolean;
}

/** The crosswalk's forms as lookup tables, made once per crosswalk. */
export class TermLookup {
  readonly #english = new Map<string, number[]>();
  readonly #chinese = new Map<string, number[]>();
  #longestEnglish = 0;
  #longestChinese = 0;

  constructor(crosswalk: { entries: readonly Pick<CrosswalkTerm, 'zh' | 'en' | 'also'>[] }) {
    const add = (map: Map<string, number[]>, key: string, entry: number) => {
      const list = map.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      map.set(key, list);
    };
    crosswalk.entries.forEach((entry, i) => {
      for (const form of englishForms(entry.en, entry.also)) {
        const { key, asWritten } = englishFormKey(form);
        add(this.#english, `${asWritten ? 'w' : 'k'}:${key}`, i);
        this.#longestEnglish = Math.max(this.#longestEnglish, key.split(' ').length);
      }
      for (const form of entry.zh) {
        const key = chineseKey(form);
        if (key === '') continue;
        add(this.#chinese, key, i);
        this.#longestChinese = Math.max(this.#longestChinese, [...key].length);
      }
    });
  }

  /** What a query (normalized: Simplified, compatibility forms folded) names. */
  name(query: string): Naming {
    return /\p{Script=Han}/u.test(query) ? this.#nameChinese(query) : this.#nameEnglish(query);
  }

  #nameEnglish(query: string): Naming {
    const words = englishWords(query);
    const spans: NamedSpan[] = [];
    let whole = words.length > 0;
    for (let i = 0; i < words.length; ) {
      let found = false;
      for (let n = Math.min(this.#longestEnglish, words.length - i); n > 0 && !found; n--) {
        const run = words.slice(i, i + n);
        const entries = [...new Set([...(this.#english.get(`k:${keyOfWords(run, false)}`) ?? []), ...(this.#english.get(`w:${keyOfWords(run, true)}`) ?? [])])];
        if (entries.length === 0) continue;
        spans.push({ typed: query.normalize('NFKC').slice(run[0]!.start, run.at(-1)!.end), entries });
        i += n;
        found = true;
      }
      if (!found) {
        if (!isStopword(words[i]!)) whole = false;
        i++;
      }
    }
    return { language: 'en', spans, whole: whole && spans.length > 0 };
  }

  #nameChinese(query: string): Naming {
    const chars = [...chineseKey(query)];
    const spans: NamedSpan[] = [];
    let whole = true;
    for (let i = 0; i < chars.length; ) {
      let found = false;
      for (let n = Math.min(this.#longestChinese, chars.length - i); n > 0 && !found; n--) {
        const typed = chars.slice(i, i + n).join('');
        const entries = this.#chinese.get(typed);
        if (!entries) continue;
        spans.push({ typed, entries: [...entries] });
        i += n;
        found = true;
      }
      if (!found) {
        if (/[\p{L}\p{N}]/u.test(chars[i]!)) whole = false;
        i++;
      }
    }
    return { language: 'zh', spans, whole: whole && spans.length > 0 };
  }
}
