/**
 * The archive's size and SHA-256 on the about pages. A WACZ holds the site, about pages included,
 * so no page inside it can state the package's own hash: the pages are captured with a sentence
 * saying where the numbers are (SHA256SUMS), and once the package is written the published pages
 * get the numbers in its place. The element carries both forms, so either can be made from the
 * other and a second run of the archive captures the same bytes:
 *   <span data-archive-facts="{size} MB, SHA-256 {sha256}" data-archive-pending="…">…</span>
 */

export interface ArchiveFacts {
  bytes: number;
  sha256: string;
}

/** The element, its two templates and any further attributes (Astro's style scope). */
const ELEMENT = /<span data-archive-facts="([^"]*)" data-archive-pending="([^"]*)"([^>]*)>[^<]*<\/span>/g;

/** Whether a page carries the archive's facts. */
export function hasArchiveFacts(html: string): boolean {
  return new RegExp(ELEMENT.source).test(html);
}

/** The archive's size in megabytes as the pages give it. */
export function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(2);
}

/**
 * The page with the facts filled in, or without `facts` in its captured form (the sentence saying
 * where the numbers are). The templates are attribute text, already escaped, and the numbers
 * are digits and hex, so the result needs no further escaping.
 */
export function withArchiveFacts(html: string, facts?: ArchiveFacts): string {
  return html.replace(ELEMENT, (_, template: string, pending: string, rest: string) => {
    const text = facts ? template.replace('{size}', megabytes(facts.bytes)).replace('{sha256}', facts.sha256) : pending;
    return `<span data-archive-facts="${template}" data-archive-pending="${pending}"${rest}>${text}</span>`;
  });
}
