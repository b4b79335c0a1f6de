/**
 * The part and the whole of a share as its English label names them: "services as a share of
 * GRP", "high-tech manufacturing's share of industrial added value". Charts of shares name the
 * whole once in the title and draw each part by its own name.
 */
const SHARE_OF = /^(.+?) as a share of (.+)$/;
const POSSESSIVE_SHARE = /^(.+?)(?:'s|’s|'|’) share of (.+)$/;

export function englishShareLabel(labelEn: string): { part: string; whole: string } | null {
  const match = SHARE_OF.exec(labelEn) ?? POSSESSIVE_SHARE.exec(labelEn);
  return match ? { part: match[1]!, whole: match[2]! } : null;
}
