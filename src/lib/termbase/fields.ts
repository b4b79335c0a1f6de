/** The field types termbase entries are made of, with the messages a translator reads when one is wrong. */
import { z } from 'zod';
import { CJK } from '../cjk.ts';

/** A string field; absent → "missing", written empty (`en:`) → "empty", as a translator would put it. */
export function text(what: string) {
  return z
    .string({
      error: (issue) =>
        issue.input === undefined ? `missing ${what}` : issue.input === null ? `empty ${what}` : `${what} must be a string`,
    })
    .refine((s) => s.trim() !== '', `empty ${what}`);
}

/** English shown to readers: non-blank and free of CJK characters. */
export function english(what = 'English') {
  return text(what).refine((s) => !CJK.test(s), `CJK character in ${what}`);
}

/** A one-line gloss for readers or translators; may quote the Chinese. */
export function gloss(what: string) {
  return text(what).refine((s) => !/[\r\n]/.test(s), `${what} must be one line`);
}

/** Where an official rendering was taken from. */
export const source = z.url({ error: 'source must be a URL' }).optional();
