/**
 * The top level of a site built in shards (docs/scale.md): each shard is a complete site of its
 * own — one district's plans under `/<slug>/`, with its pages, data files, search index, fixity
 * manifest and WACZ — and the top level only lists them. `shards.json` says, for each shard,
 * where it lives, which plans it holds, and the SHA-256 of its manifest and of its archive, so
 * an archivist can verify any shard from the top; the top level's own `SHA256SUMS` covers
 * `shards.json` and the index page.
 */
/** Text and attribute values as HTML: titles come from the catalogue, so they are escaped like any input. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface ShardPlan {
  year: number;
  district: string;
  title_zh: string;
}

export interface Shard {
  /** The shard's directory and path under the top level: `xiqing`, `heping`. */
  slug: string;
  /** Where its site is served: `/<slug>/` under the top level's base. */
  base: string;
  plans: ShardPlan[];
  /** Its fixity manifest, and that file's SHA-256. */
  manifest: { path: string; sha256: string };
  /** Its WACZ, with size and SHA-256. */
  archive: { path: string; bytes: number; sha256: string };
  /** Its search bundle, which a search across shards merges (Pagefind's mergeIndex). */
  search: string;
}

export const SHARDS_FILE = 'shards.json';

export function shardsJson(shards: readonly Shard[]): string {
  return `${JSON.stringify({ shards }, null, 2)}\n`;
}

/** The top level's index page: every shard, its plans, and the links an archivist needs. No script. */
export function shardsIndexHtml(shards: readonly Shard[]): string {
  const items = shards
    .map((shard) => {
      const plans = shard.plans.map((p) => `<li lang="zh-CN"><a href="${escapeHtml(`${shard.base}zh/${p.year}/`)}">${escapeHtml(p.title_zh)}</a></li>`).join('');
      const district = escapeHtml([...new Set(shard.plans.map((p) => p.district))].join('、'));
      return `<section><h2 lang="zh-CN">${district}</h2><p><a href="${escapeHtml(`${shard.base}zh/`)}">中文</a> · <a href="${escapeHtml(`${shard.base}en/`)}">English</a> · <a href="${escapeHtml(shard.manifest.path)}">SHA256SUMS</a> · <a href="${escapeHtml(shard.archive.path)}">WACZ</a> (${shard.archive.bytes} B, SHA-256 <code>${shard.archive.sha256}</code>)</p><ul>${plans}</ul></section>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Development plans, by district</title></head>
<body>
<h1>Development plans, by district</h1>
<p>Each district is a site of its own, with its own search, checksums and web archive; <a href="${SHARDS_FILE}">${SHARDS_FILE}</a> lists them with the SHA-256 of each.</p>
${items}
</body>
</html>
`;
}
