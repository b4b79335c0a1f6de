/**
 * Renders a parsed plan as the MDX files of `content/plans/<year>/`: `index.mdx` (notice, title,
 * parts, the normalization log) and one file per section. Frontmatter carries the structure the
 * pages and data files need; the body carries the verbatim text.
 */
import { stringify } from 'yaml';
import type { ChartPlacement } from '../charts/chart-plan.ts';
import type { EditorialNote } from '../plan/errata.ts';
import { inlineText, textExpression } from './mdx-text.ts';
import type { ParsedPlan } from '../plan/parse-plan.ts';
import type { PlanEntry } from '../plan/plans-catalog.ts';
import type { SourceInfo } from '../plan/read-plans.ts';
import type { Paragraph, Section } from '../plan/plan-model.ts';

function frontmatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/** A paragraph's MDX: its text, with any [sic] passages wrapped in a note marker. */
function paragraphMdx(paragraph: Paragraph, notes: EditorialNote[]): string {
  let body = '';
  let last = 0;
  for (const note of notes.filter((n) => n.paragraph === paragraph.id).sort((a, b) => a.start - b.start)) {
    body += inlineText(paragraph.text.slice(last, note.start));
    body += `<Sic note=${textExpression(note.id)} reading=${textExpression(note.reading)}>${inlineText(note.text)}</Sic>`;
    last = note.end;
  }
  body += inlineText(paragraph.text.slice(last));
  return `<Para id=${textExpression(paragraph.id)}>${body}</Para>\n`;
}

/**
 * A chart after its paragraph: the component draws it at build time from the published figures.
 * A series names the plan, whose window of years it shows.
 */
function chartMdx(chart: ChartPlacement, paragraph: Paragraph, plan: number): string {
  const of = `paragraph=${textExpression(paragraph.id)}`;
  if (chart.type === 'series') return `<IndicatorChart indicator=${textExpression(chart.indicator)} plan={${plan}} ${of} />\n`;
  const whole = chart.type === 'parts' ? ` whole=${textExpression(chart.whole)}` : '';
  return `<FigureChart type=${textExpression(chart.type)}${whole} figures={${JSON.stringify(chart.figures)}} ${of} />\n`;
}

export function renderSectionMdx(
  plan: ParsedPlan,
  entry: PlanEntry,
  source: SourceInfo,
  section: Section,
  notes: EditorialNote[],
  charts: ReadonlyMap<string, ChartPlacement[]>,
): string {
  const part = plan.parts.find((p) => p.index === section.part)!;
  const sectionNotes = notes.filter((n) => section.paragraphs.some((p) => p.id === n.paragraph));
  const data: Record<string, unknown> = {
    id: section.id,
    plan: entry.year,
    part: section.part,
    part_role: part.role,
    index: section.index,
    kind: section.kind,
    ...(section.heading_zh === undefined ? {} : { heading_zh: section.heading_zh, numeral: section.numeral }),
    title_zh: section.title_zh,
    title_editorial: section.title_editorial,
    paragraphs: section.paragraphs.map(({ id, line, points }) => ({ id, line, ...(points ? { points } : {}) })),
    notes: sectionNotes,
    source: { file: source.file, sha256: source.sha256, line: section.paragraphs[0]!.line },
  };
  const body = section.paragraphs.map((p) => paragraphMdx(p, sectionNotes) + (charts.get(p.id) ?? []).map((c) => `\n${chartMdx(c, p, entry.year)}`).join(''));
  return frontmatter(data) + '\n' + body.join('\n');
}

/** The document's head as the plan page prints it: the notice and then the title, or the report's title, dateline, reporting body, address and opening. */
function headMdx(plan: ParsedPlan): string {
  const title = `<PlanTitle>${textExpression(plan.title_zh)}</PlanTitle>\n`;
  if (plan.notice) {
    const noticeLines = plan.notice.lines.map((l) => `<NoticeLine role=${textExpression(l.role)}>${textExpression(l.text)}</NoticeLine>\n`).join('\n');
    return `${noticeLines}\n${title}`;
  }
  return plan.report!.lines
    .map((l) => (l.role === 'title' ? title : `<ReportLine role=${textExpression(l.role)}>${textExpression(l.text)}</ReportLine>\n`))
    .join('\n');
}

export function renderPlanMdx(plan: ParsedPlan, entry: PlanEntry, source: SourceInfo): string {
  const withoutLines = <T extends { lines: unknown }>({ lines: _lines, ...rest }: T) => rest;
  const data = {
    plan: entry.year,
    reviews_year: entry.reviews_year,
    district: entry.district,
    city: entry.city,
    title_zh: plan.title_zh,
    ...(plan.notice ? { notice: withoutLines(plan.notice) } : { report: withoutLines(plan.report!) }),
    parts: plan.parts.map((p) => ({ index: p.index, numeral: p.numeral, role: p.role, heading_zh: p.heading_zh, title_zh: p.title_zh })),
    sections: plan.parts.flatMap((p) => p.sections.map((s) => s.id)),
    source,
    normalizations: plan.normalizations,
    // Choices between readings of the text, for review; none in a plain text.
    ...(plan.decisions.length > 0 ? { decisions: plan.decisions } : {}),
  };
  return `${frontmatter(data)}\n${headMdx(plan)}`;
}
