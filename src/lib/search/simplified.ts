/**
 * Traditional → Simplified for search queries, from a small character map.
 *
 * The plans are printed in Simplified characters; readers in Hong Kong, Macao and Taiwan type
 * Traditional ones. opencc-js converts them, but its smallest Traditional→Simplified bundle is
 * about 109 kB (52 kB gzipped), which alone would take most of search's 150 kB budget. The index
 * script therefore asks opencc-js, once per build, which Traditional characters turn into a
 * character that occurs in the plans, and ships only those pairs (a few kB): a query character
 * outside the map cannot match the plans in any form, so nothing is lost.
 */

/** Traditional character → Simplified character. */
export type SimplifiedMap = Readonly<Record<string, string>>;

/** The text with each mapped character replaced; everything else as it was. */
export function toSimplified(text: string, map: SimplifiedMap): string {
  let out = '';
  for (const char of text) out += map[char] ?? char;
  return out;
}

/**
 * The pairs a corpus needs: every candidate whose conversion is a single character of the corpus.
 * A candidate that itself occurs in the corpus is a Simplified character in its own right (`著`
 * in `著作`, which OpenCC would turn into `着`) and is kept as it is.
 */
export function buildSimplifiedMap(corpus: string, candidates: Iterable<string>, convert: (text: string) => string): Record<string, string> {
  const present = new Set(corpus);
  const map: Record<string, string> = {};
  for (const candidate of [...new Set(candidates)].sort()) {
    if (present.has(candidate)) continue;
    const simplified = convert(candidate);
    if (simplified !== candidate && [...simplified].length === 1 && present.has(simplified)) map[candidate] = simplified;
  }
  return map;
}

/**
 * The map as shipped: one string of Traditional/Simplified pairs (`實实體体…`), half the size of
 * the same map as a JSON object.
 */
export function serializeSimplifiedMap(map: SimplifiedMap): string {
  return Object.entries(map).map(([traditional, simplified]) => traditional + simplified).join('');
}

export function parseSimplifiedMap(pairs: string): SimplifiedMap {
  const chars = [...pairs];
  if (chars.length % 2 !== 0) throw new Error('Traditional→Simplified map: odd number of characters');
  const map: Record<string, string> = {};
  for (let i = 0; i < chars.length; i += 2) map[chars[i]!] = chars[i + 1]!;
  return map;
}
