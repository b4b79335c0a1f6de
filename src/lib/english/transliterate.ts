/**
 * Proper nouns the termbase lacks, recognised by their form and rendered in pinyin until a
 * translator gives them a proper English name: `赵庄子村` → `Zhaozhuangzi Village`, `芦北路` →
 * `Lubei Road`. The head word (村, 路, 集团 …) says what kind of name it is and gives its English
 * generic; the part before it is spelled in Hanyu Pinyin as one word, capitalized, as place names
 * are written in English. Every such rendering is flagged `transliterated`, shown with a marker
 * and listed by `summarize --missing`, so none passes silently.
 */
import { pinyin } from 'pinyin-pro';
import type { NameEntry } from '../termbase/termbase.ts';

export interface NameHead {
  zh: string;
  en: string;
  kind: NameEntry['kind'];
}

/** Heads that mark a name, longest first so `产业园` wins over `园`. */
export const NAME_HEADS: readonly NameHead[] = [
  { zh: '股份有限公司', en: 'Co., Ltd.', kind: 'company' },
  { zh: '有限公司', en: 'Co., Ltd.', kind: 'company' },
  { zh: '集团', en: 'Group', kind: 'company' },
  { zh: '公司', en: 'Company', kind: 'company' },
  { zh: '产业园', en: 'Industrial Park', kind: 'zone' },
  { zh: '工业园区', en: 'Industrial Park', kind: 'zone' },
  { zh: '工业园', en: 'Industrial Park', kind: 'zone' },
  { zh: '科技园', en: 'Science Park', kind: 'zone' },
  { zh: '园区', en: 'Park', kind: 'zone' },
  { zh: '地块', en: 'Parcel', kind: 'land' },
  { zh: '片区', en: 'Area', kind: 'land' },
  { zh: '项目', en: 'Project', kind: 'project' },
  { zh: '街道', en: 'Subdistrict', kind: 'subdistrict' },
  { zh: '镇', en: 'Town', kind: 'town' },
  { zh: '村', en: 'Village', kind: 'village' },
  { zh: '公路', en: 'Highway', kind: 'road' },
  { zh: '大道', en: 'Avenue', kind: 'road' },
  { zh: '道', en: 'Road', kind: 'road' },
  { zh: '路', en: 'Road', kind: 'road' },
  { zh: '小学', en: 'Primary School', kind: 'school' },
  { zh: '中学', en: 'Middle School', kind: 'school' },
  { zh: '幼儿园', en: 'Kindergarten', kind: 'school' },
  { zh: '医院', en: 'Hospital', kind: 'institution' },
  { zh: '公园', en: 'Park', kind: 'venue' },
  { zh: '广场', en: 'Plaza', kind: 'venue' },
];

/** A name's proper part is short: longer runs before a head are descriptions, not names. */
const PROPER_PART = /^\p{Script=Han}{2,6}$/u;
/** Function words never stand inside a name (`奥特莱斯等项目`, `符合条件的项目` are not names). */
const FUNCTION_CHARACTERS = /[的等和及与之各类个项所以在为对把被将了着过是有于向从到由其该此这那些并或]/u;

/** The head a text ends with, if its proper part looks like a name. */
export function nameHeadOf(zh: string): { head: NameHead; proper: string } | undefined {
  for (const head of NAME_HEADS) {
    if (!zh.endsWith(head.zh)) continue;
    const proper = zh.slice(0, -head.zh.length);
    return PROPER_PART.test(proper) && !FUNCTION_CHARACTERS.test(proper) ? { head, proper } : undefined;
  }
  return undefined;
}

/** Hanyu Pinyin of a proper name, written as one capitalized word (`赵庄子` → `Zhaozhuangzi`). */
export function pinyinName(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: true }) as string[];
  const word = syllables.join('').replace(/ü/g, 'v');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The English of a name the termbase lacks: its proper part in pinyin and its head's generic. */
export function transliterateName(zh: string): { en: string; kind: NameEntry['kind'] } | undefined {
  const found = nameHeadOf(zh);
  if (!found) return undefined;
  return { en: `${pinyinName(found.proper)} ${found.head.en}`, kind: found.head.kind };
}
