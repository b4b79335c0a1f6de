/**
 * What every generator CLI shares: flags, `--check` against committed output, and turning an
 * expected failure (bad input) into one clear line and exit code 1 instead of a stack trace.
 */
import { compareGeneratedFiles, writeGeneratedFiles, WriteError } from './generated-files.ts';

/**
 * Runs a CLI body; known input errors, and output that cannot be written, print as
 * `error: file:line: problem`.
 */
export async function runCli(main: () => Promise<void> | void, knownErrors: (new (...args: never[]) => Error)[]): Promise<void> {
  try {
    await main();
  } catch (error) {
    if ([WriteError, ...knownErrors].some((known) => error instanceof known)) {
      console.error(`error: ${(error as Error).message}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

/**
 * Writes a generator's output into `dir`, or with `check` only compares and fails when the
 * committed output is stale, naming each stale file.
 */
export function emitGeneratedFiles(dir: string, files: Map<string, string>, check: boolean, generator: string): void {
  if (!check) {
    const written = writeGeneratedFiles(dir, files);
    console.log(`${generator}: ${files.size} files in ${dir}, ${written} updated`);
    return;
  }
  const { changed, missing, extra } = compareGeneratedFiles(dir, files);
  const stale = [...changed.map((p) => `changed: ${p}`), ...missing.map((p) => `missing: ${p}`), ...extra.map((p) => `not generated: ${p}`)];
  if (stale.length === 0) {
    console.log(`${generator} --check: ${files.size} files in ${dir} are current`);
    return;
  }
  console.error(`${generator} --check: ${dir} is stale; run \`npm run ${generator}\` and commit the result\n  ${stale.join('\n  ')}`);
  process.exitCode = 1;
}
