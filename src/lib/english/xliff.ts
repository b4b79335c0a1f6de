/**
 * The clauses the memory lacks as XLIFF 2.0, the exchange format every CAT tool opens, and the
 * translator's filled file read back into the memory.
 *
 * Each clause is a unit named by plan, paragraph and offset; its figures travel as placeholders
 * (`<ph id="f1" equiv="{count}" disp="776 座"/>`) that the translator moves but does not retype,
 * so the English keeps taking its numbers from the figures. On the way back a unit must still
 * match its clause exactly, its target must keep every placeholder once and hold no digit and no
 * Chinese of its own. A unit with placeholders becomes a template, one without an exact entry;
 * any problem is an error naming the file and line, and nothing is written.
 */
import { parseDocument } from 'htmlparser2';
import { getElementsByTagName, textContent } from 'domutils';
import type { ChildNode, Element } from 'domhandler';
import { stringify } from 'yaml';
import { CJK } from '../cjk.ts';

/** A clause to translate: where it is, its text, and its figures by span in the clause. */
export interface XliffClause {
  /** `2021-p1-3-2-14`: plan, paragraph and the clause's offset in it. */
  id: string;
  /** `2021 1-3 p1-3-2`, for the translator's context. */
  where: string;
  zh: string;
  figures: { start: number; end: number; counts: boolean }[];
}

/** What a filled unit gives the memory. */
export type XliffEntry =
  | { kind: 'template'; zh: string; en: string; id: string }
  | { kind: 'exact'; zh: string; en: string; id: string };

export class XliffError extends Error {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'XliffError';
  }
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The placeholder id and placeable of each figure, numbered per kind when a clause has several. */
function placeholders(clause: XliffClause): { id: string; placeable: string; start: number; end: number }[] {
  const sorted = [...clause.figures].sort((a, b) => a.start - b.start);
  const kinds = sorted.map((f) => (f.counts ? 'count' : 'figure'));
  return sorted.map((f, i) => {
    const kind = kinds[i]!;
    const several = kinds.filter((k) => k === kind).length > 1;
    const n = kinds.slice(0, i + 1).filter((k) => k === kind).length;
    return { id: `f${i + 1}`, placeable: `{${kind}${several ? n : ''}}`, start: f.start, end: f.end };
  });
}

/** An XLIFF 2.0 document of the clauses, targets empty, for a translator's CAT tool. */
export function toXliff(clauses: readonly XliffClause[], original: string): string {
  const units = clauses.map((clause) => {
    let source = '';
    let at = 0;
    for (const ph of placeholders(clause)) {
      source += escapeXml(clause.zh.slice(at, ph.start));
      source += `<ph id="${ph.id}" equiv="${escapeXml(ph.placeable)}" disp="${escapeXml(clause.zh.slice(ph.start, ph.end))}"/>`;
      at = ph.end;
    }
    source += escapeXml(clause.zh.slice(at));
    return [
      `    <unit id="${escapeXml(clause.id)}">`,
      `      <notes><note category="location">${escapeXml(clause.where)}</note></notes>`,
      '      <segment>',
      `        <source>${source}</source>`,
      '        <target></target>',
      '      </segment>',
      '    </unit>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">',
    `  <file id="memory" original="${escapeXml(original)}">`,
    ...units,
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
}

/** Text and placeholders of a `<source>` or `<target>`, in order. */
function parts(element: Element): ({ text: string } | { ph: string })[] {
  return element.children.flatMap((child: ChildNode): ({ text: string } | { ph: string })[] => {
    if (child.type === 'text') return [{ text: child.data }];
    if (child.type === 'tag' && child.name === 'ph') return [{ ph: child.attribs.id ?? '' }];
    if (child.type === 'tag') return [{ text: textContent(child) }];
    return [];
  });
}

/**
 * The entries a filled XLIFF file gives, checked against the clauses it was made from (the ones
 * the memory still lacks). Units left empty are skipped: a translator may return a file half done.
 */
export function fromXliff(xml: string, file: string, clauses: readonly XliffClause[]): XliffEntry[] {
  const document = parseDocument(xml, { xmlMode: true, withStartIndices: true, decodeEntities: true });
  const lineAt = (offset: number | null) => (offset === null ? 1 : xml.slice(0, offset).split('\n').length);
  const root = getElementsByTagName('xliff', document, true)[0];
  if (!root) throw new XliffError(file, 1, 'not an XLIFF document (no <xliff> element)');
  if (root.attribs.version !== '2.0') throw new XliffError(file, lineAt(root.startIndex), `XLIFF version ${root.attribs.version ?? '(none)'}: only 2.0 is read`);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const entries: XliffEntry[] = [];
  for (const unit of getElementsByTagName('unit', root, true)) {
    const line = lineAt(unit.startIndex);
    const id = unit.attribs.id ?? '';
    const clause = byId.get(id);
    if (!clause) throw new XliffError(file, line, `unit ${id} names no clause the memory lacks (is the file from an older run, or was the clause translated since?)`);
    const source = getElementsByTagName('source', unit, true)[0];
    const target = getElementsByTagName('target', unit, true)[0];
    if (!source) throw new XliffError(file, line, `unit ${id} has no <source>`);
    const expected = placeholders(clause);
    const sourceText = parts(source).map((p) => ('ph' in p ? `{${p.ph}}` : p.text)).join('');
    let plain = '';
    let at = 0;
    for (const ph of expected) {
      plain += clause.zh.slice(at, ph.start) + `{${ph.id}}`;
      at = ph.end;
    }
    plain += clause.zh.slice(at);
    if (sourceText !== plain) throw new XliffError(file, lineAt(source.startIndex), `unit ${id}: the source is not the clause as printed ("${clause.zh}"); sources must come back unchanged`);
    if (!target) continue;
    const targetParts = parts(target);
    const english = targetParts.map((p) => ('ph' in p ? '' : p.text)).join('');
    if (english.trim() === '' && !targetParts.some((p) => 'ph' in p)) continue;
    const targetLine = lineAt(target.startIndex);
    if (CJK.test(english)) throw new XliffError(file, targetLine, `unit ${id}: a Chinese character in the English: "${english.match(CJK)![0]}"`);
    if (/\d/.test(english)) throw new XliffError(file, targetLine, `unit ${id}: a digit in the English; numbers come from the placeholders`);
    const used = targetParts.flatMap((p) => ('ph' in p ? [p.ph] : []));
    for (const ph of expected) {
      const count = used.filter((u) => u === ph.id).length;
      if (count !== 1) throw new XliffError(file, targetLine, `unit ${id}: placeholder ${ph.id} appears ${count} times in the target; each must appear once`);
    }
    const unknown = used.find((u) => !expected.some((ph) => ph.id === u));
    if (unknown) throw new XliffError(file, targetLine, `unit ${id}: placeholder ${unknown} is not in the source`);
    const placeable = new Map(expected.map((ph) => [ph.id, ph.placeable]));
    const en = targetParts.map((p) => ('ph' in p ? placeable.get(p.ph)! : p.text)).join('').replace(/\s+/g, ' ').trim();
    if (expected.length === 0) {
      entries.push({ kind: 'exact', zh: clause.zh, en, id });
    } else {
      let zh = '';
      let cursor = 0;
      for (const ph of expected) {
        zh += clause.zh.slice(cursor, ph.start) + ph.placeable;
        cursor = ph.end;
      }
      entries.push({ kind: 'template', zh: (zh + clause.zh.slice(cursor)).replace(/\s+/g, ''), en, id });
    }
  }
  return entries;
}

/**
 * The YAML a filled file adds to the memory, per termbase file: templates (with placeholders) to
 * `templates.yaml`, exact entries to `clauses.yaml`, each with a comment naming its unit. A
 * translation was written for its clause in context, so a template is a statement used as is.
 */
export function memoryAdditions(entries: readonly XliffEntry[], file: string): Record<'templates.yaml' | 'clauses.yaml', string> {
  const scalar = (value: unknown) => stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  const line = (entry: XliffEntry) => `${scalar(entry.zh)}: ${scalar(entry.kind === 'template' ? { en: entry.en, form: 'statement' } : entry.en)}  # ${file}, unit ${entry.id}`;
  const block = (kind: XliffEntry['kind']) => {
    const lines = entries.filter((e) => e.kind === kind).map(line);
    return lines.length > 0 ? `\n# From ${file}\n${lines.join('\n')}\n` : '';
  };
  return { 'templates.yaml': block('template'), 'clauses.yaml': block('exact') };
}
