/**
 * Fuzzed request targets against the local static server on 127.0.0.1: random bytes, random
 * percent-encodings and traversal forms built from the spellings of `..` and `/` that servers
 * have been fooled by. Bounded in count and time. The server must answer every one, stay up,
 * and never send a byte of a file outside its root.
 */
import fc from 'fast-check';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rawRequest, startServer, type RunningServer } from '../helpers/site-server.ts';

const SECRET = 'FUZZ-SECRET-OUTSIDE-THE-ROOT';
const RANDOM_BYTES = 1200;
const RANDOM_ENCODINGS = 800;
const TRAVERSALS = 1200;
const CONCURRENCY = 8;
const BUDGET_MS = 90_000;

const DOT_DOT = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '%uff0e%uff0e', '．．', '...', '.'];
const SLASH = ['/', '%2f', '%2F', '%252f', '\\', '%5c', '%5C', '%c0%af', '//', '/./', ';/'];
const TARGETS = ['secret.txt', 'site-secret/secret.txt', 'etc/passwd', 'site/index.html', '', '%00', 'secret.txt%00.html', 'secret.txt?x', 'secret.txt#x'];

let work: string;
let server: RunningServer;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'serve-fuzz-'));
  const site = join(work, 'site');
  mkdirSync(join(site, 'zh'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<title>home</title>');
  writeFileSync(join(site, 'zh/index.html'), '<title>中文</title>');
  writeFileSync(join(site, '404.html'), '<title>not found</title>');
  mkdirSync(join(work, 'site-secret'));
  writeFileSync(join(work, 'site-secret/secret.txt'), SECRET);
  writeFileSync(join(work, 'secret.txt'), SECRET);
  server = await startServer(site);
});

afterAll(() => server.stop());

/** The request targets, reproducible from a fixed seed. */
function targets(): Buffer[] {
  const bytes = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 40 }), { numRuns: RANDOM_BYTES, seed: 11 }).map((b) => Buffer.concat([Buffer.from('/'), b]));
  const encodings = fc
    .sample(fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }).map((n) => `%${n.toString(16).padStart(2, '0')}`), fc.constantFrom('/', 'a', '.', '%', '%%', '%2', 'zh/')), { maxLength: 12 }), { numRuns: RANDOM_ENCODINGS, seed: 12 })
    .map((parts) => Buffer.from(`/${parts.join('')}`, 'utf8'));
  const traversal = fc.tuple(fc.array(fc.tuple(fc.constantFrom(...DOT_DOT), fc.constantFrom(...SLASH)), { minLength: 1, maxLength: 6 }), fc.constantFrom('/', '/zh/', '//', '/site/'), fc.constantFrom(...TARGETS));
  const traversals = fc
    .sample(traversal, { numRuns: TRAVERSALS, seed: 13 })
    .map(([steps, start, target]) => Buffer.from(`${start}${steps.map(([up, slash]) => `${up}${slash}`).join('')}${target}`, 'utf8'));
  return [...bytes, ...encodings, ...traversals];
}

it('answers every fuzzed target, stays up, and never serves a file outside its root', async () => {
  const all = targets();
  const started = Date.now();
  const outcomes = new Map<string, number>();
  const leaks: string[] = [];
  let sent = 0;
  let next = 0;
  const worker = async () => {
    while (next < all.length && Date.now() - started < BUDGET_MS) {
      const target = all[next++]!;
      sent++;
      const outcome = await rawRequest(server.port, target, { timeoutMs: 5000 }).then(
        (response) => {
          const text = response.raw.toString('latin1');
          if (text.includes(SECRET) || text.includes('root:x:0:0')) leaks.push(target.toString('latin1'));
          return response.status === 0 ? 'closed without a status' : String(response.status);
        },
        (error: NodeJS.ErrnoException) => (error.code ? `connection ${error.code}` : 'no answer in 5 s'),
      );
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const distinct = new Set(all.map((t) => t.toString('latin1'))).size;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`serve fuzz: ${sent} requests, ${distinct} distinct targets, ${seconds} s, outcomes ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}`);

  expect(leaks).toEqual([]);
  expect(server.alive(), server.stderr()).toBe(true);
  expect(sent).toBe(all.length);
  expect(outcomes.get('no answer in 5 s') ?? 0).toBe(0);
  expect([...outcomes.keys()].filter((o) => o.startsWith('5'))).toEqual([]);
  expect((await rawRequest(server.port, '/zh/')).status).toBe(200);
}, 120_000);
