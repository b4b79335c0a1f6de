/** Han, kana, Hangul, CJK punctuation and full-width forms: what must not stand unmarked in English prose. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

const CJK_RUNS = new RegExp(`${CJK.source}+`, 'gu');

/** Splits text into alternating runs of CJK and other characters, in order. */
export function splitCjkRuns(text: string): { text: string; cjk: boolean }[] {
  const runs: { text: string; cjk: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(CJK_RUNS)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), cjk: false });
    runs.push({ text: match[0], cjk: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), cjk: false });
  return runs;
}
