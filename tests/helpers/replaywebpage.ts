/**
 * ReplayWeb.page, the client archivists open a WACZ with, for the browser tests: its npm package
 * ships the prebuilt `ui.js` and `sw.js`, unpacked here (not installed: its dependency tree does
 * not install on this project's machines) into node_modules/.cache once. A test tool only: it is
 * AGPL and never part of the site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPLAYWEBPAGE_VERSION = '2.5.3';

/** The directory holding `ui.js` and `sw.js` of ReplayWeb.page, unpacking it on first use. */
export function replayWebPage(version = REPLAYWEBPAGE_VERSION): string {
  const dir = resolve('node_modules/.cache/replaywebpage', version);
  const unpacked = join(dir, 'package');
  if (existsSync(join(unpacked, 'ui.js')) && existsSync(join(unpacked, 'sw.js'))) return unpacked;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const pack = spawnSync('npm', ['pack', `replaywebpage@${version}`, '--pack-destination', dir, '--silent'], { encoding: 'utf8' });
  if (pack.status !== 0) throw new Error(`npm pack replaywebpage@${version} failed: ${pack.stderr}`);
  const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
  if (!tarball) throw new Error(`npm pack replaywebpage@${version} left no tarball in ${dir}`);
  const untar = spawnSync('tar', ['-xzf', tarball, 'package/ui.js', 'package/sw.js', 'package/LICENSE'], { cwd: dir, encoding: 'utf8' });
  if (untar.status !== 0) throw new Error(`unpacking ${tarball} failed: ${untar.stderr}`);
  rmSync(join(dir, tarball));
  return unpacked;
}
