/**
 * The Traditional→Simplified pairs of a corpus, asked of opencc-js at build time (see
 * `simplified.ts` for why only these pairs are shipped). Candidates are every character of
 * OpenCC's Traditional, Taiwan and Hong Kong dictionaries; each is converted as Taiwan and as
 * Hong Kong text, since a few characters differ only in one of the two standards.
 */
import * as OpenCC from 'opencc-js';
import { buildSimplifiedMap } from './simplified.ts';

type DictGroups = readonly (readonly unknown[])[];

function dictionaryCharacters(groups: DictGroups): string[] {
  const chars: string[] = [];
  for (const group of groups) {
    for (const dict of group) {
      const text = typeof dict === 'string' ? dict : JSON.stringify(dict);
      for (const char of text) if (/\p{Script=Han}/u.test(char)) chars.push(char);
    }
  }
  return chars;
}

export function simplifiedMapForCorpus(corpus: string): Record<string, string> {
  const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const { from, to } = OpenCC.Locale;
  const candidates = [from.tw!, from.hk!, to.cn!].flatMap((groups) => dictionaryCharacters(groups as DictGroups));
  return buildSimplifiedMap(corpus, candidates, (char) => {
    const taiwan = fromTaiwan(char);
    return taiwan !== char ? taiwan : fromHongKong(char);
  });
}
