/**
 * Every script in scripts/ explains itself: `--help` prints its usage, in the `npm run` form its
 * header also shows, and exits 0 having done nothing (run from an empty directory, it reads and
 * writes nothing there); an unknown flag exits 2 with the usage. Each script runs on the Node
 * that runs the tests, the project's own.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SCRIPTS = resolve('scripts');
const npmScripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
const files = readdirSync(SCRIPTS).filter((f) => f.endsWith('.ts')).sort();
const empty = mkdtempSync(join(tmpdir(), 'scripts-help-'));
afterAll(() => rmSync(empty, { recursive: true, force: true }));

/** The npm script that runs a file exactly, e.g. `test:links` for check-links.ts. */
const npmNameOf = (file: string) => Object.entries(npmScripts).find(([, command]) => command === `node scripts/${file}`)?.[0];

/** Runs a script from the empty directory; its exit code and output, whether it succeeded or not. */
async function runScript(file: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(SCRIPTS, file), ...args], { cwd: empty, encoding: 'utf8' });
    return { status: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { status: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

it('finds the scripts', () => {
  expect(files.length).toBeGreaterThanOrEqual(11);
});

describe.concurrent.each(files)('scripts/%s', (file) => {
  const name = npmNameOf(file);

  it('has an npm script, which its header shows instead of `node scripts/…`', () => {
    expect(name, `package.json runs it as "node scripts/${file}"`).toBeDefined();
    const header = /^\/\*\*[\s\S]*?\*\//.exec(readFileSync(join(SCRIPTS, file), 'utf8'))?.[0] ?? '';
    expect(header).toContain(`npm run ${name}`);
    expect(header).not.toMatch(/node scripts\//);
  });

  it('answers --help with its usage and exit 0, doing nothing', async () => {
    const { status, stdout, stderr } = await runScript(file, '--help');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: npm run ${name}( -- |$)`));
    expect(stdout).toContain('-h, --help');
    expect(readdirSync(empty), 'nothing written in the working directory').toEqual([]);
  });

  it('refuses an unknown flag with exit 2 and the usage', async () => {
    const { status, stdout, stderr } = await runScript(file, '--no-such-flag');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^error: Unknown option '--no-such-flag'\\n\\nUsage: npm run ${name}`));
  });
});
