/** Citation metadata of a section page: Highwire and Dublin Core tags, JSON-LD, and its escaping. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dublinCoreTags, highwireTags, jsonForScriptElement, legislationJsonLd, type SectionMetadata } from '../../src/lib/site/section-metadata.ts';

const metadata: SectionMetadata = {
  lang: 'en',
  siteName: 'Xiqing Plans',
  plan: {
    title: 'Xiqing District, Tianjin: National Economic and Social Development Plan for 2022',
    titleZh: '西青区 2022 年国民经济和社会发展规划',
    url: '/mirror/xiqing/en/2022/',
    issuer: "People's Government of Xiqing District, Tianjin",
    issued: '2021-12-20',
    approvedByZh: '天津市西青区第十八届人民代表大会第一次会议',
    jurisdiction: 'Xiqing District, Tianjin',
  },
  section: { title: 'Overview', titleZh: '总体情况', permalink: '/mirror/xiqing/en/2022/1-0/', position: 1 },
  source: { file: 'xiqing-2022-plan.zh.txt', url: '/mirror/xiqing/sources/xiqing-2022-plan.zh.txt', sha256: 'de6d473eb97c3af2d8927cfda108bfd8230212428f5aa4c0c3d4fd0ed429f7a6', bytes: 30434 },
};

describe('highwireTags and dublinCoreTags', () => {
  it('date the section by the plan’s issue, in each vocabulary’s form, and name the original’s language', () => {
    const highwire = new Map(highwireTags(metadata));
    expect(highwire.get('citation_publication_date')).toBe('2021/12/20');
    expect(highwire.get('citation_language')).toBe('zh-CN');
    expect(highwire.get('citation_public_url')).toBe(metadata.section.permalink);
    const dc = new Map(dublinCoreTags(metadata));
    expect(dc.get('DC.date')).toBe('2021-12-20');
    expect(dc.get('DC.source')).toBe(metadata.source.url);
    expect(dc.get('DCTERMS.isPartOf')).toBe(metadata.plan.url);
  });
});

describe('legislationJsonLd', () => {
  it('describes the plan as Legislation based on the source file with its SHA-256, the section as its part', () => {
    const ld = legislationJsonLd(metadata) as Record<string, any>;
    expect(ld['@type']).toBe('Legislation');
    expect(ld['legislationDate']).toBe('2021-12-20');
    expect(ld['legislationJurisdiction']).toBe('Xiqing District, Tianjin');
    expect(ld['isBasedOn']).toMatchObject({ contentUrl: metadata.source.url, sha256: metadata.source.sha256 });
    expect(ld['hasPart']).toMatchObject({ '@type': 'Legislation', url: metadata.section.permalink, position: 1 });
  });
});

describe('jsonForScriptElement', () => {
  it('never lets a value end the script element, and still parses back to the value', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const json = jsonForScriptElement({ name: `${text}</script><!--` });
        return !/<|>|&/.test(json) && !json.includes('\u2028') && JSON.parse(json).name === `${text}</script><!--`;
      }),
    );
  });
});
