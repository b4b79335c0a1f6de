/**
 * The project's static server (`scripts/serve.ts`) as a child process on 127.0.0.1, and raw
 * HTTP/1.1 requests to it: the request line is sent byte for byte, so a test can send targets
 * that no HTTP client would build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect } from 'node:net';

export interface RunningServer {
  port: number;
  process: ChildProcess;
  /** Everything the server printed to stderr so far. */
  stderr(): string;
  /** Whether the process is still running. */
  alive(): boolean;
  stop(): Promise<void>;
}

export interface RawResponse {
  status: number;
  headers: Map<string, string>;
  /** The bytes after the header block, as sent (possibly chunked). */
  body: Buffer;
  /** The whole response as received. */
  raw: Buffer;
}

/** A port nothing listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolvePort(port));
    });
  });
}

/** Starts the server over `dir`; `preload` is a module run first (e.g. one that fakes the file system). */
export async function startServer(dir: string, options: { base?: string; preload?: string } = {}): Promise<RunningServer> {
  const port = await freePort();
  const args = [...(options.preload ? ['--import', options.preload] : []), 'scripts/serve.ts', '--port', String(port), '--dir', dir];
  const child = spawn(process.execPath, args, { env: { ...process.env, SITE_BASE: options.base ?? '/' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  let exited = false;
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.once('exit', () => (exited = true));
  await new Promise<void>((ready, fail) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes('Serving')) ready();
    });
    child.once('exit', (code) => fail(new Error(`the server exited (${code}) before listening: ${stderr}`)));
  });
  return {
    port,
    process: child,
    stderr: () => stderr,
    alive: () => !exited,
    stop: () =>
      new Promise<void>((stopped) => {
        if (exited) return stopped();
        child.once('exit', () => stopped());
        child.kill('SIGTERM');
      }),
  };
}

/** Sends one request with the request target exactly as given and reads the whole response. */
export function rawRequest(port: number, target: string | Buffer, options: { method?: string; timeoutMs?: number } = {}): Promise<RawResponse> {
  const head = Buffer.concat([
    Buffer.from(`${options.method ?? 'GET'} `, 'latin1'),
    typeof target === 'string' ? Buffer.from(target, 'latin1') : target,
    Buffer.from(' HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n', 'latin1'),
  ]);
  return new Promise((resolveResponse, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(options.timeoutMs ?? 5000, () => socket.destroy(new Error(`no answer to ${head.subarray(0, 80).toString('latin1')}`)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      const split = raw.indexOf('\r\n\r\n');
      const headerLines = raw.subarray(0, split === -1 ? raw.length : split).toString('latin1').split('\r\n');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(headerLines[0] ?? '')?.[1] ?? 0);
      const headers = new Map(
        headerLines.slice(1).map((line) => {
          const colon = line.indexOf(':');
          return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()] as [string, string];
        }),
      );
      resolveResponse({ status, headers, body: split === -1 ? Buffer.alloc(0) : raw.subarray(split + 4), raw });
    });
    socket.write(head);
  });
}
