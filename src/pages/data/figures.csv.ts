/**
 * `/data/figures.csv`: the figures as a spreadsheet. UTF-8 with a byte-order mark, which is how
 * spreadsheet programs recognise UTF-8 and so show the Chinese columns correctly.
 */
import type { APIRoute } from 'astro';
import { FIGURE_CSV_HEADER, figureCsvRow, publicFigure } from '../../data/figure-rows.ts';
import { getSummaries } from '../../data/summaries.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async () => {
  const rows = (await getSummaries()).flatMap((s) => s.figures.map((f) => figureCsvRow(publicFigure(f))));
  return new Response(`\uFEFF${toCsv(FIGURE_CSV_HEADER, rows)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
