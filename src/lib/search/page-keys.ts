/**
 * What each of Pagefind's pages is — a section (`2021/1-2`) or a listing page (`projects/`) — by
 * the id its results carry (`zh-cn_5fec26a`), as search loads it on opening: results are told
 * apart and the two languages' pages of a section joined before any page's text is loaded.
 *
 * Search needs this for every page of the index, so it is shipped small: each key once, grouped
 * by what comes before its first `/` (`["2021", ["1-1", "1-2"]]`: a plan's sections, which repeat
 * from plan to plan and so compress to almost nothing), and each page's id cut to the shortest
 * prefix no other page of its language shares (Pagefind's ids are hashes: about four hex digits
 * at 200 plans instead of seven and a language). The ids of each language are a list of their
 * own, loaded with that language's index: the n-th prefix is that language's page of the n-th
 * key, `-` where it has none. A prefix answers only for the ids of the index it was made from,
 * which are the only ids search ever asks about.
 */

export type SerializedPageKeys = { keys: [head: string, tails: string[]][]; ids: Record<string, string> };

export class PageKeyError extends Error {}

const NONE = '-';

/** `zh-cn_5fec26a` → its language (`zh-cn`) and hash (`5fec26a`). */
function splitId(id: string): [language: string, hash: string] {
  const at = id.lastIndexOf('_');
  if (at <= 0 || at === id.length - 1) throw new PageKeyError(`${id}: not a Pagefind page id (language_hash)`);
  return [id.slice(0, at), id.slice(at + 1)];
}

/** `2021/1-2` → `2021` and `1-2`; `projects/` → `projects` and nothing. */
function splitKey(key: string): [head: string, tail: string] {
  const at = key.indexOf('/');
  return [key.slice(0, at), key.slice(at + 1)];
}

/** For each hash, the shortest prefix that no other of the hashes starts with. */
function shortestUniquePrefixes(hashes: readonly string[]): Map<string, string> {
  const sorted = [...new Set(hashes)].sort();
  const common = (a = '', b = '') => {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    return n;
  };
  return new Map(sorted.map((hash, i) => [hash, hash.slice(0, Math.max(common(hash, sorted[i - 1]), common(hash, sorted[i + 1])) + 1)]));
}

export function serializePageKeys(pages: ReadonlyMap<string, string>): SerializedPageKeys {
  const keys = [...new Set(pages.values())].sort();
  for (const key of keys) if (!/^[^\s/]+\/\S*$/.test(key)) throw new PageKeyError(`${JSON.stringify(key)}: a page key is a head, a / and a tail, without white space`);
  const grouped: [string, string[]][] = [];
  for (const key of keys) {
    const [head, tail] = splitKey(key);
    if (grouped.at(-1)?.[0] === head) grouped.at(-1)![1].push(tail);
    else grouped.push([head, [tail]]);
  }
  const byLanguage = new Map<string, Map<string, string>>();
  for (const [id, key] of pages) {
    const [language, hash] = splitId(id);
    const ofLanguage = byLanguage.get(language) ?? byLanguage.set(language, new Map()).get(language)!;
    if (ofLanguage.has(key)) throw new PageKeyError(`${key}: two pages in ${language} (${language}_${ofLanguage.get(key)} and ${id})`);
    ofLanguage.set(key, hash);
  }
  const ids: Record<string, string> = {};
  for (const [language, hashOf] of [...byLanguage].sort(([a], [b]) => a.localeCompare(b))) {
    const prefixes = shortestUniquePrefixes([...hashOf.values()]);
    ids[language] = keys.map((key) => (hashOf.has(key) ? prefixes.get(hashOf.get(key)!)! : NONE)).join(' ');
  }
  return { keys: grouped, ids };
}

/** The keys of Pagefind's pages, looked up by their ids, for the languages whose ids are added. */
export class PageKeys {
  readonly #keys: string[];
  readonly #byPrefix = new Map<string, Map<string, string>>();

  constructor(keys: SerializedPageKeys['keys']) {
    this.#keys = keys.flatMap(([head, tails]) => tails.map((tail) => `${head}/${tail}`));
  }

  /** A language's ids (`ids[language]` as serialized). */
  add(language: string, list: string): void {
    const byPrefix = new Map<string, string>();
    (list === '' ? [] : list.split(' ')).forEach((prefix, i) => prefix !== NONE && byPrefix.set(prefix, this.#keys[i]!));
    this.#byPrefix.set(language, byPrefix);
  }

  has(language: string): boolean {
    return this.#byPrefix.has(language);
  }

  /** The key of a page of the index, by the id of a Pagefind result. */
  get(id: string): string | undefined {
    const at = id.lastIndexOf('_');
    const byPrefix = this.#byPrefix.get(id.slice(0, at));
    if (!byPrefix || at < 0) return undefined;
    const hash = id.slice(at + 1);
    for (let length = 1; length <= hash.length; length++) {
      const key = byPrefix.get(hash.slice(0, length));
      if (key !== undefined) return key;
    }
    return undefined;
  }
}
