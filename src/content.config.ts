/**
 * The content the pages are built from: the ingest's MDX in `content/plans/`. The schemas mirror
 * what `src/lib/ingest/plan-mdx.ts` writes, so a hand edit that breaks the shape fails the build.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { contentPath } from './lib/content-root.ts';

const partRole = z.enum(['review', 'plan']);
const isoDay = z.union([z.string(), z.date().transform((d) => d.toISOString().slice(0, 10))]);

const source = z.object({ file: z.string(), sha256: z.string().length(64) });

const plans = defineCollection({
  loader: glob({ pattern: '*/index.mdx', base: contentPath('plans'), generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: z.object({
    plan: z.number().int(),
    reviews_year: z.number().int(),
    district: z.object({ zh: z.string(), en: z.string() }),
    city: z.object({ zh: z.string(), en: z.string() }),
    title_zh: z.string(),
    // A notice plan carries its issuing notice, a report to the people's congress its head.
    notice: z
      .object({
        heading_zh: z.string(),
        addressees_zh: z.string().optional(),
        body_zh: z.array(z.string()),
        date_zh: z.string(),
        date: isoDay,
        disclosure_zh: z.string().optional(),
        issuer_zh: z.string(),
        approved_by_zh: z.string(),
        number_zh: z.string().optional(),
      })
      .optional(),
    report: z
      .object({
        title_zh: z.string(),
        dateline_zh: z.string(),
        date: isoDay,
        presented_to_zh: z.string(),
        reporter_zh: z.string(),
        address_zh: z.string(),
        opening_zh: z.array(z.string()),
      })
      .optional(),
    parts: z.array(z.object({ index: z.number().int(), numeral: z.string(), role: partRole, heading_zh: z.string(), title_zh: z.string() })),
    sections: z.array(z.string()),
    source: source.extend({ bytes: z.number().int() }),
    normalizations: z.array(
      z.object({
        kind: z.enum(['heading-mark', 'markup', 'page-break-join', 'heading-numbering', 'heading-full-stop']),
        line: z.number().int(),
        before: z.string(),
        after: z.string(),
        context: z.string().optional(),
      }),
    ),
    decisions: z
      .array(z.object({ kind: z.string(), line: z.number().int(), note: z.string() }))
      .optional(),
  }).refine((plan) => (plan.notice === undefined) !== (plan.report === undefined), 'a plan has either an issuing notice or a report head'),
});

const sections = defineCollection({
  loader: glob({ pattern: '*/[0-9]*-[0-9]*.mdx', base: contentPath('plans'), generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: z.object({
    id: z.string().regex(/^\d+-\d+$/),
    plan: z.number().int(),
    part: z.number().int(),
    part_role: partRole,
    index: z.number().int(),
    kind: z.enum(['intro', 'subsection', 'closing']),
    heading_zh: z.string().optional(),
    numeral: z.string().optional(),
    title_zh: z.string(),
    title_editorial: z.boolean(),
    paragraphs: z.array(z.object({ id: z.string(), line: z.number().int(), points: z.array(z.number().int()).optional() })),
    notes: z.array(
      z.object({
        id: z.string(),
        paragraph: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        text: z.string(),
        reading: z.string(),
        note_zh: z.string(),
        note_en: z.string(),
      }),
    ),
    source: source.extend({ line: z.number().int() }),
  }),
});

export const collections = { plans, sections };
