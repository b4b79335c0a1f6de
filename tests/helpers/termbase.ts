/**
 * Termbases made for a test: YAML written to a temporary directory and loaded the way the
 * generators load the real one, so a test exercises the same validation. Every file the loader
 * reads exists; the ones a test does not name are empty.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadTermbase, type Termbase } from '../../src/lib/termbase/termbase.ts';

export const TERMBASE_FILES = [
  'sections.yaml', 'topics.yaml', 'names.yaml', 'policy.yaml', 'indicators.yaml', 'phrases.yaml', 'labels.yaml',
  'clauses.yaml', 'sectors.yaml', 'nouns.yaml', 'verbs.yaml', 'modifiers.yaml', 'noun-rules.yaml', 'templates.yaml',
] as const;

export type TermbaseFile = (typeof TERMBASE_FILES)[number];

/** A directory holding the given files' YAML, the rest empty. */
export function termbaseDir(files: Partial<Record<TermbaseFile, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'termbase-'));
  for (const file of TERMBASE_FILES) writeFileSync(join(dir, file), files[file] ?? '');
  return dir;
}

export function termbaseOf(files: Partial<Record<TermbaseFile, string>>): Termbase {
  return loadTermbase(termbaseDir(files));
}
