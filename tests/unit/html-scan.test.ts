/** The HTML reader behind the link checker, the CSP test and the archive's page texts. */
import { describe, expect, it } from 'vitest';
import { documentText, documentTitle, scanTags } from '../../src/lib/html-scan.ts';

describe('scanTags', () => {
  it('reads attributes in every quoting style, lower-cases names, resolves entities', () => {
    const [tag] = scanTags(`<A HREF="a?x=1&amp;y=2" data-x='q"uote' hidden id=bare>`);
    expect(tag!.name).toBe('a');
    expect(Object.fromEntries(tag!.attributes)).toEqual({ href: 'a?x=1&y=2', 'data-x': 'q"uote', hidden: '', id: 'bare' });
  });

  it('gives the raw text of scripts and styles, and reads no tags inside them', () => {
    const tags = scanTags('<script type="module">if (a < b) document.write("<p id=x>")</script><STYLE>p>a{}</STYLE><p id="y">');
    expect(tags.map((t) => t.name)).toEqual(['script', 'style', 'p']);
    expect(tags[0]!.rawText).toBe('if (a < b) document.write("<p id=x>")');
    expect(tags[1]!.rawText).toBe('p>a{}');
  });

  it('numbers lines from 1 and skips comments, doctype and end tags', () => {
    const tags = scanTags('<!doctype html>\n<!-- <a id="no"> -->\n<p>\n</p><a id="yes">');
    expect(tags.map((t) => [t.name, t.line])).toEqual([['p', 3], ['a', 4]]);
  });
});

describe('documentTitle and documentText', () => {
  const html = '<html><head><title>规划 &amp; Plans\n</title><style>p{}</style></head><body><h1>西青<span>区</span></h1><p>推动重点<em>工业</em>项目</p><script>var hidden = 1;</script><p>Second&nbsp;para</p></body></html>';

  it('reads the title with entities resolved and whitespace collapsed', () => {
    expect(documentTitle(html)).toBe('规划 & Plans');
  });

  it('keeps words split by inline elements whole, separates blocks, drops code, collapses all spaces', () => {
    expect(documentText(html)).toBe('西青区 推动重点工业项目 Second para');
  });
});

describe('entities', () => {
  it('resolves named, decimal and hex references in attributes and text', () => {
    expect(scanTags('<a title="&lt;&#20013;&#x6587;&gt; &copy;">')[0]!.attributes.get('title')).toBe('<中文> ©');
    expect(documentText('<body><p>&lt;&#20013;&#x6587;&gt;</p></body>')).toBe('<中文>');
  });
});
