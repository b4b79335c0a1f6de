/**
 * Body paragraphs of a plan open with a short topic sentence (`疫情防控坚强有力。`) that states
 * what the paragraph reports. It is the paragraph's headline in the English summary, and its
 * absence marks the closing paragraphs of a part (problems, exhortation).
 */

/** Longest opening sentence still read as a topic statement rather than prose. */
const MAX_TOPIC_LENGTH = 24;

const TOPIC_SENTENCE = new RegExp(`^([^，,。；;：:！？!?“”]{2,${MAX_TOPIC_LENGTH}})。`);

/** The topic phrase without its full stop, or undefined when the paragraph opens with prose. */
export function topicPhraseOf(paragraphText: string): string | undefined {
  return TOPIC_SENTENCE.exec(paragraphText)?.[1];
}
