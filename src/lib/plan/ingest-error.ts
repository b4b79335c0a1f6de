/**
 * The one error the ingest throws for bad input. It always names the file and, where the fault
 * has a place, the 1-based line, so a message reads like a compiler's: `file:line: what is wrong`.
 */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
  }
}
