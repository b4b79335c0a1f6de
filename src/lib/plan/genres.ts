/**
 * The genres a district's annual plan is published in, as data the parser reads: how the
 * document opens, which parts it has and what each holds, which markers number parts and
 * sub-sections, and the formulae of its address and closing. A genre is chosen by the catalogue
 * entry or recognised from the document's opening lines; adding one is adding an entry here.
 *
 * - The notice plan (the 2021 and 2022 seeds; older years titled 计划 rather than 规划): an issuing
 *   notice (通知) of the district government, then the plan's title, then part 一 reviewing the
 *   previous year and part 二 setting this year's targets and tasks, each in sub-sections （一）….
 * - The report to the district people's congress (关于…执行情况与…草案的报告): title, dateline
 *   (——2019年1月15日在…会议上), reporting body, address (各位代表：), then three parts: the
 *   previous year's execution, this year's main targets, this year's tasks and measures. Points
 *   inside paragraphs as 一是…二是…, and a closing paragraph that opens 各位代表，. Some districts
 *   number the parts 第一部分 and the sub-sections 一、.
 */
import type { MarkerId } from './headings.ts';
import type { PartPurpose } from './plan-model.ts';

export const GENRE_IDS = ['notice-plan', 'npc-report'] as const;
export type GenreId = (typeof GENRE_IDS)[number];

export interface PartShape {
  purpose: PartPurpose;
  /** What the part holds, for messages (`the review of the previous year`). */
  about: string;
  /** Whether the part is divided into numbered sub-sections. */
  subsections: 'required' | 'optional';
  /** Editorial title of the paragraphs before the first sub-section (or of the whole part, without any). */
  intro_zh: string;
  /** Editorial title of the paragraphs that close the part after its last sub-section. */
  closing_zh: string;
  /** A paragraph opening with this formula starts the part's closing paragraphs. */
  closingFormula?: RegExp;
}

/** Which marker numbers the parts and which the sub-sections under them. */
export interface NumberingScheme {
  part: MarkerId;
  subsection: MarkerId;
}

export interface Genre {
  id: GenreId;
  /** For messages: `a notice plan`. */
  name: string;
  /** How the lines before the first part are read. */
  head: 'notice' | 'report';
  /** A line of the document's opening that only this genre has. */
  signature: RegExp;
  /** What the signature looks like, for messages. */
  signatureExample: string;
  /** What the first part's heading looks like, for messages. */
  firstPartExample: string;
  /** The numbering schemes in use, the usual one first; the first part heading decides. */
  numbering: readonly NumberingScheme[];
  parts: readonly PartShape[];
  /** Whether paragraphs may list points `一是…二是…`. */
  points: boolean;
  /** The address that ends the report's head (`各位代表：`). */
  address?: RegExp;
}

const REVIEW: PartShape = {
  purpose: 'review',
  about: 'the review of the previous year',
  subsections: 'required',
  intro_zh: '总体情况',
  closing_zh: '困难和问题',
};

export const GENRES: readonly Genre[] = [
  {
    id: 'notice-plan',
    name: 'a notice plan',
    head: 'notice',
    signature: /关于印发.+的通知$/,
    signatureExample: '天津市西青区人民政府关于印发西青区 2021 年国民经济和社会发展规划的通知',
    firstPartExample: '一、2020 年国民经济和社会发展规划执行情况',
    numbering: [{ part: 'dun', subsection: 'paren' }],
    parts: [
      REVIEW,
      {
        purpose: 'targets-and-tasks',
        about: "this year's targets and tasks",
        subsections: 'required',
        intro_zh: '总体要求和主要目标',
        closing_zh: '结束语',
      },
    ],
    points: false,
  },
  {
    id: 'npc-report',
    name: "a report to the people's congress",
    head: 'report',
    signature: /^关于.+的报告$/,
    signatureExample: '关于西青区2018年国民经济和社会发展计划执行情况与2019年国民经济和社会发展计划草案的报告',
    firstPartExample: '一、2018年国民经济和社会发展计划执行情况',
    numbering: [
      { part: 'dun', subsection: 'paren' },
      { part: 'part-word', subsection: 'dun' },
    ],
    parts: [
      REVIEW,
      { purpose: 'targets', about: "this year's main targets", subsections: 'optional', intro_zh: '主要预期目标', closing_zh: '结束语' },
      {
        purpose: 'tasks',
        about: "this year's tasks and measures",
        subsections: 'required',
        intro_zh: '总体要求',
        closing_zh: '结束语',
        closingFormula: /^各位代表[，,]/,
      },
    ],
    points: true,
    address: /^各位代表[：:]$/,
  },
];

export function genreById(id: GenreId): Genre {
  return GENRES.find((g) => g.id === id)!;
}

/** The opening lines a genre's signature is looked for in: a document number may precede a notice, a title may wrap. */
export function signatureLines(lines: readonly { line: number; text: string }[]): { line: number; text: string }[] {
  const [first, second] = lines;
  if (!first) return [];
  return second ? [first, second, { line: first.line, text: first.text + second.text }] : [first];
}

/** The genres whose signature one of the opening lines carries, with that line. */
export function recogniseGenres(lines: readonly { line: number; text: string }[]): { genre: Genre; line: number; text: string }[] {
  const opening = signatureLines(lines);
  return GENRES.flatMap((genre) => {
    const found = opening.find((l) => genre.signature.test(l.text));
    return found ? [{ genre, ...found }] : [];
  });
}
