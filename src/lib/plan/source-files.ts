/** Source files on disk, as the generators' CLIs read them (`content/sources/` by default). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from './ingest-error.ts';
import type { SourceFiles } from './read-plans.ts';

/** A hand-edited input file's text, or an error naming it and why it cannot be read. */
export function readInputFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    throw new IngestError(path, undefined, code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`);
  }
}

export function sourceFilesIn(dir: string): SourceFiles {
  const catalogPath = join(dir, 'plans.yaml');
  return {
    catalog: { file: catalogPath, text: readInputFile(catalogPath) },
    readSource: (file) => {
      const path = join(dir, file);
      try {
        return { path, bytes: readFileSync(path) };
      } catch {
        throw new IngestError(path, undefined, `listed in ${catalogPath} but cannot be read`);
      }
    },
  };
}
