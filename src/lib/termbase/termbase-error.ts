/** A termbase file failed to parse or validate; `file` and `line` locate the entry. */
export class TermbaseError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'TermbaseError';
    this.file = file;
    this.line = line;
  }
}
