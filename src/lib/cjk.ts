/** Han characters and CJK punctuation: what must not appear in English prose unmarked. */
export const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

const CJK_RUNS = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]+/gu;

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
