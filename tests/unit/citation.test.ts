/** Citations of a section in APA and Chicago, in English and in Chinese. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apaCitation, chicagoCitation, type CitedSection } from '../../src/lib/site/citation.ts';

const section: CitedSection = {
  lang: 'en',
  author: "People's Government of Xiqing District, Tianjin",
  issued: '2021-01-18',
  documentTitle: '西青区 2021 年国民经济和社会发展规划',
  documentTitleEn: 'Xiqing District, Tianjin: National Economic and Social Development Plan for 2021',
  sectionTitle: '着力推动深化改革，深入推进创新发展',
  sectionTitleEn: 'Deepening reform and advancing innovation-driven development',
  sectionTitleEditorial: false,
  publisher: 'Xiqing Plans',
  url: 'https://plans.example/en/2021/1-3/',
};

describe('apaCitation', () => {
  it('gives author, date, original titles with English in brackets, publisher and URL', () => {
    expect(apaCitation(section)).toBe(
      "People's Government of Xiqing District, Tianjin. (2021, January 18). 西青区 2021 年国民经济和社会发展规划 [Xiqing District, Tianjin: National Economic and Social Development Plan for 2021]: 着力推动深化改革，深入推进创新发展 [Deepening reform and advancing innovation-driven development]. Xiqing Plans. https://plans.example/en/2021/1-3/",
    );
  });

  it('marks a title the editors supplied as a bracketed description', () => {
    expect(apaCitation({ ...section, sectionTitle: '总体情况', sectionTitleEn: 'Overview', sectionTitleEditorial: true })).toContain(': [总体情况 [Overview]]. Xiqing Plans.');
  });

  it('in Chinese, gives Chinese names and dates and no English renderings', () => {
    const zh = apaCitation({ ...section, lang: 'zh', author: '天津市西青区人民政府', publisher: '西青区国民经济和社会发展规划' });
    expect(zh).toBe('天津市西青区人民政府. (2021年1月18日). 西青区 2021 年国民经济和社会发展规划: 着力推动深化改革，深入推进创新发展. 西青区国民经济和社会发展规划. https://plans.example/en/2021/1-3/');
  });
});

describe('chicagoCitation', () => {
  it('quotes the section, names the plan it is in, then date, publisher and URL', () => {
    expect(chicagoCitation(section)).toBe(
      "People's Government of Xiqing District, Tianjin. “着力推动深化改革，深入推进创新发展 [Deepening reform and advancing innovation-driven development].” In 西青区 2021 年国民经济和社会发展规划 [Xiqing District, Tianjin: National Economic and Social Development Plan for 2021]. January 18, 2021. Xiqing Plans. https://plans.example/en/2021/1-3/.",
    );
  });
});

describe('both styles', () => {
  it('state the issue date of any day correctly and end every element once', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (date) => {
        const issued = date.toISOString().slice(0, 10);
        const month = date.toLocaleString('en', { month: 'long', timeZone: 'UTC' });
        const c = { ...section, issued };
        const apa = apaCitation(c);
        const chicago = chicagoCitation(c);
        return apa.includes(`(${date.getUTCFullYear()}, ${month} ${date.getUTCDate()}).`) && chicago.includes(`${month} ${date.getUTCDate()}, ${date.getUTCFullYear()}.`) && !/\.\./.test(apa + chicago);
      }),
    );
  });

  it('refuse a date that is not YYYY-MM-DD', () => {
    expect(() => apaCitation({ ...section, issued: '18 January 2021' })).toThrow('not a YYYY-MM-DD date');
  });
});
