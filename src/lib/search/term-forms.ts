/**
 * How the crosswalk compares a query with the names, sectors and policy terms of the termbase:
 * English as words (case, hyphens, apostrophes and a plural `s` set aside, so `Internet-of-Vehicles`,
 * `internet of vehicle` and `Xiongan` find `Internet of Vehicles` and `Xiong'an`), Chinese as its
 * characters without spaces or quotation marks (`中芯国际 T2` is `中芯国际T2`, as the plans print
 * either; `放管服` is how a reader types `“放管服”`).
 */

/** Words too common to name anything alone: a form made only of them is matched as written (`IT`, not `it`). */
const STOPWORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'is', 'it', 'its', 'of', 'on', 'or', 'the', 'to', 'with']);

/** A word: letters and digits, with `.` or an apostrophe inside (`JD.com`, `PM2.5`, `Xiong'an`). */
const WORD = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*/gu;

export interface EnglishWord {
  /** As written. */
  text: string;
  /** As compared: lower case, without apostrophes, singular. */
  key: string;
  start: number;
  end: number;
}

/** The English word as compared; `vehicles` and `vehicle` share a key, as do `companies` and `company`. */
export function wordKey(word: string): string {
  const lower = word.normalize('NFKC').toLowerCase().replace(/['’]/g, '');
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`;
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) return lower.slice(0, -1);
  return lower;
}

export function englishWords(text: string): EnglishWord[] {
  return [...text.normalize('NFKC').matchAll(WORD)].map((m) => ({ text: m[0], key: wordKey(m[0]), start: m.index, end: m.index + m[0].length }));
}

export function isStopword(word: Pick<EnglishWord, 'text'>): boolean {
  return STOPWORDS.has(word.text.toLowerCase());
}

export interface FormKey {
  key: string;
  /** Whether the form is compared as written: one made only of stopwords (`IT` is not `it`). */
  asWritten: boolean;
}

/** The key of an English form: its word keys joined by spaces, or its words as written. */
export function englishFormKey(form: string): FormKey {
  const words = englishWords(form);
  const asWritten = words.every(isStopword);
  return { key: keyOfWords(words, asWritten), asWritten };
}

/** The same key for a run of words of a query or a paragraph, given how the form was keyed. */
export function keyOfWords(words: readonly EnglishWord[], asWritten: boolean): string {
  return words.map((w) => (asWritten ? w.text : w.key)).join(' ');
}

/** Chinese as compared: compatibility forms folded, spaces and quotation marks removed (`“放管服”改革`). */
export function chineseKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s“”‘’"'「」『』]+/g, '');
}

/** The forms of an English name the rendering prints: as it is, and without its bracketed parts. */
export function printedForms(en: string): string[] {
  return unique([en, en.replace(/\s*\([^)]*\)/g, '').trim()]);
}

/**
 * Every English form of an entry: those the rendering prints (`Gross regional product (GRP)
 * growth`, `Gross regional product growth`), an abbreviation it brackets (`GRP`), and the other
 * forms the termbase lists (`IoV`, `chips`).
 */
export function englishForms(en: string, also: readonly string[] = []): string[] {
  const abbreviations = [...en.matchAll(/\(([A-Z][A-Z0-9]{1,6})\)/g)].map((m) => m[1]!);
  return unique([...printedForms(en), ...abbreviations, ...also]);
}

/** Forms with distinct keys, the first of each kept. */
function unique(forms: string[]): string[] {
  const seen = new Set<string>();
  return forms.filter((form) => {
    const { key } = englishFormKey(form);
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The id the listing pages give an entry: its English as a slug, as `slugOf` in
 * `src/lib/english/lexicon.ts` makes it (the crosswalk stores an id only where the two differ,
 * so a change there costs bytes, never a broken link).
 */
export function slugOf(en: string): string {
  return en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
