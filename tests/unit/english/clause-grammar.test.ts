import { describe, expect, it } from 'vitest';
import { AmbiguousTemplateError, ClauseParser, piecesText, type ClauseFigure } from '../../../src/lib/english/clause-grammar.ts';
import { pastOf, pastPhrase } from '../../../src/lib/english/inflect.ts';
import { grammarOf } from '../../../src/lib/english/render-plan.ts';
import { transliterateName } from '../../../src/lib/english/transliterate.ts';
import { termbaseOf } from '../../helpers/termbase.ts';

const TB = termbaseOf({
  'names.yaml': '杉杉奥特莱斯: { en: Shanshan Outlets, kind: project }\n大悦城春风里: { en: Joy City Chunfengli, kind: project }\n星悦中心: { en: Xingyue Center, kind: project }\n天津农学院: { en: Tianjin Agricultural University, kind: university }\n车联网先导区: { en: Internet of Vehicles Pilot Zone, kind: zone }\n',
  'sectors.yaml': 'internet-of-vehicles: { zh: [车联网], en: Internet of Vehicles, also: [IoV] }\n',
  'nouns.yaml': '5G部署: 5G deployment\n通信基站: communication base stations\n高端农业机械: high-end agricultural machinery\n推广应用: promotion and application\n科研院所: research institutes\n产业: { en: industry, mod: industrial }\n先导区: pilot zone\n低碳工业体系: a low-carbon industrial system\n',
  'verbs.yaml': '加快: speed up\n推进: advance\n培育: foster\n构建: build\n"加强与{np}的合作": strengthen cooperation with {np}\n',
  'modifiers.yaml': '积极: actively\n持续: { en: "continue to {vp}", past: "continued to {vp}" }\n加快: { en: "move faster to {vp}", past: "moved faster to {vp}" }\n',
  'noun-rules.yaml': '"{np1}的{np2}": "the {np2} of {np1}"\n"{np1}等{np2}": "{np2} such as {np1}"\n"{mod}{np}": "{mod} {np}"\n"{np}建设": "the construction of {np}"\n',
  'templates.yaml': '"新建{np}{count}": "build {count} new {np}"\n"推进{names}等重点项目建设": "push ahead with key projects including {names}"\n',
});
const GRAMMAR = grammarOf(TB);
const parse = (clause: string, figures: ClauseFigure[] = []) => new ClauseParser(GRAMMAR, clause, figures);

describe('templates with placeables', () => {
  it('fill names and figures, the number coming from the figure', () => {
    const figure: ClauseFigure = { id: 'f1', start: 7, end: 12, counts: true, value_en: '776' };
    const derived = parse('新建通信基站 776 座', [figure]).template('past')!;
    expect(piecesText(derived.pieces)).toBe('built 776 new communication base stations');
    expect(derived.figures).toEqual(['f1']);
    expect(derived.pieces.find((p) => p.ref?.kind === 'figure')).toEqual({ text: '776', ref: { kind: 'figure', id: 'f1' } });
  });

  it('do not match a number that is not an extracted figure', () => {
    expect(parse('新建通信基站 776 座').template('past')).toBeNull();
  });

  it('list every name of a {names} placeable, marked as entities', () => {
    const derived = parse('推进杉杉奥特莱斯、大悦城春风里、星悦中心等重点项目建设').template('base')!;
    expect(piecesText(derived.pieces)).toBe('push ahead with key projects including Shanshan Outlets, Joy City Chunfengli and Xingyue Center');
    expect(derived.pieces.filter((p) => p.ref?.kind === 'entity').map((p) => p.ref!.id)).toEqual(['shanshan-outlets', 'joy-city-chunfengli', 'xingyue-center']);
  });

  it('refuse a clause two templates render equally well and differently', () => {
    // Equal cost (as much Chinese of their own, one noun each), different English: the translator must make one more specific.
    const both = termbaseOf({ 'nouns.yaml': '基站: base stations\n新建: new builds\n', 'templates.yaml': '"新建{np}": "build {np}"\n"{np}基站": "{np} with base stations"\n' });
    expect(() => new ClauseParser(grammarOf(both), '新建基站', []).template('base')).toThrow(AmbiguousTemplateError);
  });

  it('prefer the template with more Chinese of its own when costs are otherwise equal', () => {
    const tb = termbaseOf({ 'nouns.yaml': '基站: base stations\n建基站: base station building\n', 'templates.yaml': '"新建{np}": "build {np}"\n"新{np}": "new {np}"\n' });
    expect(piecesText(new ClauseParser(grammarOf(tb), '新建基站', []).template('base')!.pieces)).toBe('build base stations');
  });

  it('prefer {count} to {figure} where a count fits both', () => {
    const tb = termbaseOf({ 'nouns.yaml': '基站: base stations\n', 'templates.yaml': '"新建{np}{count}": "build {count} new {np}"\n"新建{np}{figure}": "build {np}: {figure}"\n' });
    const figure: ClauseFigure = { id: 'f1', start: 4, end: 8, counts: true, value_en: '776' };
    expect(piecesText(new ClauseParser(grammarOf(tb), '新建基站776座', [figure]).template('base')!.pieces)).toBe('build 776 new base stations');
  });
});

describe('composition from verb frames over noun phrases', () => {
  it('composes a verb frame over a noun phrase with 的, in both tenses', () => {
    expect(piecesText(parse('加快高端农业机械的推广应用').composed('base')!.pieces)).toBe('speed up the promotion and application of high-end agricultural machinery');
    expect(piecesText(parse('加快高端农业机械的推广应用').composed('past')!.pieces)).toBe('sped up the promotion and application of high-end agricultural machinery');
  });

  it('passes the tense through an adverb and keeps the governed verb in the base form after a frame', () => {
    expect(piecesText(parse('积极培育车联网产业').composed('past')!.pieces)).toBe('actively fostered Internet of Vehicles industry');
    expect(piecesText(parse('持续推进5G部署').composed('past')!.pieces)).toBe('continued to advance 5G deployment');
    expect(piecesText(parse('加快构建低碳工业体系').composed('base')!.pieces)).toBe('move faster to build a low-carbon industrial system');
  });

  it('uses a noun as a modifier in a compound ({mod}{np})', () => {
    expect(piecesText(parse('培育产业科研院所').composed('base')!.pieces)).toBe('foster industrial research institutes');
  });

  it('finds the final 和 of a list where the items parse, not inside a word', () => {
    const tb = termbaseOf({ 'nouns.yaml': '企业: enterprises\n惠及企业: enterprises benefiting\n项目: projects\n', 'verbs.yaml': '推进: advance\n' });
    expect(piecesText(new ClauseParser(grammarOf(tb), '推进项目、惠及企业', []).composed('base')!.pieces)).toBe('advance projects and enterprises benefiting');
  });

  it('reads lists with 、 and a final 和 as English lists', () => {
    expect(piecesText(parse('加强与天津农学院、科研院所的合作').composed('base')!.pieces)).toBe('strengthen cooperation with Tianjin Agricultural University and research institutes');
  });

  it('prefers the longest name over its parts (longest match)', () => {
    const derived = parse('推进车联网先导区建设').composed('base')!;
    expect(derived.pieces.filter((p) => p.ref).map((p) => p.ref)).toEqual([{ kind: 'entity', id: 'internet-of-vehicles-pilot-zone' }]);
  });

  it('spells a name the termbase lacks in pinyin from its form, and flags it', () => {
    const derived = parse('推进赵庄子村建设').composed('base')!;
    expect(piecesText(derived.pieces)).toBe('advance the construction of Zhaozhuangzi Village');
    expect(derived.names).toEqual([{ zh: '赵庄子村', en: 'Zhaozhuangzi Village', id: 'zhaozhuangzi-village', kind: 'village', transliterated: true }]);
  });

  it('gives up rather than guess when a word is unknown', () => {
    expect(parse('推进某某未知事项').composed('base')).toBeNull();
  });
});

describe('pinyin names and verbs in the past', () => {
  it('transliterates only what looks like a name', () => {
    expect(transliterateName('芦北路')).toEqual({ en: 'Lubei Road', kind: 'road' });
    expect(transliterateName('经纬恒润集团')).toEqual({ en: 'Jingweihengrun Group', kind: 'company' });
    expect(transliterateName('奥特莱斯等项目')).toBeUndefined();
    expect(transliterateName('符合条件的项目')).toBeUndefined();
    expect(transliterateName('路')).toBeUndefined();
  });

  it('puts regular, irregular and doubling verbs in the past', () => {
    expect(['advance', 'speed', 'build', 'step', 'carry', 'hold', 'plan', 'deepen'].map(pastOf)).toEqual(['advanced', 'sped', 'built', 'stepped', 'carried', 'held', 'planned', 'deepened']);
    expect(pastPhrase('step up investment')).toBe('stepped up investment');
  });
});

describe('bad memory is refused with file and line', () => {
  it('names both templates of an ambiguous clause, at the second one’s line', () => {
    const both = termbaseOf({ 'nouns.yaml': '基站: base stations\n新建: new builds\n', 'templates.yaml': '"新建{np}": "build {np}"\n"{np}基站": "{np} with base stations"\n' });
    expect(() => new ClauseParser(grammarOf(both), '新建基站', []).template('base')).toThrow(/templates\.yaml:2: \{np\}基站 renders the clause "新建基站" as well as 新建\{np\} at .*templates\.yaml:1 does/);
  });

  it('refuses one Chinese form with two English renderings across files', () => {
    const tb = termbaseOf({ 'names.yaml': '西青区: { en: Xiqing District, kind: place }\n', 'nouns.yaml': '# nouns\n西青区: the Xiqing area\n' });
    expect(() => grammarOf(tb)).toThrow(/nouns\.yaml:2: 西青区 is "the Xiqing area" here but "Xiqing District" at .*names\.yaml:1/);
  });
});

describe('numbers in the lexicon', () => {
  it('refuses an entry whose English states a number its Chinese does not print', () => {
    const tb = termbaseOf({ 'nouns.yaml': '# nouns\n亿元: 100 million yuan\n' });
    expect(() => grammarOf(tb)).toThrow(/nouns\.yaml:2: 亿元 is "100 million yuan", which states 100; the Chinese prints no such number/);
    expect(() => grammarOf(termbaseOf({ 'nouns.yaml': '地铁7号线: Metro Line 7\n' }))).not.toThrow();
  });
});
