/** The shared command line of the scripts: what `--help`, a good line and a bad one come to. */
import { describe, expect, it } from 'vitest';
import { readCommandLine, usageOf, type CommandSpec } from '../../../src/lib/cli/command-line.ts';

const spec = {
  command: 'npm run example',
  description: 'Does an example thing.',
  options: {
    check: { type: 'boolean', description: 'only check' },
    out: { type: 'string', value: 'DIR', default: 'content/out', description: 'where it goes' },
    plans: { type: 'string', value: 'N', description: 'how many' },
  },
  positionals: { usage: '[dir]', max: 1, description: 'the site' },
  environment: { OUT_DIR: 'the site when no dir is given' },
} satisfies CommandSpec;

describe('readCommandLine', () => {
  it('gives the values with their defaults, booleans false when absent', () => {
    expect(readCommandLine(spec, [])).toEqual({ kind: 'run', values: { check: false, out: 'content/out' }, positionals: [] });
    expect(readCommandLine(spec, ['--check', '--out', 'x', '--plans=3', 'site'])).toEqual({ kind: 'run', values: { check: true, out: 'x', plans: '3' }, positionals: ['site'] });
  });

  it('answers --help or -h with the usage, whatever else the line holds', () => {
    for (const argv of [['--help'], ['-h'], ['--bogus', '--help'], ['site', '-h', '--out']]) expect(readCommandLine(spec, argv)).toEqual({ kind: 'help', text: usageOf(spec) });
  });

  it('takes --help after `--` as an argument, not a request for help', () => {
    expect(readCommandLine(spec, ['--', '--help'])).toEqual({ kind: 'run', values: { check: false, out: 'content/out' }, positionals: ['--help'] });
  });

  it('refuses an unknown flag, a missing value and a surplus argument, each with the usage', () => {
    const cases: [string[], RegExp][] = [
      [['--bogus'], /^error: Unknown option '--bogus'\n\nUsage: npm run example/],
      [['--out'], /^error: Option '--out <value>' argument missing\n\nUsage:/],
      [['--check=yes'], /^error: Option '--check' does not take an argument\n\nUsage:/],
      [['a', 'b'], /^error: too many arguments: b\n\nUsage:/],
    ];
    for (const [argv, message] of cases) {
      const line = readCommandLine(spec, argv);
      expect(line.kind, argv.join(' ')).toBe('error');
      expect(line.kind === 'error' && line.text, argv.join(' ')).toMatch(message);
    }
  });

  it('refuses any argument where the command takes none', () => {
    const bare: CommandSpec = { command: 'npm run bare', description: 'No arguments.' };
    expect(readCommandLine(bare, ['dist']).kind).toBe('error');
    expect(readCommandLine(bare, [])).toEqual({ kind: 'run', values: {}, positionals: [] });
  });
});

describe('usageOf', () => {
  it('shows the npm run form, each option with its value and default, the arguments and the environment', () => {
    const text = usageOf(spec);
    expect(text.split('\n')[0]).toBe('Usage: npm run example -- [--check] [--out DIR] [--plans N] [dir]');
    expect(text).toContain('Does an example thing.');
    expect(text).toMatch(/^ {2}--out DIR +where it goes \(default: content\/out\)$/m);
    expect(text).toMatch(/^ {2}--check +only check$/m);
    expect(text).toMatch(/^ {2}\[dir\] +the site$/m);
    expect(text).toMatch(/^ {2}-h, --help +print this help and exit$/m);
    expect(text).toMatch(/^Environment:\n {2}OUT_DIR +the site when no dir is given$/m);
  });

  it('shows a bare command without `--`', () => {
    expect(usageOf({ command: 'npm run bare', description: 'No arguments.' }).split('\n')[0]).toBe('Usage: npm run bare');
  });
});
