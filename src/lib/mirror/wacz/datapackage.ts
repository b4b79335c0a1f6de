/**
 * `datapackage.json`, the WACZ 1.2 manifest (profile `wacz`): every file of the package with its
 * SHA-256 and size, and context for replay tools (title, description, creation time, software,
 * home page). `datapackage-digest.json` holds the manifest's own hash, so one hash covers all.
 */
import { createHash } from 'node:crypto';

export interface DataPackageResource {
  name: string;
  path: string;
  /** `sha256:<hex>`. */
  hash: string;
  bytes: number;
}

export interface DataPackage {
  profile: 'wacz';
  title: string;
  description: string;
  created: string;
  modified: string;
  software: string;
  home: { url: string; ts: string };
  resources: DataPackageResource[];
}

export function sha256Prefixed(bytes: Uint8Array | string): string {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function describeResource(path: string, data: Uint8Array): DataPackageResource {
  return { name: path.slice(path.lastIndexOf('/') + 1), path, hash: sha256Prefixed(data), bytes: data.byteLength };
}

export function digestOfDataPackage(json: string): { path: 'datapackage.json'; hash: string } {
  return { path: 'datapackage.json', hash: sha256Prefixed(json) };
}
