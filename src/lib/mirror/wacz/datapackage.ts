/**
 * `datapackage.json`, the WACZ 1.1.1 manifest: every file of the package with its SHA-256 and
 * size, and context for replay tools (title, description, creation time, software, main page).
 * `datapackage-digest.json` holds the manifest's own hash, so one hash covers all.
 *
 * The profile is `data-package`, as WACZ 1.1.1 has it: ReplayWeb.page 2.x, the client archivists
 * open these with, refuses the 1.2.0 draft's `wacz` ("Unknown package profile"). The draft's
 * `home` is written beside 1.1.1's `mainPageUrl`/`mainPageDate`, so a reader of either finds the
 * entry page.
 */
import { createHash } from 'node:crypto';

export interface DataPackageResource {
  name: string;
  path: string;
  /** `sha256:<hex>`. */
  hash: string;
  bytes: number;
}

export const WACZ_PROFILE = 'data-package';
export const WACZ_VERSION = '1.1.1';

export interface DataPackage {
  profile: typeof WACZ_PROFILE;
  wacz_version: typeof WACZ_VERSION;
  title: string;
  description: string;
  created: string;
  modified: string;
  software: string;
  mainPageUrl: string;
  mainPageDate: string;
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
