/**
 * Reads one termbase file: a YAML mapping of keys to entries, each validated with a zod schema.
 * Translators edit these files by hand, so every failure names the file and the line of the
 * entry, and each entry's line is kept for the checks that come after loading (a template that
 * matches ambiguously, an entity with two English names).
 */
import { isCollection, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Node } from 'yaml';
import type { z } from 'zod';
import { findInvisibleCharacter, INVISIBLE_REFUSED } from '../plan/invisible-characters.ts';
import { readInputFile } from '../plan/source-files.ts';
import { ALIAS_REFUSED, firstAlias } from '../plan/yaml-entries.ts';
import { TermbaseError } from './termbase-error.ts';

export interface LoadedEntries<T> {
  entries: Map<string, T>;
  /** The 1-based line of each key. */
  lines: Map<string, number>;
}

export function readEntries<T>(file: string, schema: z.ZodType<T>, keyProblem: (key: string) => string | undefined): LoadedEntries<T> {
  const yamlText = readInputFile(file);
  const invisible = findInvisibleCharacter(yamlText);
  if (invisible) throw new TermbaseError(file, invisible.line, `column ${invisible.column}: ${INVISIBLE_REFUSED(invisible)}`);
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const lineOf = (node: Node | null | undefined, fallback: number) => (node?.range ? lineAt(node.range[0]) : fallback);

  const [yamlError] = doc.errors;
  if (yamlError) {
    const line = lineAt(yamlError.pos[0]);
    if (yamlError.code === 'DUPLICATE_KEY') {
      // The error marks only the first character of the repeated key: find the key node there.
      let key: unknown = yamlText.slice(yamlError.pos[0], yamlError.pos[1]);
      visit(doc, {
        Pair(_, pair) {
          if (isScalar(pair.key) && pair.key.range?.[0] === yamlError.pos[0]) {
            key = pair.key.value;
            return visit.BREAK;
          }
          return undefined;
        },
      });
      throw new TermbaseError(file, line, `duplicate key ${String(key)}`);
    }
    // The yaml library appends its own position and a code excerpt; the prefix says where.
    const message = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new TermbaseError(file, line, `YAML: ${message}`);
  }

  const alias = firstAlias(doc);
  if (alias) throw new TermbaseError(file, lineAt(alias.offset), `YAML alias ${alias.source}: ${ALIAS_REFUSED}`);

  const entries = new Map<string, T>();
  const lines = new Map<string, number>();
  const root = doc.contents;
  if (root === null) return { entries, lines }; // only comments so far
  if (!isMap(root)) throw new TermbaseError(file, lineOf(root, 1), 'expected a mapping of keys to entries');

  for (const pair of root.items) {
    const keyNode = isNode(pair.key) ? pair.key : null;
    const line = lineOf(keyNode, 1);
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string') {
      throw new TermbaseError(file, line, 'key must be a string (quote keys that YAML reads as numbers, e.g. "1010")');
    }
    const key = keyNode.value;
    const keyError = keyProblem(key);
    if (keyError !== undefined) throw new TermbaseError(file, line, keyError);

    const valueNode = isNode(pair.value) ? pair.value : null;
    const result = schema.safeParse(valueNode ? valueNode.toJS(doc) : null);
    if (!result.success) {
      const issue = result.error.issues[0];
      if (issue === undefined) throw new TermbaseError(file, line, `invalid entry for ${key}`);
      const field = issue.path.length > 0 ? ` (field \`${issue.path.join('.')}\`)` : '';
      if (issue.code === 'unrecognized_keys') {
        const unknown = issue.keys.map((k) => `\`${k}\``).join(', ');
        const node = isMap(valueNode) ? valueNode.items.find((p) => isScalar(p.key) && p.key.value === issue.keys[0])?.key : undefined;
        throw new TermbaseError(file, lineOf(isNode(node) ? node : null, line), `unknown field ${unknown} for ${key}`);
      }
      const node = isCollection(valueNode) ? valueNode.getIn(issue.path, true) : valueNode;
      throw new TermbaseError(file, lineOf(isNode(node) ? node : null, line), `${issue.message} for ${key}${field}`);
    }
    entries.set(key, result.data);
    lines.set(key, line);
  }
  return { entries, lines };
}

