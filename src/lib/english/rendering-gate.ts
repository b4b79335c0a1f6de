/**
 * The gate between the rendered English and the published site, for the full rendering as for
 * the summaries: no Chinese character in English; every number traces to a figure the segment
 * renders or to its own Chinese span; every name printed in a clause shows its English in that
 * clause's rendering (a name in a clause nothing renders yet counts
 * as missing its English); and one printed name has one English across every plan. Sectors and
 * policy terms are marked up where the English renders them, but their wording may vary with
 * the sentence ("strategic emerging industry enterprises"), so only names are held to the letter.
 */
import { CJK } from '../cjk.ts';
import type { FigureRecord } from '../figures/figure-record.ts';
import { namesIn } from './render-paragraph.ts';
import type { Lexicon } from './lexicon.ts';
import { numbersIn, numbersInChinese } from './number-trace.ts';
import type { RenderedPlan } from './render-plan.ts';

export interface RenderingViolation {
  plan: number;
  section: string;
  paragraph: string;
  problem: string;
}

export function checkRendering(rendered: RenderedPlan, figures: ReadonlyMap<string, FigureRecord>, lexicon: Lexicon): RenderingViolation[] {
  const violations: RenderingViolation[] = [];
  for (const { section, paragraphs } of rendered.sections) {
    for (const paragraph of paragraphs) {
      const fail = (problem: string) => violations.push({ plan: rendered.plan, section, paragraph: paragraph.id, problem });
      for (const segment of paragraph.segments) {
        const printed = namesIn(segment.zh, lexicon);
        if (segment.en === null) {
          for (const name of printed) if (name.ref.kind === 'entity') fail(`"${name.zh}" (${name.en}) is in a clause with no English yet: "${segment.zh}"`);
          continue;
        }
        if (CJK.test(segment.en)) fail(`a CJK character in English: "${segment.en.match(CJK)![0]}" in "${segment.en}"`);
        const allowed = new Set(numbersInChinese(segment.zh));
        for (const id of segment.figures) for (const n of numbersIn(figures.get(id)?.value_en ?? '')) allowed.add(n);
        for (const n of numbersIn(segment.en)) if (!allowed.has(n)) fail(`the number ${n} in "${segment.en}" traces to no figure of "${segment.zh}"`);
        const shown = new Set(segment.refs.map((r) => `${r.kind}:${r.id}`));
        for (const name of printed.filter((n) => n.ref.kind === 'entity')) {
          if (!shown.has(`entity:${name.ref.id}`) && !namedIn(segment.en, name.en)) {
            fail(`"${name.zh}" is printed but its English "${name.en}" is not in "${segment.en}"`);
          }
        }
      }
    }
  }
  return violations;
}

/** Generic words a place name may drop in running English ("Xiqing District" → "Xiqing's"). */
const PLACE_GENERIC = / (?:District|Town|Subdistrict|Village|County|City|Province|Municipality)$/;

/**
 * Whether an English text names the entity: its English, without a bracketed abbreviation, or a
 * place's without its generic word.
 */
function namedIn(english: string, name: string): boolean {
  const text = english.toLowerCase();
  // A name with its abbreviation in brackets ("Communist Party of China (CPC)") may stand without it.
  const short = name.replace(/ \([^)]*\)$/, '');
  return [name, short, ...(PLACE_GENERIC.test(short) ? [short.replace(PLACE_GENERIC, '')] : [])].some((form) => text.includes(form.toLowerCase()));
}

/** Names made by rules or spelled in pinyin must keep one English for one printed form across plans. */
export interface PrintedName {
  zh: string;
  en: string;
}

/** The names a rendered plan prints with their English, in reading order. */
export function printedNames(plan: RenderedPlan): PrintedName[] {
  return plan.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.segments.flatMap((segment) => segment.names.map(({ zh, en }) => ({ zh, en })))));
}

/** Names printed with more than one English, from the names of every plan in order. */
export function inconsistentNamesAmong(names: Iterable<PrintedName>): string[] {
  const english = new Map<string, string>();
  const problems = new Set<string>();
  for (const name of names) {
    const seen = english.get(name.zh);
    if (seen !== undefined && seen !== name.en) problems.add(`${name.zh} is rendered both "${seen}" and "${name.en}"`);
    english.set(name.zh, name.en);
  }
  return [...problems];
}
