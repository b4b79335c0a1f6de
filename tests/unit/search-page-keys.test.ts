/**
 * The keys of Pagefind's pages as search loads them: every page of the index found by its id from
 * a prefix no other page of its language shares, in less than the ids would take whole.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PageKeyError, PageKeys, serializePageKeys } from '../../src/lib/search/page-keys.ts';

const hash = fc.stringMatching(/^[0-9a-f]{7}$/);

describe('page keys', () => {
  it('find every page of the index by its id, in both languages, listing pages only in one', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(hash, hash), { minLength: 1, maxLength: 300, selector: ([zh]) => zh }), (pairs) => {
        const enHashes = new Set<string>();
        const pages = new Map<string, string>();
        pairs.forEach(([zh, en], i) => {
          pages.set(`zh-cn_${zh}`, `${2000 + (i % 40)}/${Math.floor(i / 40)}-${i % 7}x${i}`);
          if (!enHashes.has(en)) {
            enHashes.add(en);
            pages.set(`en_${en}`, pages.get(`zh-cn_${zh}`)!);
          }
        });
        pages.set('en_fffffff0', 'projects/');
        const shipped = JSON.parse(JSON.stringify(serializePageKeys(pages))) as ReturnType<typeof serializePageKeys>;
        const keys = new PageKeys(shipped.keys);
        keys.add('zh-cn', shipped.ids['zh-cn']!);
        expect(keys.get([...pages.keys()].find((id) => id.startsWith('en_'))!), 'a language whose ids are not added yet').toBeUndefined();
        keys.add('en', shipped.ids.en!);
        for (const [id, key] of pages) expect(keys.get(id)).toBe(key);
      }),
      { numRuns: 60 },
    );
  });

  it('ships a prefix of each id, not the id', () => {
    const pages = new Map(Array.from({ length: 256 }, (_, i) => [`zh-cn_${i.toString(16).padStart(2, '0')}00000`, `2021/1-${i}`]));
    const shipped = serializePageKeys(pages);
    expect(shipped.ids['zh-cn']!.split(' ').every((prefix) => prefix.length === 2)).toBe(true);
    expect(shipped.keys).toEqual([['2021', Array.from({ length: 256 }, (_, i) => `1-${i}`).sort()]]);
    expect(JSON.stringify(shipped).length).toBeLessThan(JSON.stringify(Object.fromEntries(pages)).length / 2);
  });

  it('refuses an id that is not language_hash, and two pages of one language for one key', () => {
    expect(() => serializePageKeys(new Map([['5fec26a', '2021/1-1']]))).toThrow(PageKeyError);
    expect(() => serializePageKeys(new Map([['en_1', '2021/1-1'], ['en_2', '2021/1-1']]))).toThrow(/2021\/1-1: two pages in en/);
    expect(() => serializePageKeys(new Map([['en_1', '2021/a b']]))).toThrow(/without white space/);
    expect(() => serializePageKeys(new Map([['en_1', 'projects']]))).toThrow(/a head, a \/ and a tail/);
  });
});
