/**
 * OUT_DIR outside the project whose path merely begins with the project's: Astro takes it for a
 * directory inside the project and its build fails on an import, so the configuration refuses it
 * first, with the reason, and writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { expect, it } from 'vitest';

it('refuses an OUT_DIR beside the project whose path begins with the project path', () => {
  const lookalike = `${process.cwd()}-out-${process.pid}`;
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { encoding: 'utf8', env: { ...process.env, OUT_DIR: lookalike } });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`error: OUT_DIR ${lookalike} lies outside the project but its path begins with the project's (${process.cwd()})`);
  expect(existsSync(lookalike)).toBe(false);
});
