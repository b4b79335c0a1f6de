import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { separateHanCharacters, ZERO_WIDTH_SPACE as Z } from '../../src/lib/search/han.ts';
import { indexMayMatch } from '../../src/lib/search/indexes.ts';
import { pagefindQueries, pagefindQuery, parseQuery, searchWords } from '../../src/lib/search/query.ts';
import { bestSubResult, countMatches, distinctMatches, hitScore, intersectHits, phraseRuns } from '../../src/lib/search/results.ts';
import { buildSimplifiedMap, parseSimplifiedMap, serializeSimplifiedMap, toSimplified } from '../../src/lib/search/simplified.ts';

describe('separateHanCharacters', () => {
  it('puts a zero-width space between Han characters that meet, also across inline tags', () => {
    expect(separateHanCharacters('<p>建成5G基站</p>')).toBe(`<p>建${Z}成5G基${Z}站</p>`);
    expect(separateHanCharacters('<span>思想</span>和')).toBe(`<span>思${Z}想</span>${Z}和`);
  });

  it('leaves tags, attributes, scripts, styles and spaced text alone', () => {
    const html = '<p title="高新技术">PM<sub>2.5</sub> 2020 年</p><script>"高新"</script><style>/*高新*/</style>';
    expect(separateHanCharacters(html)).toBe(html);
  });

  it('changes nothing but the added spaces', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('高', '新', 'a', '1', ' ', '<b>', '</b>', '。') }), (html) => separateHanCharacters(html).replaceAll(Z, '') === html));
  });
});

describe('parseQuery', () => {
  const map = { 術: '术', 業: '业', 復: '复', 產: '产' };

  it('folds full-width forms and Traditional characters', () => {
    expect(parseQuery('高新技術企業', map)).toEqual([{ text: '高新技术企业', han: true }]);
    expect(parseQuery('ＰＭ２．５', map)).toEqual([{ text: 'PM2.5', han: false }]);
  });

  it('splits on spaces but keeps quoted phrases whole', () => {
    expect(parseQuery('疫情防控  復工復產', map).map((t) => t.text)).toEqual(['疫情防控', '复工复产']);
    expect(parseQuery('“京津冀 协同”', map)).toEqual([{ text: '京津冀 协同', han: true }]);
  });

  it('drops terms with no searchable word', () => {
    expect(parseQuery(' ，。 "" ', map)).toEqual([]);
  });
});

describe('searchWords and pagefindQuery', () => {
  it('cuts Han into characters and keeps Latin and digit runs', () => {
    expect(searchWords('5G基站')).toEqual(['5g', '基', '站']);
    expect(searchWords('5G 基站')).toEqual(searchWords('5G基站'));
    expect(searchWords('PM2.5浓度')).toEqual(['pm2.5', '浓', '度']);
  });

  it('asks for a Han term as an exact phrase and for other terms as typed', () => {
    expect(pagefindQuery({ text: '5G 基站', han: true })).toBe('"5g 基 站"');
    expect(pagefindQuery({ text: '站', han: true })).toBe('站');
    expect(pagefindQueries(parseQuery('rural 乡村振兴 revitalization', {}))).toEqual([
      { query: '"乡 村 振 兴"', phrase: ['乡', '村', '振', '兴'] },
      { query: 'rural revitalization' },
    ]);
  });
});

describe('indexMayMatch', () => {
  const terms = (query: string) => parseQuery(query, {});

  it('needs the English rendering only for a query with Latin letters or digits', () => {
    expect(indexMayMatch('en', terms('高新技术企业'))).toBe(false);
    expect(indexMayMatch('en', terms('疫情防控 “京津冀 协同”'))).toBe(false);
    expect(indexMayMatch('en', terms('rural revitalization'))).toBe(true);
    expect(indexMayMatch('en', terms('PM2.5 浓度'))).toBe(true);
    expect(indexMayMatch('en', terms('676'))).toBe(true);
  });

  it('needs the originals for Han characters, numbers and the Latin words they print, and only then', () => {
    const latinOfOriginals = new Set(['pm2.5', 'emba']);
    for (const query of ['高新技术企业', '676', 'PM2.5', 'EMBA 联盟', '2.7 亿元']) expect(indexMayMatch('zh-cn', terms(query), { latinOfOriginals }), query).toBe(true);
    for (const query of ['rural revitalization', 'SMIC', 'PM2.5 investment']) expect(indexMayMatch('zh-cn', terms(query), { latinOfOriginals }), query).toBe(false);
    expect(indexMayMatch('zh-cn', terms(' ，。 '))).toBe(false);
  });

  it('without the list of Latin words, assumes the originals may hold any', () => {
    expect(indexMayMatch('zh-cn', terms('rural revitalization'))).toBe(true);
  });

  it('needs neither index that the content filter leaves out', () => {
    expect(indexMayMatch('en', terms('rural'), { content: 'original' })).toBe(false);
    expect(indexMayMatch('en', terms('rural'), { content: 'english' })).toBe(true);
    expect(indexMayMatch('zh-cn', terms('乡村振兴'), { content: 'english' })).toBe(false);
    expect(indexMayMatch('zh-cn', terms('乡村振兴'), { content: 'original' })).toBe(true);
  });
});

describe('Traditional to Simplified', () => {
  const convert = (c: string) => ({ 術: '术', 著: '着', 乾: '干', 體: '体' })[c] ?? c;

  it('keeps only pairs whose Simplified form occurs, and never maps a character of the corpus', () => {
    expect(buildSimplifiedMap('技术 显著 干部', ['術', '著', '乾', '體', 'x'], convert)).toEqual({ 術: '术', 乾: '干' });
  });

  it('round-trips the shipped form and converts text character by character', () => {
    const map = { 術: '术', 業: '业' };
    expect(parseSimplifiedMap(serializeSimplifiedMap(map))).toEqual(map);
    expect(toSimplified('高新技術企業 PM2.5', map)).toBe('高新技术企业 PM2.5');
    expect(() => parseSimplifiedMap('術术業')).toThrow(/odd/);
  });
});

describe('results', () => {
  const hit = (id: string, score: number, matches = 1) => ({ id, score, words: Array.from({ length: matches }, (_, i) => i) });

  it('keeps pages every search found, best summed score first', () => {
    const a = [hit('x', 1), hit('y', 5), hit('z', 2)];
    const b = [hit('z', 9), hit('x', 1)];
    expect(intersectHits([{ hits: a }, { hits: b }]).map((h) => h.id)).toEqual(['z', 'x']);
    expect(intersectHits([{ hits: a }]).map((h) => h.id)).toEqual(['y', 'z', 'x']);
    expect(intersectHits([])).toEqual([]);
  });

  it('counts the occurrences of a phrase as runs of consecutive word positions', () => {
    expect(phraseRuns([3, 4, 5, 9, 20, 21, 22, 23, 24, 25], 3)).toBe(3);
    expect(phraseRuns([1, 3, 5], 2)).toBe(0);
    expect(phraseRuns([7, 1, 4], 1)).toBe(3);
  });

  it('ranks a phrase by how often the page says it, whatever Pagefind scores its characters', () => {
    const scattered = { id: 'often-青', score: 40, words: [1, 5, 9, 13, 17, 30, 31, 32] };
    const said = { id: 'says-杨柳青', score: 2, words: [1, 2, 3, 10, 11, 12] };
    expect(intersectHits([{ hits: [scattered, said], phraseLength: 3 }]).map((h) => h.id)).toEqual(['says-杨柳青', 'often-青']);
    expect(hitScore(said, 3)).toBeGreaterThan(hitScore(scattered, 3));
    expect(hitScore(said, undefined)).toBe(2);
  });

  const sub = (id: string | undefined, locations: number[], element = 'p') => ({ url: `/#${id}`, excerpt: '', locations, anchor: id ? { id, element } : undefined });
  const n = (count: number, from = 0) => Array.from({ length: count }, (_, i) => from + i);

  it('lands on the paragraph (or listing entry) with the most matches', () => {
    expect(bestSubResult([sub(undefined, n(9)), sub('p1-1-1', n(1)), sub('p1-1-2', n(3)), sub('p1-1-3', n(3))])?.anchor?.id).toBe('p1-1-2');
    expect(bestSubResult([sub('heading', n(5), 'h2'), sub('p1-1-1', n(1))])?.anchor?.id).toBe('p1-1-1');
    expect(bestSubResult([sub('heading', n(5), 'h2'), sub('smic', n(1), 'li')])?.anchor?.id).toBe('smic');
    expect(bestSubResult([sub('heading', n(5), 'h2'), sub('p1-1-1', [])])?.anchor?.id).toBe('heading');
    expect(bestSubResult([sub(undefined, n(2))])).toBeUndefined();
  });

  it('for a phrase, lands where the phrase is said most, whatever its words elsewhere', () => {
    const scattered = sub('p1-1-1', [1, 5, 9, 13, 17]);
    const said = sub('p1-1-2', [30, 31, 32]);
    expect(bestSubResult([scattered, said], countMatches(3))?.anchor?.id).toBe('p1-1-2');
  });

  it('for several English words, lands where they all are, not where one of them repeats', () => {
    const words = ['Xinkou', 'Town', 'towns', 'and', 'towns', 'the', 'town', 'of', 'the'];
    const weigh = distinctMatches((at) => words[at]?.toLowerCase().replace(/s$/, ''), (w) => w === 'the' || w === 'of');
    expect(bestSubResult([sub('p1-1-1', [2, 4, 6]), sub('p1-1-2', [0, 1])], weigh)?.anchor?.id).toBe('p1-1-2');
    expect(weigh([5, 7, 8])).toBe(0);
  });
});
