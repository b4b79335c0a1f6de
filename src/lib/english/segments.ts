/**
 * Cuts a paragraph into the units the English is rendered in: sentences, ended by 。；！？, and
 * their clauses, separated by ，and ：. Each carries its exact span in the paragraph, so every
 * English segment can point at the characters it renders.
 *
 * Punctuation inside quotation marks, book titles and brackets belongs to the name it is part of
 * (`《西青区招商引资工作三年行动计划（2021-2023）》`, `“一张表单、一套材料”`), so it never
 * cuts. Enumerations joined by 、 stay inside their clause: a list is one constituent.
 */

export interface TextSpan {
  text: string;
  start: number;
  end: number;
}

export interface Clause extends TextSpan {
  /** 0-based index of the sentence in the paragraph. */
  sentence: number;
  /** The punctuation that ends the clause as printed (`，`, `。`, …), or '' at the paragraph's end. */
  ends: string;
}

const SENTENCE_END = new Set(['。', '；', ';', '！', '？', '!', '?']);
const CLAUSE_END = new Set(['，', ',', '：', ':']);
const OPENING: Record<string, string> = { '“': '”', '‘': '’', '《': '》', '（': '）', '(': ')', '「': '」', '『': '』', '〈': '〉', '【': '】' };

/** Where a delimiter at this offset is outside every bracket pair that is closed later. */
function openBracketDepths(text: string): boolean[] {
  const inside = Array.from({ length: text.length }, () => false);
  const stack: { close: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (stack.length > 0 && character === stack.at(-1)!.close) {
      const { at } = stack.pop()!;
      inside.fill(true, at + 1, i);
      continue;
    }
    const close = OPENING[character];
    if (close) stack.push({ close, at: i });
  }
  // A bracket that never closes is a slip of the source, not a name: it protects nothing.
  return inside;
}

/** The clauses of a paragraph, in order, trimmed, each with its sentence index. */
export function clausesOf(text: string): Clause[] {
  const inside = openBracketDepths(text);
  const clauses: Clause[] = [];
  let sentence = 0;
  let start = 0;
  const push = (end: number, ends: string) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== '') clauses.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length, sentence, ends });
  };
  for (let i = 0; i < text.length; i++) {
    const character = text[i]!;
    if (inside[i]) continue;
    if (SENTENCE_END.has(character)) {
      push(i, character);
      if (clauses.at(-1)?.sentence === sentence) sentence++;
      start = i + 1;
    } else if (CLAUSE_END.has(character)) {
      push(i, character);
      start = i + 1;
    }
  }
  push(text.length, '');
  return clauses;
}

/** The sentences of a paragraph as spans (from the first clause's start to the last one's end). */
export function sentencesOf(text: string): TextSpan[] {
  const sentences: TextSpan[] = [];
  for (const clause of clausesOf(text)) {
    const current = sentences[clause.sentence];
    if (current) {
      current.end = clause.end;
      current.text = text.slice(current.start, current.end);
    } else sentences[clause.sentence] = { text: clause.text, start: clause.start, end: clause.end };
  }
  return sentences;
}
