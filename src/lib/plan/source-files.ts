/** Source files on disk, as the generators' CLIs read them (`content/sources/` by default). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestError } from './ingest-error.ts';
import type { SourceFiles } from './read-plans.ts';

export function sourceFilesIn(dir: string): SourceFiles {
  const catalogPath = join(dir, 'plans.yaml');
  return {
    catalog: { file: catalogPath, text: readFileSync(catalogPath, 'utf8') },
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
