/**
 * The WACZ package of a small site, read back by our reader, by warcio's parser and by Python's
 * zipfile: every file is a response record at its served URL, the index points at each record,
 * every page is listed with title and text, every hash holds; and tampering is caught.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCParser } from 'warcio';
import { describe, expect, it } from 'vitest';
import { cdxTimestamp, formatCdxj, parseCdxj } from '../../src/lib/mirror/wacz/cdxj.ts';
import { buildWacz, capturedUrl, readWacz, type SiteFile } from '../../src/lib/mirror/wacz/package.ts';
import { surt } from '../../src/lib/mirror/wacz/surt.ts';
import { readStoredZip, writeStoredZip, ZipError } from '../../src/lib/mirror/wacz/zip.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const site: SiteFile[] = [
  { path: 'index.html', data: encode('<!doctype html><title>西青 · Xiqing</title><body><h1>首页</h1></body>') },
  { path: 'zh/2021/1-3/index.html', data: encode('<title>改革创新</title><body><p>推动<em>重点</em>工业项目建设</p></body>') },
  { path: '404.html', data: encode('<title>页面未找到</title><body>404</body>') },
  { path: '_astro/site.css', data: encode('body{margin:0}') },
  { path: 'sources/xiqing-2021-plan.zh.txt', data: encode('一、2020 年国民经济和社会发展规划执行情况\n') },
  { path: 'pagefind/wasm.unknown.pagefind', data: new Uint8Array([0, 97, 115, 109, 255]) },
];
const options = { siteUrl: 'https://plans.example/mirror/xiqing/', created: '2024-05-06T07:08:09Z', title: 'Test', description: 'A test site', software: 'tests', errorPages: ['404.html'] };

describe('buildWacz and readWacz', () => {
  it('packs every file and page so that the package checks out against itself', async () => {
    const { problems, datapackage, pages, index } = await readWacz(await buildWacz(site, options));
    expect(problems).toEqual([]);
    expect(datapackage.profile).toBe('wacz');
    expect(datapackage.home).toEqual({ url: options.siteUrl, ts: options.created });
    expect(index.map((l) => l.url).sort()).toEqual(site.map((f) => capturedUrl(f.path, options.siteUrl)).sort());
    expect(pages.map((p) => [p.url, p.title, p.text])).toEqual([
      ['https://plans.example/mirror/xiqing/', '西青 · Xiqing', '首页'],
      ['https://plans.example/mirror/xiqing/zh/2021/1-3/', '改革创新', '推动重点工业项目建设'],
    ]);
  });

  it('writes a ZIP other readers open, with every entry stored uncompressed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wacz-')), 'site.wacz');
    writeFileSync(file, await buildWacz(site, options));
    const python = 'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(" ".join(f"{i.filename}:{i.compress_type}" for i in z.infolist()))';
    const result = spawnSync('python3', ['-c', python, file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim().split(' ')).toEqual(['archive/data.warc.gz:0', 'indexes/index.cdxj:0', 'pages/pages.jsonl:0', 'datapackage.json:0', 'datapackage-digest.json:0']);
  });

  it('writes a WARC warcio reads back record by record: warcinfo, then each file as a 200 response', async () => {
    const entries = readStoredZip(await buildWacz(site, options));
    const warc = entries.find((e) => e.name === 'archive/data.warc.gz')!.data;
    const records: [string | undefined, string | null | undefined, string][] = [];
    for await (const record of WARCParser.iterRecords([warc])) {
      const payload = new TextDecoder().decode(await record.readFully(true));
      records.push([record.warcType, record.warcTargetURI, record.warcType === 'response' ? `${record.httpHeaders?.statusCode} ${payload.length}` : '']);
    }
    expect(records[0]![0]).toBe('warcinfo');
    expect(records.slice(1)).toEqual(site.map((f) => ['response', capturedUrl(f.path, options.siteUrl), `200 ${new TextDecoder().decode(f.data).length}`]));
  });

  it('reports a resource whose size or bytes no longer match the manifest', async () => {
    const entries = readStoredZip(await buildWacz(site, options));
    const repack = (name: string, change: (text: string) => string) =>
      writeStoredZip(entries.map((e) => ({ name: e.name, data: e.name === name ? encode(change(new TextDecoder().decode(e.data))) : e.data })), new Date(options.created));
    const pagesSize = entries.find((e) => e.name === 'pages/pages.jsonl')!.data.byteLength;
    const longer = await readWacz(repack('pages/pages.jsonl', (text) => `${text}{}\n`));
    expect(longer.problems).toContain(`pages/pages.jsonl: ${pagesSize + 3} bytes, datapackage.json says ${pagesSize}`);
    const altered = await readWacz(repack('indexes/index.cdxj', (text) => text.replace('text/css', 'text/csv')));
    expect(altered.problems).toEqual(['indexes/index.cdxj: SHA-256 does not match datapackage.json']);
    const unlisted = await readWacz(writeStoredZip([...entries, { name: 'extra.txt', data: encode('x'), dataOffset: 0 }], new Date(options.created)));
    expect(unlisted.problems).toEqual(['extra.txt: in the package but not listed in datapackage.json']);
  });

  it('reports an index line that points at the wrong record', async () => {
    const entries = readStoredZip(await buildWacz(site, options));
    const index = parseCdxj(new TextDecoder().decode(entries.find((e) => e.name === 'indexes/index.cdxj')!.data));
    const [first, second] = index;
    const swapped = formatCdxj([
      { ...first!, date: options.created, status: 200, offset: second!.offset, length: second!.length },
      ...index.slice(1).map((l) => ({ ...l, date: options.created, status: 200 })),
    ]);
    const repacked = entries.map(({ name, data }) => ({ name, data: name === 'indexes/index.cdxj' ? encode(swapped) : data }));
    const { problems } = await readWacz(writeStoredZip(repacked, new Date(options.created)));
    expect(problems).toContain(`index.cdxj: ${first!.url} does not point at its response record`);
  });

  it('refuses a ZIP whose bytes fail their CRC', async () => {
    const zip = await buildWacz(site, options);
    const damaged = zip.slice();
    const entry = readStoredZip(zip).find((e) => e.name === 'indexes/index.cdxj')!;
    damaged[entry.dataOffset + 3] = damaged[entry.dataOffset + 3]! ^ 0xff;
    expect(() => readStoredZip(damaged)).toThrow(ZipError);
    expect(() => readStoredZip(damaged)).toThrow('indexes/index.cdxj: CRC-32');
  });
});

describe('surt and CDXJ', () => {
  it('reverses the host, drops scheme, www and default port, sorts the query, lower-cases', () => {
    expect(surt('https://www.Plans.Example/Mirror/zh/?b=2&a=1#p1')).toBe('example,plans)/mirror/zh/?a=1&b=2');
    expect(surt('http://127.0.0.1:4330/x')).toBe('1,0,0,127:4330)/x');
    expect(surt('https://plans.example:443/')).toBe('example,plans)/');
  });

  it('turns an RFC 3339 time into 14 digits and refuses anything else', () => {
    expect(cdxTimestamp('2024-05-06T07:08:09Z')).toBe('20240506070809');
    expect(cdxTimestamp('2024-05-06T07:08:09.123Z')).toBe('20240506070809');
    expect(() => cdxTimestamp('2024-05-06')).toThrow('not an RFC 3339');
  });

  it('sorts lines by key so replay tools can binary-search them', () => {
    const line = (url: string) => ({ url, date: '2024-05-06T07:08:09Z', mime: 'text/html', status: 200, digest: 'sha256:00', offset: 0, length: 1, filename: 'data.warc.gz' });
    const keys = parseCdxj(formatCdxj([line('https://a.example/z'), line('https://a.example/b'), line('https://a.example/')])).map((l) => l.key);
    expect(keys).toEqual(['example,a)/', 'example,a)/b', 'example,a)/z']);
  });
});
