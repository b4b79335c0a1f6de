/**
 * Writes a file whole or not at all: a temp file beside it, then a rename. When either fails,
 * the temp file is removed and the error names the file, which is left as it was.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { WriteError } from './generated-files.ts';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    const { code, message } = error as NodeJS.ErrnoException;
    throw new WriteError(`${path}: cannot write (${code ?? message}); the file is unchanged`);
  }
}
