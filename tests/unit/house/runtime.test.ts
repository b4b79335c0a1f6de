/**
 * The Node everything runs on is the project's own: the `node` devDependency puts Node 24 first on
 * the PATH of every npm script, whatever Node runs npm itself. npm checks dependencies' `engines`
 * against the latter and its warnings are off (.npmrc says why), so the check is made here, against
 * the Node that really runs the code, naming every package that would not run on it.
 */
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  engines?: { node?: string; npm?: string } | string[];
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };
const runtime = process.version;
/** npm passes its version to every script it runs, e.g. `npm/11.19.1 node/v24.21.0 linux x64`. */
const npmVersion = /\bnpm\/(\S+)/.exec(process.env.npm_config_user_agent ?? '')?.[1];

/** Packages that install on this machine: optional binaries for other platforms never run here. */
function installedHere(pkg: LockedPackage): boolean {
  const fits = (list: string[] | undefined, value: string) => !list || list.includes(value) || (list.every((v) => v.startsWith('!')) && !list.includes(`!${value}`));
  return !pkg.optional || (fits(pkg.os, process.platform) && fits(pkg.cpu, process.arch));
}

describe('the runtime', () => {
  it('is the Node the `node` devDependency locks, and it meets the project’s engines', () => {
    expect(lock.packages['node_modules/node']?.version, 'the locked node package').toBe(runtime.slice(1));
    expect(semver.satisfies(runtime, manifest.devDependencies['node']!), 'the devDependency range').toBe(true);
    expect(semver.satisfies(runtime, manifest.engines.node), `engines.node ${manifest.engines.node}`).toBe(true);
  });

  it('meets the engines of every locked package that installs here', () => {
    const refused: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      if (!path || !installedHere(pkg) || !pkg.engines || Array.isArray(pkg.engines)) continue;
      const { node, npm } = pkg.engines;
      if (node && !semver.satisfies(runtime, node, { includePrerelease: true })) refused.push(`${path}@${pkg.version}: node ${node}`);
      if (npm && npmVersion && !semver.satisfies(npmVersion, npm, { includePrerelease: true })) refused.push(`${path}@${pkg.version}: npm ${npm}`);
    }
    expect(refused, `packages whose engines refuse Node ${runtime}${npmVersion ? ` or npm ${npmVersion}` : ''}`).toEqual([]);
  });
});
