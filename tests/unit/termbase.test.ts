import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { GENRES } from '../../src/lib/plan/genres.ts';
import type { PartRole } from '../../src/lib/plan/plan-model.ts';
import {
  indicatorById,
  indicatorIdsByName,
  loadTermbase,
  nameEn,
  phraseEn,
  policyTerm,
  sectionTitleEn,
  TermbaseError,
  topicEn,
} from '../../src/lib/termbase/termbase.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TERMBASE_DIR = join(ROOT, 'content/termbase');
const SOURCES_DIR = join(ROOT, 'content/sources');

// ── A deliberately small reading of the sources, independent of the ingest ──────────────────
// Blocks are separated by blank lines; `#` marks are noise; the hierarchy comes from the
// numbering (一、 parts, （一） sub-sections); a block that ends without closing punctuation was
// broken at a page break and continues in the next block.

const PART = /^[一二三四五六七八九十]+、/;
const SECTION = /^（[一二三四五六七八九十]+）/;
const CLOSED = /[。！？；：][”’）]?$/;
/** A topic sentence is short and a single clause: ≤ 20 characters, no ，；：. */
const MAX_TOPIC_CHARS = 20;

interface Heading {
  kind: 'part' | 'section';
  title: string;
}
interface TopicUse {
  phrase: string;
  role: PartRole;
}
interface SourcePlan {
  file: string;
  headings: Heading[];
  topics: TopicUse[];
  /** Headings and joined paragraphs, PM2.5 markup normalized: where keys must be printed. */
  text: string;
}

function readPlan(file: string): SourcePlan {
  const blocks = readFileSync(join(SOURCES_DIR, file), 'utf8')
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^#+\s*/, '').trim())
    .filter((block) => block !== '');

  const items: { heading: boolean; text: string }[] = [];
  for (const block of blocks) {
    const heading = PART.test(block) || SECTION.test(block);
    const last = items.at(-1);
    if (!heading && last !== undefined && !last.heading && !CLOSED.test(last.text)) last.text += block;
    else items.push({ heading, text: block });
  }

  const headings: Heading[] = [];
  const topics: TopicUse[] = [];
  let parts = 0;
  let inSubsection = false;
  for (const item of items) {
    if (PART.test(item.text) && item.heading) {
      parts += 1;
      inSubsection = false;
      headings.push({ kind: 'part', title: item.text.replace(PART, '') });
    } else if (item.heading) {
      inSubsection = true;
      headings.push({ kind: 'section', title: item.text.replace(SECTION, '') });
    } else if (inSubsection) {
      const end = item.text.indexOf('。');
      const first = end < 0 ? '' : item.text.slice(0, end);
      const short = first.replace(/\s/g, '').length <= MAX_TOPIC_CHARS && !/[，；：]/.test(first);
      // The genre: part one reviews the previous year, part two plans this one.
      if (first !== '' && short) topics.push({ phrase: first, role: parts === 1 ? 'review' : 'plan' });
    }
  }
  const text = items
    .map((item) => item.text)
    .join('\n')
    .replace(/PM<sub>2\.5<\/sub>|PM_\{2\.5\}/g, 'PM2.5');
  return { file, headings, topics, text };
}

const plans = readdirSync(SOURCES_DIR)
  .filter((file) => file.endsWith('.zh.txt'))
  .sort()
  .map(readPlan);
const printed = (zh: string) => plans.some((plan) => plan.text.includes(zh));

/** Titles the site gives the unheaded intro and closing sections; translated like printed ones. */
const EDITORIAL_TITLES = [...new Set(GENRES.flatMap((genre) => genre.parts.flatMap((part) => [part.intro_zh, part.closing_zh])))];

// ── Fixtures for the error cases: a minimal valid termbase in a temp dir, one file replaced ──

const MINIMAL: Record<string, string> = {
  'sections.yaml': '产业发展不断加速: Industrial development accelerated\n',
  'topics.yaml': '疫情防控坚强有力: { review: Epidemic prevention and control was robust }\n',
  'names.yaml': '中芯国际: { en: SMIC, kind: company }\n',
  'policy.yaml': '放管服:\n  en: streamlining administration\n  explain: Fewer approvals, better services.\n',
  'indicators.yaml': 'gdp-growth:\n  zh: [地区生产总值]\n  en: GRP growth\n  unit: "%"\n  better: higher\n',
  'phrases.yaml': '同比: { en: year on year }\n',
  'labels.yaml': '税收: { en: tax revenue, indicator: tax-revenue }\n',
  'clauses.yaml': '经济发展总体稳步向前: the economy moved steadily forward overall\n',
  'sectors.yaml': 'internet-of-vehicles: { zh: [车联网], en: Internet of Vehicles, also: [IoV] }\n',
  'nouns.yaml': '产业链: { en: industrial chains, mod: industrial chain }\n',
  'verbs.yaml': '加快: speed up\n',
  'modifiers.yaml': '积极: actively\n',
  'noun-rules.yaml': '"{np1}的{np2}": "the {np2} of {np1}"\n',
  'templates.yaml': '"新建{np}{count}": "build {count} new {np}"\n',
};

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function termbaseWith(file: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'termbase-'));
  tempDirs.push(dir);
  for (const [name, minimal] of Object.entries(MINIMAL)) writeFileSync(join(dir, name), name === file ? content : minimal);
  return dir;
}

function loadError(dir: string): TermbaseError {
  try {
    loadTermbase(dir);
  } catch (error) {
    if (error instanceof TermbaseError) return error;
    throw error;
  }
  throw new Error('expected the termbase to fail to load');
}

// ── Tests ──────────────────────────────────────────────────────────────────────────────────

describe('the real termbase', () => {
  const tb = loadTermbase(TERMBASE_DIR);

  it('loads every file with entries', () => {
    for (const kind of [tb.sections, tb.topics, tb.names, tb.policy, tb.indicators, tb.phrases]) {
      expect(kind.size).toBeGreaterThan(0);
    }
  });

  it('looks terms up, returning undefined when missing', () => {
    expect(sectionTitleEn(tb, '着力强化疫情防控，有序推进复工复产')).toBe(
      'Strengthening epidemic control and an orderly return to work',
    );
    expect(topicEn(tb, '疫情防控坚强有力', 'review')).toBe('Epidemic prevention and control was robust');
    expect(topicEn(tb, '促进工业优化升级', 'plan')).toBe('promote the optimization and upgrading of industry');
    expect(topicEn(tb, '疫情防控坚强有力', 'plan')).toBeUndefined();
    expect(nameEn(tb, '中芯国际')).toBe('SMIC');
    expect(nameEn(tb, '元气森林')).toBe('Genki Forest');
    expect(nameEn(tb, '杨柳青')).toBe('Yangliuqing');
    expect(nameEn(tb, '京津冀')).toBe('Beijing-Tianjin-Hebei');
    expect(policyTerm(tb, '放管服')?.explain).toMatch(/\S/);
    expect(phraseEn(tb, '同比')).toBe('year on year');
    expect(indicatorById(tb, 'pm25')).toMatchObject({ unit: 'µg/m³', better: 'lower' });
    expect(indicatorIdsByName(tb, '一般公共预算收入')).toEqual(['public-budget-revenue', 'public-budget-revenue-growth']);
    for (const missing of ['不存在', 'constructor', '__proto__']) {
      expect(sectionTitleEn(tb, missing)).toBeUndefined();
      expect(topicEn(tb, missing, 'review')).toBeUndefined();
      expect(nameEn(tb, missing)).toBeUndefined();
      expect(policyTerm(tb, missing)).toBeUndefined();
      expect(phraseEn(tb, missing)).toBeUndefined();
      expect(indicatorById(tb, missing)).toBeUndefined();
      expect(indicatorIdsByName(tb, missing)).toEqual([]);
    }
  });

  it('uses the official renderings of reference/official-term-renderings.csv', () => {
    expect(phraseEn(tb, '地区生产总值')).toBe('gross regional product (GRP)');
    expect(indicatorById(tb, 'gdp-growth')?.en).toBe('Gross regional product (GRP) growth');
    expect(indicatorById(tb, 'public-budget-revenue')?.en).toBe('General public budget revenue');
    expect(indicatorById(tb, 'fixed-asset-investment')?.en).toBe('Fixed-asset investment');
    expect(indicatorById(tb, 'retail-sales')?.en).toBe('Total retail sales of consumer goods');
    expect(policyTerm(tb, '京津冀协同发展')?.en).toBe('coordinated development of the Beijing-Tianjin-Hebei region');
    expect(policyTerm(tb, '乡村振兴')?.en).toBe('rural revitalization');
    expect(policyTerm(tb, '供给侧结构性改革')?.en).toBe('supply-side structural reform');
    expect(policyTerm(tb, '高新技术企业')?.en).toBe('high-tech enterprises');
    expect(tb.sectors.get('internet-of-vehicles')).toMatchObject({ zh: ['车联网'], en: 'Internet of Vehicles' });
  });

  it('keys every name, policy term, phrase, section and topic exactly as printed in a source', () => {
    const unprinted = [tb.sections, tb.topics, tb.names, tb.policy, tb.phrases].flatMap((kind) =>
      [...kind.keys()].filter((zh) => !printed(zh) && !EDITORIAL_TITLES.includes(zh)),
    );
    expect(unprinted).toEqual([]);
  });

  it('names every indicator at least once as printed in a source', () => {
    const unprinted = [...tb.indicators].filter(([, indicator]) => !indicator.zh.some(printed)).map(([id]) => id);
    expect(unprinted).toEqual([]);
  });

  it('writes section titles in sentence case (capitals only for the first word and proper nouns)', () => {
    const properWords = new Set([...tb.names.values()].flatMap((name) => name.en.split(/\s+/)));
    const titleCased = [...tb.sections.values()].filter((title) =>
      title
        .split(/\s+/)
        .slice(1)
        .some((word) => /^[A-Z]/.test(word) && !properWords.has(word)),
    );
    expect(titleCased).toEqual([]);
  });
});

describe('coverage of the seed plans', () => {
  const tb = loadTermbase(TERMBASE_DIR);

  it('reads the structure of both seeds (guards the splitting used below)', () => {
    const shape = plans.map((plan) => ({
      file: plan.file,
      parts: plan.headings.filter((h) => h.kind === 'part').length,
      sections: plan.headings.filter((h) => h.kind === 'section').length,
      review: plan.topics.filter((t) => t.role === 'review').length,
      plan: plan.topics.filter((t) => t.role === 'plan').length,
    }));
    expect(shape).toEqual([
      { file: 'xiqing-2021-plan.zh.txt', parts: 2, sections: 13, review: 23, plan: 17 },
      { file: 'xiqing-2022-plan.zh.txt', parts: 2, sections: 13, review: 22, plan: 17 },
    ]);
  });

  it('has an English title for every editorial section title', () => {
    expect(EDITORIAL_TITLES.filter((zh) => sectionTitleEn(tb, zh) === undefined)).toEqual([]);
  });

  describe.each(plans)('$file', (plan) => {
    it('has an English title for every part and sub-section heading', () => {
      const missing = plan.headings.filter((h) => sectionTitleEn(tb, h.title) === undefined).map((h) => h.title);
      expect(missing).toEqual([]);
    });

    it('has English for every paragraph topic phrase, in the form its part needs', () => {
      const missing = plan.topics.filter((t) => topicEn(tb, t.phrase, t.role) === undefined).map((t) => `${t.phrase} (${t.role})`);
      expect(missing).toEqual([]);
    });
  });
});

describe('validation errors name the file and line', () => {
  it('accepts the minimal fixture', () => {
    expect(() => loadTermbase(termbaseWith('names.yaml', MINIMAL['names.yaml'] ?? ''))).not.toThrow();
  });

  it('rejects a duplicate key', () => {
    const dir = termbaseWith(
      'names.yaml',
      '# names\n中芯国际: { en: SMIC, kind: company }\n元气森林: { en: Genki Forest, kind: company }\n中芯国际: { en: SMIC, kind: company }\n',
    );
    const error = loadError(dir);
    expect(error).toBeInstanceOf(Error);
    expect(error.file).toBe(join(dir, 'names.yaml'));
    expect(error.line).toBe(4);
    expect(error.message).toBe(`${join(dir, 'names.yaml')}:4: duplicate key 中芯国际`);
  });

  it('rejects an empty or whitespace English', () => {
    const blank = loadError(termbaseWith('sections.yaml', '# sections\n产业发展不断加速: "  "\n'));
    expect(blank.line).toBe(2);
    expect(blank.message).toMatch(/sections\.yaml:2: empty English for 产业发展不断加速$/);

    const empty = loadError(termbaseWith('topics.yaml', '疫情防控坚强有力:\n  review:\n'));
    expect(empty.line).toBe(2);
    expect(empty.message).toMatch(/topics\.yaml:2: empty English for 疫情防控坚强有力 \(field `review`\)$/);

    const absent = loadError(termbaseWith('sections.yaml', '产业发展不断加速:\n'));
    expect(absent.message).toMatch(/sections\.yaml:1: empty English for 产业发展不断加速$/);
  });

  it('rejects a CJK character in English but not in an explanation', () => {
    const han = loadError(termbaseWith('names.yaml', '中芯国际: { en: 中芯 SMIC, kind: company }\n'));
    expect(han.line).toBe(1);
    expect(han.message).toMatch(/names\.yaml:1: CJK character in English for 中芯国际 \(field `en`\)$/);

    const punctuation = loadError(termbaseWith('sections.yaml', '\n\n产业发展不断加速: Industry grew，fast\n'));
    expect(punctuation.message).toMatch(/sections\.yaml:3: CJK character in English for 产业发展不断加速$/);

    const gloss = '放管服:\n  en: streamlining administration\n  explain: Short for 简政放权、放管结合、优化服务.\n';
    expect(() => loadTermbase(termbaseWith('policy.yaml', gloss))).not.toThrow();
  });

  it('rejects an unknown field, at the line of that field', () => {
    const error = loadError(termbaseWith('names.yaml', '中芯国际:\n  en: SMIC\n  kind: company\n  notes: a typo\n'));
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/names\.yaml:4: unknown field `notes` for 中芯国际$/);
  });

  it('rejects a missing field, a bad value and a mis-cased topic', () => {
    const noExplain = loadError(termbaseWith('policy.yaml', '\n放管服: { en: streamlining administration }\n'));
    expect(noExplain.message).toMatch(/policy\.yaml:2: missing explanation for 放管服 \(field `explain`\)$/);

    const better = loadError(termbaseWith('indicators.yaml', MINIMAL['indicators.yaml']?.replace('higher', 'more') ?? ''));
    expect(better.line).toBe(5);
    expect(better.message).toMatch(/indicators\.yaml:5: .* for gdp-growth \(field `better`\)$/);

    const plan = loadError(termbaseWith('topics.yaml', '促进工业优化升级: { plan: Promote industry }\n'));
    expect(plan.message).toMatch(/lower-case verb .* for 促进工业优化升级 \(field `plan`\)$/);
  });

  it('rejects an indicator id that is not kebab-case, and YAML syntax errors', () => {
    const id = loadError(termbaseWith('indicators.yaml', MINIMAL['indicators.yaml']?.replace('gdp-growth', 'GDP growth') ?? ''));
    expect(id.message).toMatch(/indicators\.yaml:1: indicator id GDP growth is not kebab-case/);

    const syntax = loadError(termbaseWith('phrases.yaml', '同比: { en: year on year\n环比: { en: month on month }\n'));
    expect(syntax.file).toMatch(/phrases\.yaml$/);
    expect(syntax.message).toMatch(/phrases\.yaml:\d+: YAML: /);
  });
});

describe('the segment memory is checked on load', () => {
  it('accepts verb frames, modifiers, noun rules and templates with matching placeables', () => {
    const tb = loadTermbase(termbaseWith('verbs.yaml', '加快: speed up\n"支持{np1}成长为{np2}": support {np1} in growing into {np2}\n'));
    expect(tb.memory.verbs.map((r) => [r.zh, r.en])).toEqual([
      ['加快{np}', 'speed up {np}'],
      ['加快了{np}', 'speed up {np}'],
      ['支持{np1}成长为{np2}', 'support {np1} in growing into {np2}'],
    ]);
    expect(tb.memory.modifiers[0]).toMatchObject({ zh: '积极{vp}', en: 'actively {vp}' });
  });

  it('refuses a template whose placeables do not match its Chinese, naming file and line', () => {
    const dir = termbaseWith('templates.yaml', '# templates\n"新建{np}{count}": "build new {np}"\n');
    const error = loadError(dir);
    expect(error.message).toBe(`${join(dir, 'templates.yaml')}:2: the English lacks {count} that the Chinese has for 新建{np}{count}`);
    const extra = loadError(termbaseWith('verbs.yaml', '"加快{np}": speed up {np} and {vp}\n'));
    expect(extra.message).toMatch(/verbs\.yaml:1: the English has \{vp\} that the Chinese lacks/);
  });

  it('refuses a digit or a Chinese character in English templates', () => {
    const digit = loadError(termbaseWith('templates.yaml', '"新建{np}{count}": "build {count} new {np} in 2022"\n'));
    expect(digit.message).toMatch(/templates\.yaml:1: a digit in the English: numbers come from figures/);
    const han = loadError(termbaseWith('verbs.yaml', '加快: 加快 speed up\n'));
    expect(han.message).toMatch(/verbs\.yaml:1: CJK character in English for 加快/);
  });

  it('refuses an unknown placeable and a rule of placeables alone', () => {
    expect(loadError(termbaseWith('verbs.yaml', '"推进{thing}": advance {thing}\n')).message).toMatch(/verbs\.yaml:1: unknown placeable \{thing\}/);
    expect(loadError(termbaseWith('templates.yaml', '"{np}{count}": "{count} {np}"\n')).message).toMatch(/templates\.yaml:1: the Chinese has no characters of its own/);
  });
});
