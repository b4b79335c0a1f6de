/**
 * Where each change the ingest made to a plan's text layout lies in the published plan: the
 * paragraph a page-break join or markup normalization falls in, found by source line, so the
 * provenance page can link every one of them to the text it affected.
 */

export interface ParagraphPlace {
  section: string;
  paragraph: string;
  /** The source line the paragraph starts on. */
  line: number;
}

/** Every paragraph of a plan with its section, in source order. */
export function paragraphPlaces(sections: readonly { id: string; paragraphs: readonly { id: string; line: number }[] }[]): ParagraphPlace[] {
  return sections.flatMap((s) => s.paragraphs.map((p) => ({ section: s.id, paragraph: p.id, line: p.line }))).sort((a, b) => a.line - b.line);
}

/** The paragraph a source line falls in, or undefined for lines before the first (the notice). */
export function paragraphAtLine(places: readonly ParagraphPlace[], line: number): ParagraphPlace | undefined {
  let found: ParagraphPlace | undefined;
  for (const place of places) {
    if (place.line > line) break;
    found = place;
  }
  return found;
}
