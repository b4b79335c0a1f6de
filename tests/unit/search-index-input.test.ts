/**
 * What Pagefind is given of a page: the parts it would skip cut out, and nothing else. Checked
 * on markup that could mislead a scanner, and by indexing pages both ways with Pagefind: the
 * index files must be byte for byte the same.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, it } from 'vitest';
import { separateHanCharacters } from '../../src/lib/search/han.ts';
import { isChinesePage, pagefindInput, withoutIgnoredParts } from '../../src/lib/search/index-input.ts';

describe('withoutIgnoredParts', () => {
  it('cuts an ignored element with everything in it, nested elements of its name included', () => {
    const html = '<p>a</p><div class="c" data-pagefind-ignore><div><svg><path d="M0 0"/></svg></div><table><tr><td>1</td></tr></table></div><p>b</p>';
    expect(withoutIgnoredParts(html)).toBe('<p>a</p><p>b</p>');
  });

  it('is not misled by markup inside attribute values', () => {
    const html = '<div data-pagefind-ignore aria-label="x </div> y <div>"><div title=">">t</div></div><p>kept</p>';
    expect(withoutIgnoredParts(html)).toBe('<p>kept</p>');
  });

  it('leaves the words "data-pagefind-ignore" in text or in another attribute alone', () => {
    const html = '<p>the attribute data-pagefind-ignore hides a part</p><p title="a data-pagefind-ignore b">c</p>';
    expect(withoutIgnoredParts(html)).toBe(html);
  });

  it('keeps a part that holds a filter or meta Pagefind reads, unless ignored with "all"', () => {
    const filter = '<div data-pagefind-ignore><span data-pagefind-filter="year">2021</span></div>';
    expect(withoutIgnoredParts(filter)).toBe(filter);
    expect(withoutIgnoredParts(`<div data-pagefind-ignore="all"><span data-pagefind-meta="x">y</span></div><p>z</p>`)).toBe('<p>z</p>');
  });

  it('leaves in a part it cannot be sure of: a comment, raw text or a missing end tag', () => {
    for (const html of ['<div data-pagefind-ignore><!-- </div> --></div>', '<div data-pagefind-ignore><script>"</div>"</script></div>', '<div data-pagefind-ignore><div></div>']) {
      expect(withoutIgnoredParts(html)).toBe(html);
    }
  });

  it('cuts each of several parts, and void elements on their own', () => {
    expect(withoutIgnoredParts('<p>1<span data-pagefind-ignore>x</span>2<img src="a.png" data-pagefind-ignore>3<br data-pagefind-ignore/>4</p>')).toBe('<p>1234</p>');
  });
});

/** A section page as the build writes one: Han text next to ignored charts, notes and glosses, and paragraphs as sub-results. */
function page(lang: 'zh-CN' | 'en', n: number): string {
  const chart = (k: number) =>
    `<div class="paragraph-chart" lang="${lang}" data-paragraph="p${k}" data-pagefind-ignore><figure><svg role="img" aria-label="增长 ${k}%"><rect width="${k}"/><text>高新技术企业${k}家</text></svg><table><tr><th scope="col">指标</th><td>${k} 亿元</td></tr></table></figure></div>`;
  const paragraphs = Array.from({ length: 4 }, (_, k) => `<p id="p1-${n}-${k}" class="para" data-pagefind-title="¶${k}">推动重点工业项目建设，新增高新技术企业${n + k}家，PM<sub>2.5</sub>浓度下降。<a class="pilcrow" href="#p1-${n}-${k}">¶</a></p>${k % 2 ? chart(k) : ''}`);
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>第${n}节</title></head><body><header><nav><a href="/">首页</a></nav></header><main><article data-pagefind-body data-plan="2021" data-pagefind-filter="year[data-plan]" data-pagefind-meta="plan[data-plan]"><p class="section-position" data-pagefind-ignore>第一部分 · 回顾</p><h1>工业发展</h1>${paragraphs.join('')}<span class="gloss" lang="zh-CN" data-pagefind-ignore>原文</span>编者注<ol><li id="note-${n}">“思想”疑为衍字</li></ol></article></main></body></html>`;
}

describe('the index Pagefind writes', () => {
  afterAll(() => pagefind.close());

  async function indexed(prepare: (html: string) => string): Promise<Map<string, string>> {
    const { index, errors } = await pagefind.createIndex({});
    expect(errors).toEqual([]);
    for (let n = 1; n <= 3; n++) {
      for (const lang of ['zh-CN', 'en'] as const) {
        const added = await index!.addHTMLFile({ url: `/${lang}/2021/1-${n}/`, content: prepare(page(lang, n)) });
        expect(added.errors).toEqual([]);
      }
    }
    const out = mkdtempSync(join(tmpdir(), 'pagefind-'));
    await index!.writeFiles({ outputPath: out });
    await index!.deleteIndex();
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && !/\.(js|css|pagefind)$/.test(d.name));
    return new Map(files.map((d) => [join(d.parentPath, d.name).slice(out.length), readFileSync(join(d.parentPath, d.name)).toString('base64')]));
  }

  it('is the same whether the ignored parts are cut out first or not', async () => {
    const whole = await indexed((html) => (isChinesePage(html) ? separateHanCharacters(html) : html));
    const cut = await indexed(pagefindInput);
    expect(pagefindInput(page('zh-CN', 1)).length).toBeLessThan(separateHanCharacters(page('zh-CN', 1)).length - 500);
    expect([...whole.keys()].some((f) => f.includes('fragment'))).toBe(true);
    expect(cut).toEqual(whole);
  });
});
