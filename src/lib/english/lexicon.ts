/**
 * The leaves of the English grammar: every Chinese word or name the termbase renders, looked up
 * by its printed form with spaces removed (`5G 基站` and `5G基站` are one key). Names, sectors and
 * policy terms carry a reference, so the pages can mark them up and the data files can list
 * their mentions; noun phrases are plain vocabulary.
 *
 * One Chinese form has one English everywhere: two files that give the same form different
 * English are refused, naming both places.
 */
import type { NameEntry, Termbase } from '../termbase/termbase.ts';
import { TermbaseError } from '../termbase/termbase-error.ts';
import { untracedNumbers } from './number-trace.ts';

export interface EntrySource {
  file: string;
  key: string;
}

/** `names.yaml:西青区`: an entry's identity in coverage and leverage counts. */
export const sourceId = ({ file, key }: EntrySource) => `${file}:${key}`;

export type RefKind = 'entity' | 'sector' | 'term' | 'figure';

/** What a piece of English stands for, when it stands for something the site lists. */
export interface Ref {
  kind: RefKind;
  id: string;
  /** A name the termbase lacks, rendered in pinyin for now. */
  transliterated?: boolean;
}

export interface LexiconEntry {
  zh: string;
  en: string;
  /** Its form before another noun (工业 → industrial), where that differs. */
  mod?: string;
  ref: Ref | undefined;
  /** The name's kind (company, project, land …) for an entity. */
  entityKind: NameEntry['kind'] | undefined;
  /** Which entry of the termbase this is (`names.yaml`, 西青区), for coverage, leverage and messages. */
  source: EntrySource;
}

/** The key a Chinese form is looked up by: white space removed. */
export const compact = (zh: string) => zh.replace(/\s+/g, '');

/** A stable id from English (`Xinkou Town` → `xinkou-town`). */
export function slugOf(en: string): string {
  return en
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export class Lexicon {
  readonly #entries = new Map<string, LexiconEntry>();
  readonly #kinds = new Map<string, string>();
  readonly #termbase: Pick<Termbase, 'dir' | 'lines'>;

  constructor(termbase: Pick<Termbase, 'dir' | 'lines'>) {
    this.#termbase = termbase;
  }
  /** Longest key, so a scan never looks further. */
  longest = 0;

  add(entry: LexiconEntry): void {
    const key = compact(entry.zh);
    // An entry's English may state only the numbers its Chinese prints (十四五 → 14th): every other
    // number in the English comes from a figure.
    const untraced = untracedNumbers(`${entry.en} ${entry.mod ?? ''}`, [entry.zh]);
    if (untraced.length > 0) {
      const { file, line } = this.#where(entry.source);
      throw new TermbaseError(file, line, `${entry.zh} is "${entry.en}", which states ${untraced.join(', ')}; the Chinese prints no such number, and numbers in English come only from figures`);
    }
    const existing = this.#entries.get(key);
    if (existing && existing.en !== entry.en) {
      const first = this.#where(existing.source);
      const second = this.#where(entry.source);
      throw new TermbaseError(second.file, second.line, `${entry.zh} is "${entry.en}" here but "${existing.en}" at ${first.file}:${first.line}: one Chinese form takes one English everywhere`);
    }
    if (existing) return;
    this.#entries.set(key, entry);
    if (entry.ref?.kind === 'entity' && entry.entityKind) this.#kinds.set(entry.ref.id, entry.entityKind);
    this.longest = Math.max(this.longest, key.length);
  }

  #where({ file, key }: EntrySource): { file: string; line: number } {
    return { file: `${this.#termbase.dir}/${file}`, line: this.#termbase.lines.get(file)?.get(key) ?? 1 };
  }

  /** The kind of a named entity (company, land …) by its id. */
  entityKind(id: string): string | undefined {
    return this.#kinds.get(id);
  }

  get(key: string): LexiconEntry | undefined {
    return this.#entries.get(key);
  }

  entries(): IterableIterator<LexiconEntry> {
    return this.#entries.values();
  }
}

/** Names, sectors, policy terms and noun phrases of the termbase as one lexicon. */
export function buildLexicon(termbase: Termbase): Lexicon {
  const lexicon = new Lexicon(termbase);
  for (const [zh, name] of termbase.names) {
    lexicon.add({ zh, en: name.en, ref: { kind: 'entity', id: slugOf(name.en) }, entityKind: name.kind, source: { file: 'names.yaml', key: zh } });
  }
  for (const [id, sector] of termbase.sectors) {
    for (const zh of sector.zh) lexicon.add({ zh, en: sector.en, ref: { kind: 'sector', id }, entityKind: undefined, source: { file: 'sectors.yaml', key: id } });
  }
  for (const [zh, term] of termbase.policy) {
    lexicon.add({ zh, en: term.en, ref: { kind: 'term', id: slugOf(term.en) }, entityKind: undefined, source: { file: 'policy.yaml', key: zh } });
  }
  for (const [zh, phrase] of termbase.phrases) lexicon.add({ zh, en: phrase.en, ref: undefined, entityKind: undefined, source: { file: 'phrases.yaml', key: zh } });
  for (const [zh, noun] of termbase.nouns) {
    const forms = typeof noun === 'string' ? { en: noun } : noun;
    lexicon.add({ zh, ...forms, ref: undefined, entityKind: undefined, source: { file: 'nouns.yaml', key: zh } });
  }
  return lexicon;
}
