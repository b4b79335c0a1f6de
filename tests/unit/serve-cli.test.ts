/**
 * The local static server (`npm start`, the browser tests, the audit) on hostile requests: it
 * answers each with a status, never a file from outside its root, and keeps serving.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, startServer, type RunningServer } from '../helpers/site-server.ts';

const SECRET = 'SECRET-OUTSIDE-THE-ROOT';
let work: string;
let site: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'serve-'));
  site = join(work, 'site');
  mkdirSync(join(site, 'zh'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<title>home</title>');
  writeFileSync(join(site, 'zh/index.html'), '<title>中文</title>');
  writeFileSync(join(site, '404.html'), '<title>not found page</title>');
  writeFileSync(join(site, 'vanishing.html'), 'here a moment ago');
  writeFileSync(join(site, 'unopenable.html'), 'here a moment ago');
  // A sibling whose name starts with the root's: a root check without a separator lets it through.
  mkdirSync(join(work, 'site-secret'));
  writeFileSync(join(work, 'site-secret/secret.txt'), SECRET);
  writeFileSync(join(work, 'secret.txt'), SECRET);
});

describe('the server at the root', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(site, { preload: './tests/helpers/vanishing-files.ts' });
  });
  afterAll(() => server.stop());

  it('serves pages, directory indexes and the 404 page', async () => {
    expect((await rawRequest(server.port, '/')).status).toBe(200);
    const zh = await rawRequest(server.port, '/zh/?q=%E8%A7%84');
    expect(zh.status).toBe(200);
    expect(zh.body.toString()).toContain('中文');
    const missing = await rawRequest(server.port, '/nothing/here/');
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('not found page');
  });

  it('answers a malformed percent-encoding with 400 and keeps serving', async () => {
    for (const target of ['/%E0%A4%A', '/%', '/%ZZ', '/zh/%ED%A0%80', '/%C0%AE%C0%AE/']) {
      expect((await rawRequest(server.port, target)).status, target).toBe(400);
    }
    expect(server.alive()).toBe(true);
    expect((await rawRequest(server.port, '/')).status).toBe(200);
  });

  it('never serves a file beside or above the root', async () => {
    for (const target of ['/..%2fsite-secret/secret.txt', '/../site-secret/secret.txt', '/%2e%2e/secret.txt', '/..%5csecret.txt', '/zh/..%2f..%2fsecret.txt', '//../secret.txt']) {
      const response = await rawRequest(server.port, target);
      expect(response.status, target).toBe(404);
      expect(response.raw.toString(), target).not.toContain(SECRET);
    }
  });

  it('answers a file that vanishes between lookup and stat with 404, and keeps serving', async () => {
    expect((await rawRequest(server.port, '/vanishing.html')).status).toBe(404);
    expect(server.alive()).toBe(true);
    expect((await rawRequest(server.port, '/')).status).toBe(200);
  });

  it('survives a file that vanishes before it is opened', async () => {
    await rawRequest(server.port, '/unopenable.html').catch(() => undefined);
    expect(server.alive(), server.stderr()).toBe(true);
    expect((await rawRequest(server.port, '/')).status).toBe(200);
  });

  it('answers GET and HEAD, and 405 with Allow for any other method', async () => {
    const head = await rawRequest(server.port, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH']) {
      const response = await rawRequest(server.port, '/', { method });
      expect(response.status, method).toBe(405);
      expect(response.headers.get('allow'), method).toBe('GET, HEAD');
    }
  });
});

describe('the server under a base path', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(site, { base: '/mirror/xiqing/' });
  });
  afterAll(() => server.stop());

  it('serves the site under the base and redirects the base without its slash', async () => {
    expect((await rawRequest(server.port, '/mirror/xiqing/zh/')).status).toBe(200);
    const bare = await rawRequest(server.port, '/mirror/xiqing');
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/mirror/xiqing/');
  });

  it('matches the base as whole path segments, not as a prefix', async () => {
    for (const target of ['/mirror/xiqing-other/', '/mirror/xiqingzh/', '/mirror/xiqing.html', '/zh/']) {
      const response = await rawRequest(server.port, target);
      expect(response.status, target).toBe(404);
      expect(response.body.toString(), target).toContain('not found page');
    }
  });
});

describe('byte ranges', () => {
  let server: RunningServer;
  const digits = '0123456789';
  beforeAll(async () => {
    writeFileSync(join(site, 'digits.txt'), digits);
    server = await startServer(site);
  });
  afterAll(() => server.stop());

  const ranged = async (range: string, method = 'GET') => {
    const target = `/digits.txt HTTP/1.1\r\nRange: ${range}\r\nX-Ignore:`;
    return rawRequest(server.port, target, { method });
  };

  it('answers a range, a suffix (the last N bytes) and an open end with exactly those bytes', async () => {
    for (const [range, bytes] of [['bytes=2-4', '234'], ['bytes=-3', '789'], ['bytes=7-', '789'], ['bytes=0-0', '0'], ['bytes=-20', digits], ['bytes=8-99', '89']] as const) {
      const response = await ranged(range);
      expect(response.status, range).toBe(206);
      expect(response.body.toString(), range).toBe(bytes);
      expect(response.headers.get('content-range'), range).toBe(`bytes ${digits.indexOf(bytes[0]!)}-${digits.indexOf(bytes.at(-1)!)}/10`);
    }
  });

  it('answers a range past the end with 416, and ignores what is not one byte range', async () => {
    const past = await ranged('bytes=10-');
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */10');
    for (const range of ['bytes=0-1,4-5', 'items=0-1', 'bytes=5-2']) {
      const whole = await ranged(range);
      expect(whole.status, range).toBe(200);
      expect(whole.body.toString(), range).toBe(digits);
    }
  });
});
