/**
 * Writes ingested text into MDX so that nothing in it can be read as markup.
 *
 * MDX gives meaning to `{ } < >`, to Markdown punctuation and to line starts such as `1.` or
 * `#`. Rather than escape each of those, every run of source text is emitted as a JavaScript
 * string literal inside a JSX expression (`{"…"}`): MDX then renders it as plain text whatever it
 * holds, and the Chinese stays readable in a diff. The same literals are what the fidelity test
 * reads back.
 */

/** A string literal expression holding `text` verbatim; also safe as a JSX attribute value. */
export function textExpression(text: string): string {
  return `{${JSON.stringify(text)}}`;
}

const PARTICULATE = /PM(2\.5|10)/g;

/** Text with `PM2.5` rendered with its subscript, as MDX. */
export function inlineText(text: string): string {
  let mdx = '';
  let last = 0;
  for (const match of text.matchAll(PARTICULATE)) {
    const subscriptAt = match.index + 2;
    mdx += textExpression(text.slice(last, subscriptAt)) + `<sub>${textExpression(match[1]!)}</sub>`;
    last = match.index + match[0].length;
  }
  return last < text.length ? mdx + textExpression(text.slice(last)) : mdx;
}

/** Every text literal of an MDX body (attribute values excluded), in order: the text the page shows. */
export function textOfMdx(mdxBody: string): string[] {
  return [...mdxBody.matchAll(/(?<!=)\{("(?:[^"\\\n]|\\.)*")\}/g)].map((m) => JSON.parse(m[1]!) as string);
}
