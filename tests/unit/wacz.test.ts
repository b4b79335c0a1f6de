/**
 * The WACZ package of a small site, read back by our reader, by warcio's parser and by Python's
 * zipfile: every file is a response record at its served URL, the index points at each record,
 * every page is listed with title and text, every hash holds; tampering is caught; and the same
 * site captured at the same time gives the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WARCParser } from 'warcio';
import { describe, expect, it } from 'vitest';
import { parseCdxj } from '../../src/lib/mirror/wacz/cdxj.ts';
import { buildWacz, capturedUrl, readWacz, type SiteFile } from '../../src/lib/mirror/wacz/package.ts';
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
    expect(datapackage.profile).toBe('data-package');
    expect(datapackage.wacz_version).toBe('1.1.1');
    expect([datapackage.mainPageUrl, datapackage.mainPageDate]).toEqual([options.siteUrl, options.created]);
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
    const unlisted = await readWacz(writeStoredZip([...entries, { name: 'extra.txt', data: encode('x') }], new Date(options.created)));
    expect(unlisted.problems).toEqual(['extra.txt: in the package but not listed in datapackage.json']);
  });

  it('reports an index line that points at the wrong record', async () => {
    const entries = readStoredZip(await buildWacz(site, options));
    const indexText = new TextDecoder().decode(entries.find((e) => e.name === 'indexes/index.cdxj')!.data);
    const [first, second] = parseCdxj(indexText);
    const swapped = indexText.replace(`"offset":"${first!.offset}"`, `"offset":"${second!.offset}"`).replace(`"length":"${first!.length}"`, `"length":"${second!.length}"`);
    const repacked = entries.map(({ name, data }) => ({ name, data: name === 'indexes/index.cdxj' ? encode(swapped) : data }));
    const { problems } = await readWacz(writeStoredZip(repacked, new Date(options.created)));
    expect(problems).toContain(`index.cdxj: ${first!.url} does not point at its response record`);
  });

  it('reports bytes damaged inside the ZIP, and refuses what is not a stored ZIP', async () => {
    const zip = await buildWacz(site, options);
    const index = readStoredZip(zip).find((e) => e.name === 'indexes/index.cdxj')!.data;
    const at = Buffer.from(zip).indexOf(Buffer.from(index)) + 3;
    const damaged = zip.slice();
    damaged[at] = damaged[at]! ^ 0x01;
    expect((await readWacz(damaged)).problems).toContain('indexes/index.cdxj: SHA-256 does not match datapackage.json');
    expect(() => readStoredZip(encode('not a zip at all'))).toThrow(ZipError);
    const python = 'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z: z.writestr("a.txt", "x" * 100)';
    const file = join(mkdtempSync(join(tmpdir(), 'wacz-')), 'deflated.zip');
    spawnSync('python3', ['-c', python, file]);
    expect(() => readStoredZip(readFileSync(file))).toThrow('compressed entries, where a WACZ stores them: a.txt (method 8)');
  });
});

describe('a reproducible package', () => {
  it('gives byte-identical packages for one site and time, in any time zone', async () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const first = await buildWacz(site, options);
      process.env.TZ = 'Pacific/Chatham';
      const second = await buildWacz(site, options);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('dates the warcinfo record with the capture time and derives every record id from its content', async () => {
    const warcOf = async (files: SiteFile[]) => readStoredZip(await buildWacz(files, options)).find((e) => e.name === 'archive/data.warc.gz')!.data;
    const headersOf = async (warc: Uint8Array) => {
      const found: { type: string | undefined; date: string | null | undefined; id: string | null | undefined }[] = [];
      for await (const record of WARCParser.iterRecords([warc])) {
        found.push({ type: record.warcType, date: record.warcDate, id: record.warcHeaders.headers.get('WARC-Record-ID') });
        await record.readFully();
      }
      return found;
    };
    const records = await headersOf(await warcOf(site));
    expect(records[0]!.type).toBe('warcinfo');
    expect(new Set(records.map((r) => r.date))).toEqual(new Set([options.created]));
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    for (const { id } of records) expect(id).toMatch(/^<urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}>$/);
    const changed = await headersOf(await warcOf(site.map((f) => (f.path === 'index.html' ? { ...f, data: encode('<title>changed</title>') } : f))));
    expect(changed.filter((r, i) => r.id !== records[i]!.id).map((r) => r.type)).toEqual(['response']);
  });
});

describe('the CDXJ index', () => {
  it("is warcio's index of the WARC, sorted by key so replay tools can binary-search it", async () => {
    const entries = readStoredZip(await buildWacz(site, options));
    const lines = parseCdxj(new TextDecoder().decode(entries.find((e) => e.name === 'indexes/index.cdxj')!.data));
    const keys = lines.map((l) => l.key);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('example,plans)/mirror/xiqing/zh/2021/1-3/');
    expect(new Set(lines.map((l) => l.timestamp))).toEqual(new Set(['20240506070809']));
  });
});
