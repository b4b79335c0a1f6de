/**
 * Search across languages: the forms an entry answers to, what a query names, where the crosswalk
 * says each language prints it, how results of several searches become one list, the sentence a
 * result shows, and the paragraphs the index script reads off a built page.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankPages } from '../../src/lib/search/combine.ts';
import { buildCrosswalk, pageIdsPath, parseCrosswalk, parsePostings, POSTINGS_DIR, serializeCrosswalk, type CrosswalkSource, type EntryPostings, type SerializedCrosswalk, type SerializedPostings } from '../../src/lib/search/crosswalk.ts';
import { ZERO_WIDTH_SPACE as Z } from '../../src/lib/search/han.ts';
import { TermLookup } from '../../src/lib/search/naming.ts';
import { readSectionPage, type SectionText } from '../../src/lib/search/page-text.ts';
import { sentenceExcerpt, type ExcerptPart } from '../../src/lib/search/snippet.ts';
import { chineseKey, englishFormKey, englishForms, slugOf } from '../../src/lib/search/term-forms.ts';

const marked = (parts: ExcerptPart[]) => parts.filter((p) => p.marked).map((p) => p.text);
const text = (parts: ExcerptPart[]) => parts.map((p) => p.text).join('');

describe('term forms', () => {
  it('compares English by words, case, hyphens, apostrophes and a plural aside', () => {
    for (const typed of ['internet of vehicles', 'Internet-of-Vehicles', 'INTERNET OF VEHICLE']) expect(englishFormKey(typed).key).toBe(englishFormKey('Internet of Vehicles').key);
    expect(englishFormKey('Xiongan').key).toBe(englishFormKey("Xiong'an").key);
    expect(englishFormKey('companies').key).toBe(englishFormKey('company').key);
    expect(englishFormKey('business').key).not.toBe(englishFormKey('busines').key.slice(0, -1));
  });

  it('keeps a form made only of stopwords as written, so IT is not it', () => {
    expect(englishFormKey('IT')).toEqual({ key: 'IT', asWritten: true });
    expect(englishFormKey('it').key).not.toBe(englishFormKey('IT').key);
    expect(englishFormKey('IT services').asWritten).toBe(false);
  });

  it('derives the printed form without brackets and a bracketed abbreviation, then the listed ones', () => {
    expect(englishForms('Gross regional product (GRP) growth', ['regional GDP'])).toEqual(['Gross regional product (GRP) growth', 'Gross regional product growth', 'GRP', 'regional GDP']);
    expect(englishForms('Tianjin (Xiqing) Pilot Zone')).toEqual(['Tianjin (Xiqing) Pilot Zone', 'Tianjin Pilot Zone']);
    expect(englishForms('chips', ['Chips', 'chip'])).toEqual(['chips']);
  });

  it('compares Chinese without spaces and quotation marks', () => {
    expect(chineseKey('中芯国际 T2')).toBe('中芯国际T2');
    expect(chineseKey('“放管服”改革')).toBe('放管服改革');
  });

  it('makes the ids the listing pages make', () => {
    expect(slugOf('Tianjin (Xiqing) National Internet of Vehicles Pilot Zone')).toBe('tianjin-xiqing-national-internet-of-vehicles-pilot-zone');
    expect(slugOf('R&D Center')).toBe('r-and-d-center');
  });
});

const page = (lang: 'zh' | 'en', section: string, paragraphs: [number, string][], plan = '2021'): SectionText => ({
  lang,
  plan,
  section,
  part: section.startsWith('1') ? 'review' : 'plan',
  titleZh: `标题${section}`,
  titleEn: `Title ${section}`,
  paragraphs: paragraphs.map(([n, t]) => ({ id: `${lang === 'en' ? 'en-' : ''}p${section}-${n}`, text: t })),
});

const sources: CrosswalkSource[] = [
  { zh: ['中芯国际'], en: 'SMIC', listing: 'projects/#smic' },
  { zh: ['车联网'], en: 'Internet of Vehicles', also: ['IoV', 'connected vehicles'] },
  { zh: ['集成电路', '半导体集成电路'], en: 'integrated circuits', also: ['chips'] },
  { zh: ['半导体'], en: 'semiconductors', also: ['chips', 'semiconductor'] },
  { zh: ['电子信息'], en: 'electronic information', also: ['IT'] },
  { zh: ['辛口镇'], en: 'Xinkou Town' },
  { zh: ['量子'], en: 'quantum' },
];
const pages = [
  page('zh', '1-2', [
    [1, '推动重点工业项目建设，中芯国际 T2 产能扩充项目进展顺利。'],
    [2, '车联网先导区揭牌。'],
  ]),
  page('en', '1-2', [
    [1, 'SMIC T2 capacity expansion project progressed smoothly.'],
    [2, 'The Internet of Vehicles pilot zone was inaugurated.'],
  ]),
  page('zh', '1-3', [[1, '成立半导体集成电路人才联盟，发展电子信息产业。']]),
  page('en', '1-3', [[1, 'It set up the Semiconductor and Integrated Circuit Talent Alliance and developed the electronic information industry; it grew.']]),
];

describe('crosswalk', () => {
  const crosswalk = buildCrosswalk(sources, pages, { pageKeys: new Map([['en_a1', '2021/1-2']]), latin: ['t2'], listingTitles: new Map([['projects', { zh: '项目', en: 'Projects' }]]) });
  const entry = (en: string) => crosswalk.entries.find((e) => e.en === en)!;
  const where = (list: { section: number; paragraph: number }[]) => list.map((p) => `${crosswalk.sections[p.section]!.section}/${p.paragraph}`);

  it('finds where each language prints an entry: any Chinese form as a substring, the English as whole words', () => {
    expect(where(entry('SMIC').zhAt)).toEqual(['1-2/1']);
    expect(where(entry('SMIC').enAt)).toEqual(['1-2/1']);
    expect(where(entry('integrated circuits').zhAt)).toEqual(['1-3/1']);
    expect(where(entry('integrated circuits').enAt)).toEqual(['1-3/1']);
    expect(where(entry('semiconductors').enAt)).toEqual(['1-3/1']);
    expect(where(entry('semiconductors').zhAt)).toEqual(['1-3/1']);
    expect(where(entry('Internet of Vehicles').enAt)).toEqual(['1-2/2']);
    expect(where(entry('electronic information').enAt)).toEqual(['1-3/1']);
  });

  it('leaves out what is printed nowhere and listed nowhere', () => {
    expect(crosswalk.entries.map((e) => e.en)).not.toContain('quantum');
  });

  it('round-trips as shipped: forms in the index, a listing under its slug stored without it, postings in a file per printed entry under a version of them all', () => {
    const digestOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);
    const { index, files } = serializeCrosswalk(crosswalk, digestOf);
    const shipped = JSON.parse(JSON.stringify(index)) as SerializedCrosswalk;
    expect(shipped.entries.find((e) => e[1] === 'SMIC')![2]).toBe('projects/#');
    const back = parseCrosswalk(shipped);
    expect(back.entries.map(({ zh, en, also, listing }) => ({ zh, en, also, listing }))).toEqual(crosswalk.entries.map(({ zh, en, also, listing }) => ({ zh, en, also, listing })));
    for (const language of ['zh-cn', 'en']) if (files.has(pageIdsPath(shipped.version, language))) back.pages.add(language, JSON.parse(files.get(pageIdsPath(shipped.version, language))!) as string);
    for (const [id, key] of crosswalk.pages) expect(back.pages.get(id)).toBe(key);
    expect(back.latin).toEqual(crosswalk.latin);
    expect(back.listingTitles).toEqual(crosswalk.listingTitles);
    for (const path of files.keys()) expect(path).toMatch(new RegExp(`^${POSTINGS_DIR}/${shipped.version}/(\\d+|pages\\.(zh-cn|en))\\.json$`));
    expect(serializeCrosswalk({ ...crosswalk, entries: crosswalk.entries.slice(1) }, digestOf).index.version, 'other postings, another version').not.toBe(shipped.version);
    crosswalk.entries.forEach((entry, i) => {
      const file = back.entries[i]!.postings;
      expect(file === undefined).toBe(entry.zhAt.length === 0 && entry.enAt.length === 0);
      const postings = file ? parsePostings(JSON.parse(files.get(file)!) as SerializedPostings) : { zh: [], en: [] };
      const flat = (list: EntryPostings['zh']) => list.flatMap(({ section, paragraphs }) => paragraphs.map((p) => `${section.plan}/${section.section}/${p}`));
      const expected = (at: { section: number; paragraph: number }[]) => at.map((p) => `${crosswalk.sections[p.section]!.plan}/${crosswalk.sections[p.section]!.section}/${p.paragraph}`);
      expect(flat(postings.zh)).toEqual(expected(entry.zhAt));
      expect(flat(postings.en)).toEqual(expected(entry.enAt));
      for (const { section } of [...postings.zh, ...postings.en]) expect(crosswalk.sections).toContainEqual(section);
    });
    expect(files.size).toBeGreaterThan(0);
  });

  it('refuses a paragraph id that does not belong to its section', () => {
    expect(() => buildCrosswalk(sources, [page('zh', '1-2', []), { ...page('zh', '1-3', []), paragraphs: [{ id: 'p1-2-1', text: '车联网' }] }])).toThrow(/p1-2-1 is not a paragraph of section 1-3/);
  });

  describe('naming', () => {
    const lookup = new TermLookup(crosswalk);
    const named = (query: string) => {
      const naming = lookup.name(query);
      return { whole: naming.whole, spans: naming.spans.map((s) => [s.typed, s.entries.map((i) => crosswalk.entries[i]!.en)]) };
    };

    it('reads English abbreviations, other forms and plurals, case aside', () => {
      expect(named('IoV')).toEqual({ whole: true, spans: [['IoV', ['Internet of Vehicles']]] });
      expect(named('internet of vehicle')).toEqual({ whole: true, spans: [['internet of vehicle', ['Internet of Vehicles']]] });
      expect(named('smic')).toEqual({ whole: true, spans: [['smic', ['SMIC']]] });
      expect(named('chip')).toEqual({ whole: true, spans: [['chip', ['integrated circuits', 'semiconductors']]] });
    });

    it('takes the longest form, and says whether the query says more than names', () => {
      expect(named('the SMIC and IoV')).toEqual({ whole: true, spans: [['SMIC', ['SMIC']], ['IoV', ['Internet of Vehicles']]] });
      expect(named('SMIC expansion')).toEqual({ whole: false, spans: [['SMIC', ['SMIC']]] });
      expect(named('investment')).toEqual({ whole: false, spans: [] });
    });

    it('takes a stopword-only form only as written', () => {
      expect(named('IT').spans).toEqual([['IT', ['electronic information']]]);
      expect(named('it').spans).toEqual([]);
    });

    it('reads Chinese by characters, spaces aside, longest form first', () => {
      expect(named('中芯国际')).toEqual({ whole: true, spans: [['中芯国际', ['SMIC']]] });
      expect(named('半导体集成电路')).toEqual({ whole: true, spans: [['半导体集成电路', ['integrated circuits']]] });
      expect(named('车联网 中芯国际')).toEqual({ whole: true, spans: [['车联网', ['Internet of Vehicles']], ['中芯国际', ['SMIC']]] });
      expect(named('车联网项目').whole).toBe(false);
      expect(named('车联网，').whole).toBe(true);
    });

    it('never names an entry in a query that holds none of its forms', () => {
      const forms = crosswalk.entries.flatMap((e) => [...e.zh, e.en, ...e.also]);
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom('a', 'x', ' ', '项', '目', '-', 'of') }), (query) => {
          const naming = lookup.name(query);
          return naming.spans.every((s) => forms.some((f) => englishFormKey(f).key === englishFormKey(s.typed).key || chineseKey(f) === chineseKey(s.typed)));
        }),
      );
    });
  });
});

describe('rankPages', () => {
  const keyed = (...keys: string[]) => keys.map((key) => ({ key, hit: key }));

  it('puts a page found in both languages before pages found in one', () => {
    const ranked = rankPages({ direct: keyed('a', 'b'), named: [keyed('c', 'b')], postings: [new Map([['b', [2]], ['d', [1]]])], listings: [], whole: true });
    expect(ranked[0]!.key).toBe('b');
    expect(ranked[0]!.postings.get(0)).toEqual([2]);
    expect(ranked[0]!.direct).toEqual(['b']);
    expect(ranked.map((p) => p.key).sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps every direct hit of a page, one per language', () => {
    const ranked = rankPages({ direct: [{ key: 's', hit: 'zh' }, { key: 't', hit: 'x' }, { key: 's', hit: 'en' }], named: [], postings: [], listings: [], whole: false });
    expect(ranked.map((p) => [p.key, p.direct])).toEqual([['s', ['zh', 'en']], ['t', ['x']]]);
  });

  it('for a query that says more than names, keeps only pages the query itself found', () => {
    const ranked = rankPages({ direct: keyed('a'), named: [keyed('c')], postings: [new Map([['d', [1]]])], listings: ['projects/'], whole: false });
    expect(ranked.map((p) => p.key)).toEqual(['a']);
  });

  it('for several named spans, keeps a page only if each of them is found there (in either language)', () => {
    const ranked = rankPages({ direct: [], named: [keyed('a', 'b'), keyed('b')], postings: [new Map(), new Map([['a', [3]]])], listings: [], whole: true });
    expect(ranked.map((p) => p.key).sort()).toEqual(['a', 'b']);
    const strict = rankPages({ direct: [], named: [keyed('a', 'b'), keyed('b')], postings: [new Map(), new Map()], listings: [], whole: true });
    expect(strict.map((p) => p.key)).toEqual(['b']);
  });
});

describe('sentenceExcerpt', () => {
  const en = 'Industrial upgrading accelerated. It promoted key projects; SMIC T2 capacity expansion project progressed smoothly. It sped up 5G deployment.';
  const at = (word: string) => en.split(' ').indexOf(word);

  it('shows the sentence of the first match, whole, with the match marked', () => {
    const parts = sentenceExcerpt({ rawContent: en, start: 0, end: 100, locations: [at('SMIC')], lang: 'en' });
    expect(text(parts)).toBe('It promoted key projects; SMIC T2 capacity expansion project progressed smoothly.');
    expect(marked(parts)).toEqual(['SMIC']);
  });

  it('marks words without the punctuation stuck to them, and a phrase matched word by word as one', () => {
    const raw = 'The Internet of Vehicles, and more.';
    const parts = sentenceExcerpt({ rawContent: raw, start: 0, end: 10, locations: [1, 2, 3], lang: 'en' });
    expect(marked(parts)).toEqual(['Internet of Vehicles']);
  });

  it('stays inside the paragraph it was given', () => {
    const parts = sentenceExcerpt({ rawContent: `${en} Next paragraph mentions SMIC too.`, start: 0, end: en.split(' ').length, locations: [at('SMIC')], lang: 'en' });
    expect(text(parts)).not.toContain('Next paragraph');
  });

  it('cuts a long sentence at clauses around the match, saying so', () => {
    const long = `${Array.from({ length: 30 }, (_, i) => `item number ${i}`).join(', ')}, SMIC, ${Array.from({ length: 30 }, (_, i) => `more ${i}`).join(', ')}.`;
    const parts = sentenceExcerpt({ rawContent: long, start: 0, end: 1000, locations: [long.split(' ').indexOf('SMIC,')], lang: 'en' });
    expect(text(parts).length).toBeLessThanOrEqual(245);
    expect(text(parts)).toMatch(/^… .*SMIC.* …$/);
    expect(marked(parts)).toEqual(['SMIC']);
  });

  it('marks a Han phrase wherever it is said, from text cut by zero-width spaces, and never as HTML', () => {
    const zh = '推动重点工业项目建设，中芯国际 T2 产能扩充项目进展顺利。加快 5G 部署&lt;b&gt;。';
    const raw = zh.replace(/(\p{Script=Han})(?=\p{Script=Han})/gu, `$1${Z}`);
    const parts = sentenceExcerpt({ rawContent: raw, start: 0, end: 1000, locations: [], phrases: [['中', '芯', '国', '际']], lang: 'zh' });
    expect(text(parts)).toBe('推动重点工业项目建设，中芯国际 T2 产能扩充项目进展顺利。');
    expect(marked(parts)).toEqual(['中芯国际']);
    const tail = sentenceExcerpt({ rawContent: raw, start: 0, end: 1000, locations: [], phrases: [['部', '署']], lang: 'zh' });
    expect(text(tail)).toContain('<b>');
  });
});

describe('readSectionPage', () => {
  const html = `<!doctype html><html lang="en"><body><main><article data-pagefind-body data-plan="2021" data-part="review" data-section="1-2" data-title-zh="标题" data-title-en="Title">
    <section data-pagefind-ignore><p id="en-p1-2-9">Summary, not read.</p></section>
    <div class="pair"><p id="en-p1-2-1" class="para">SMIC &amp; <a href="#x">partners</a> grew.<a class="pilcrow" data-pagefind-ignore>¶</a><br><a class="twin-link" data-pagefind-ignore>Chinese ¶1</a></p>
    <p id="p1-2-1" data-pagefind-ignore>中芯国际</p></div></article></main></body></html>`;

  it('reads the section facts and the paragraphs search indexes, without what it ignores', () => {
    expect(readSectionPage(html)).toEqual({
      lang: 'en',
      plan: '2021',
      section: '1-2',
      part: 'review',
      titleZh: '标题',
      titleEn: 'Title',
      paragraphs: [{ id: 'en-p1-2-1', text: 'SMIC & partners grew.' }],
    });
  });

  it('reads nothing off a page that is not a section', () => {
    expect(readSectionPage('<html lang="en"><body><div data-pagefind-body><p id="p1-1-1">x</p></div></body></html>')).toBeUndefined();
  });
});
