/**
 * The command line of every script in `scripts/`: its flags declared once, with their help, and
 * read with node:util's parseArgs. `--help` (or `-h`) prints the usage and exits 0 before the
 * script does anything; an unknown flag, a missing value or a surplus argument prints the problem
 * and the usage and exits 2, the customary code for a usage error.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

interface OptionHelp {
  /** What the option does, in a few words; the default is added to it. */
  description: string;
  /** What the value is called in the usage, e.g. `DIR` (string options). */
  value?: string;
}
export type OptionSpec = ({ type: 'string'; default?: string } | { type: 'boolean'; default?: boolean }) & OptionHelp;

export interface CommandSpec<O extends Record<string, OptionSpec> = Record<string, OptionSpec>> {
  /** How a person runs it: `npm run ingest`. */
  command: string;
  /** What it does, in a sentence or two. */
  description: string;
  options?: O;
  /** Arguments without a flag, e.g. `{ usage: '[dir]', max: 1, description: … }`. */
  positionals?: { usage: string; max: number; description: string };
  /** Environment variables it reads, and what each means. */
  environment?: Record<string, string>;
}

type Values<O> = {
  [K in keyof O]: O[K] extends { type: 'boolean' } ? boolean : O[K] extends { default: string } ? string : string | undefined;
};

export type CommandLine<O> =
  | { kind: 'run'; values: Values<O>; positionals: string[] }
  | { kind: 'help'; text: string }
  | { kind: 'error'; text: string };

const HELP = { description: 'print this help and exit' };

/** The usage text: synopsis, description, options with their defaults, environment. */
export function usageOf(spec: CommandSpec): string {
  const options = Object.entries(spec.options ?? {});
  const flag = (name: string, option: OptionSpec) => `--${name}${option.type === 'string' ? ` ${option.value ?? 'VALUE'}` : ''}`;
  const synopsis = [...options.map(([name, option]) => `[${flag(name, option)}]`), ...(spec.positionals ? [spec.positionals.usage] : [])];
  const lines = [`Usage: ${spec.command}${synopsis.length > 0 ? ` -- ${synopsis.join(' ')}` : ''}`, '', spec.description];
  const table = (rows: [string, string][]) => {
    const width = Math.max(...rows.map(([left]) => left.length));
    return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
  };
  const optionRows: [string, string][] = options.map(([name, option]) => [
    flag(name, option),
    option.default === undefined || option.default === false ? option.description : `${option.description} (default: ${option.default})`,
  ]);
  if (spec.positionals) optionRows.unshift([spec.positionals.usage, spec.positionals.description]);
  optionRows.push(['-h, --help', HELP.description]);
  lines.push('', 'Arguments:', ...table(optionRows));
  const environment = Object.entries(spec.environment ?? {});
  if (environment.length > 0) lines.push('', 'Environment:', ...table(environment));
  return `${lines.join('\n')}\n`;
}

/** Reads `argv` against the spec, without printing or exiting: what the script should do. */
export function readCommandLine<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv: string[]): CommandLine<O> {
  const flags = argv.slice(0, argv.includes('--') ? argv.indexOf('--') : argv.length);
  if (flags.includes('--help') || flags.includes('-h')) return { kind: 'help', text: usageOf(spec) };
  const options: ParseArgsOptionsConfig = Object.fromEntries(
    Object.entries(spec.options ?? {}).map(([name, { type, default: value }]) => [name, value === undefined ? { type } : { type, default: value }]),
  );
  try {
    const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: spec.positionals !== undefined, strict: true });
    const max = spec.positionals?.max ?? 0;
    if (positionals.length > max) throw new Error(`too many arguments: ${positionals.slice(max).join(' ')}`);
    for (const [name, option] of Object.entries(spec.options ?? {})) {
      if (option.type === 'boolean') (values as Record<string, unknown>)[name] ??= false;
    }
    return { kind: 'run', values: values as Values<O>, positionals };
  } catch (error) {
    // parseArgs's advice on positionals that start with `-` does not fit a script run through npm.
    const problem = (error as Error).message.replace(/\. To specify a positional argument[\s\S]*$/, '');
    return { kind: 'error', text: `error: ${problem}\n\n${usageOf(spec)}` };
  }
}

/**
 * The script's arguments. On `--help` prints the usage and exits 0; on a usage error prints it
 * with the usage and exits 2. Call it first, before any work.
 */
export function parseCommandLine<O extends Record<string, OptionSpec>>(spec: CommandSpec<O>, argv = process.argv.slice(2)): { values: Values<O>; positionals: string[] } {
  const line = readCommandLine(spec, argv);
  if (line.kind === 'help') {
    process.stdout.write(line.text);
    process.exit(0);
  }
  if (line.kind === 'error') exitWithUsageError(line.text);
  return line;
}

/** Stops on an argument the script cannot use: the problem and the usage, exit code 2. */
export function usageError(spec: CommandSpec, problem: string): never {
  exitWithUsageError(`error: ${problem}\n\n${usageOf(spec)}`);
}

function exitWithUsageError(text: string): never {
  process.stderr.write(text);
  process.exit(2);
}
