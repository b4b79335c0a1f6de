/**
 * The mirror's fixity manifest, `SHA256SUMS`, in the format GNU `sha256sum -c` verifies:
 * one `<64 hex digits><two spaces><path>` line per file, paths relative to the manifest's
 * directory, sorted so two builds of the same site give the same manifest.
 */

export const MANIFEST_NAME = 'SHA256SUMS';

export interface FileDigest {
  /** Path relative to the mirror's root, with `/` separators. */
  path: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
}

export class ManifestError extends Error {}

const HEX_DIGEST = /^[0-9a-f]{64}$/;

/**
 * The manifest text. Paths with a newline or backslash would need sha256sum's escaped form; a
 * site has no reason for them, so they are refused rather than written in a form few tools read.
 */
export function formatSha256Sums(digests: readonly FileDigest[]): string {
  for (const { path, sha256 } of digests) {
    if (/[\n\r\\]/.test(path)) throw new ManifestError(`${path}: a path with a newline or backslash cannot be listed in ${MANIFEST_NAME}`);
    if (!HEX_DIGEST.test(sha256)) throw new ManifestError(`${path}: "${sha256}" is not a lower-case hex SHA-256`);
  }
  const sorted = [...digests].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sorted.map(({ path, sha256 }) => `${sha256}  ${path}\n`).join('');
}

/**
 * Reads a manifest (text or binary mode lines, as sha256sum writes them, with LF or CRLF line
 * ends, both of which `sha256sum -c` accepts); a malformed or duplicated line fails with
 * `file:line: problem`.
 */
export function parseSha256Sums(text: string, fileName = MANIFEST_NAME): FileDigest[] {
  const seen = new Set<string>();
  const digests: FileDigest[] = [];
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line);
    if (!match) throw new ManifestError(`${fileName}:${i + 1}: expected "<sha256>  <path>", found "${line}"`);
    const path = match[2]!;
    if (seen.has(path)) throw new ManifestError(`${fileName}:${i + 1}: ${path} is listed twice`);
    seen.add(path);
    digests.push({ path, sha256: match[1]!.toLowerCase() });
  });
  return digests;
}

export interface FixityReport {
  /** Listed and present, but with other bytes. */
  changed: string[];
  /** Listed, not present. */
  missing: string[];
  /** Present, not listed. */
  extra: string[];
}

/** How a mirror's files differ from its manifest; all lists empty when the mirror is intact. */
export function compareFixity(listed: readonly FileDigest[], present: readonly FileDigest[]): FixityReport {
  const actual = new Map(present.map((d) => [d.path, d.sha256]));
  const expected = new Set(listed.map((d) => d.path));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const { path, sha256 } of listed) {
    const found = actual.get(path);
    if (found === undefined) missing.push(path);
    else if (found !== sha256) changed.push(path);
  }
  const extra = present.map((d) => d.path).filter((p) => !expected.has(p));
  const sort = (paths: string[]) => paths.sort();
  return { changed: sort(changed), missing: sort(missing), extra: sort(extra) };
}
