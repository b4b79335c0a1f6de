/**
 * Arriving from a search result: marks in the paragraph the link lands on (and in its twin in the
 * other language, beside it on English pages) what the search matched, which the result's link
 * carries as `hl` parameters (`…/en/2021/1-2/?hl=SMIC&hl=中芯国际#en-p1-2-1`). The header's
 * bootstrap imports this module only for such an address, so reading pages load no script.
 * The marks are set as text (`<mark>` around text nodes' own characters), never as HTML.
 */
const MAX_TERMS = 4;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A term as a pattern: case aside, and spaces optional around Han characters (`5G基站` is `5G 基站`). */
function pattern(terms: string[]): RegExp | undefined {
  const parts = terms
    .map((term) => term.trim())
    .filter((term) => term !== '')
    .sort((a, b) => b.length - a.length)
    .map((term) => [...term.replace(/\s+/g, ' ')].map((char) => (char === ' ' ? '\\s+' : escapeRegExp(char))).join('(?:(?<=\\p{Script=Han})\\s*|\\s*(?=\\p{Script=Han}))?'));
  return parts.length > 0 ? new RegExp(parts.join('|'), 'giu') : undefined;
}

function mark(root: Element, matcher: RegExp): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    // Not the ¶ and twin links, which are navigation rather than text.
    acceptNode: (node) => (node.parentElement?.closest('.pilcrow, .twin-link, mark') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.data;
    const pieces: (string | HTMLElement)[] = [];
    let last = 0;
    for (const match of text.matchAll(matcher)) {
      if (match[0] === '') continue;
      pieces.push(text.slice(last, match.index));
      const highlight = document.createElement('mark');
      highlight.className = 'search-hit';
      highlight.textContent = match[0];
      pieces.push(highlight);
      last = match.index + match[0].length;
    }
    if (pieces.length === 0) continue;
    pieces.push(text.slice(last));
    node.replaceWith(...pieces.filter((piece) => piece !== ''));
  }
}

const terms = new URLSearchParams(location.search).getAll('hl').slice(0, MAX_TERMS);
const id = decodeURIComponent(location.hash.slice(1));
const matcher = pattern(terms);
if (matcher && id) {
  const twin = id.startsWith('en-') ? id.slice(3) : `en-${id}`;
  for (const target of [document.getElementById(id), document.getElementById(twin)]) if (target) mark(target, matcher);
}
