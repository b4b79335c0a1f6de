/**
 * The numbers a text states, in English (`13,277`, `6.6`) or in Chinese (Arabic digits and
 * Chinese numerals): what the gate compares to decide whether an English number traces to the
 * Chinese it renders.
 */
import { parseChineseNumeral } from '../numerals.ts';

/**
 * A number in English prose. Digits glued to letters are part of a name, not a quantity
 * (`COVID-19`, `PM2.5`, `T2`) and an ordinal is a name's rank (`14th`), as the figure extractor reads
 * them in Chinese.
 */
const ENGLISH_NUMBER = /(?<![A-Za-z][-–]?|[\d.])\d[\d,]*(?:\.\d+)?(?![A-Za-z\d])/g;

export function numbersIn(text: string): string[] {
  return [...text.matchAll(ENGLISH_NUMBER)].map((m) => m[0].replaceAll(',', ''));
}

/** Numbers a Chinese clause states: Arabic digits and Chinese numerals (十四五 → 14). */
export function numbersInChinese(text: string): string[] {
  const numerals = [...text.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/g)].flatMap(([run]) =>
    [...Array(run.length).keys()].map((i) => parseChineseNumeral(run.slice(0, i + 1))).filter((n): n is number => n !== null),
  );
  return [...numbersIn(text), ...numerals.map(String)];
}

/** Numbers of an English text that the given Chinese sources do not state. */
export function untracedNumbers(english: string, chineseSources: string[]): string[] {
  const stated = new Set(chineseSources.flatMap(numbersInChinese));
  return numbersIn(english).filter((n) => !stated.has(n));
}
