/**
 * PDF extraction left chemistry-style subscripts as markup (`PM<sub>2.5</sub>`, `PM_{2.5}`).
 * They are one thing, so they get one normal form, `PM2.5`; pages render it with a subscript.
 * Every replacement is reported so the provenance page can list it.
 */

const PM_MARKUP = /PM(?:<sub>\s*(2\.5|10)\s*<\/sub>|_\{\s*(2\.5|10)\s*\}|_(2\.5|10))/g;

export interface MarkupReplacement {
  before: string;
  after: string;
}

/** Replaces subscript markup with its normal form; returns the text and what was replaced. */
export function normalizeMarkup(text: string): { text: string; replacements: MarkupReplacement[] } {
  const replacements: MarkupReplacement[] = [];
  const normalized = text.replace(PM_MARKUP, (match, sub: string | undefined, brace: string | undefined, bare: string | undefined) => {
    const after = `PM${sub ?? brace ?? bare}`;
    replacements.push({ before: match, after });
    return after;
  });
  return { text: normalized, replacements };
}
