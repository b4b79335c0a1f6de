/**
 * Splits a decoded source into its meaningful lines: blank lines dropped, `#` marks of the
 * extraction removed (levels come from numbering, see headings.ts), subscript markup normalized.
 * Each change is recorded as a normalization so nothing is altered silently.
 */
import { normalizeMarkup } from './normalize-markup.ts';

/**
 * `heading-numbering` and `heading-full-stop` are readings of a damaged heading: the printed
 * heading stays verbatim, the numbering and title the pages show are read through the damage.
 */
export type NormalizationKind = 'heading-mark' | 'markup' | 'page-break-join' | 'heading-numbering' | 'heading-full-stop';

/** One change the ingest made to the source text, for the log and the provenance page. */
export interface Normalization {
  kind: NormalizationKind;
  /** 1-based source line where it applies. */
  line: number;
  /** Exact source text removed or replaced (for a join: the line break). */
  before: string;
  /** What stands in the pages instead. */
  after: string;
  /** For a join: the end of the broken line and the start of its continuation, for review. */
  context?: string;
}

export interface SourceLine {
  /** 1-based line number in the source. */
  line: number;
  text: string;
}

const HEADING_MARK = /^#{1,6}[ \t]+/;

export function readSourceLines(text: string): { lines: SourceLine[]; normalizations: Normalization[] } {
  const lines: SourceLine[] = [];
  const normalizations: Normalization[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    const mark = HEADING_MARK.exec(trimmed)?.[0];
    if (mark) normalizations.push({ kind: 'heading-mark', line, before: mark, after: '' });
    const { text: normalized, replacements } = normalizeMarkup(mark ? trimmed.slice(mark.length) : trimmed);
    for (const { before, after } of replacements) normalizations.push({ kind: 'markup', line, before, after });
    lines.push({ line, text: normalized });
  });
  return { lines, normalizations };
}
