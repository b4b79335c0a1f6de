/**
 * The request handler of the local static server (`npm start`, the browser tests, the audit):
 * sirv serves the files, and this guards what reaches it. A request is answered with a status
 * and never takes the process down:
 * - methods other than GET and HEAD get 405;
 * - a path whose percent-encoding does not decode to UTF-8 gets 400;
 * - the base is matched as whole path segments: `<base>` without its slash is redirected,
 *   `/mirror/xiqing-other/` is not the base `/mirror/xiqing/`;
 * - no path reaches the file system with a `..` segment, a backslash or a NUL after decoding,
 *   so nothing outside the root is served (sirv also checks the root with its separator);
 * - a file that vanishes while it is looked up (a rebuild while serving) is a 404, or a cut
 *   response once its headers are out;
 * - a byte range is answered here, not by sirv, which reads `bytes=-N` (the last N bytes, how
 *   ReplayWeb.page reads a WACZ's directory) as the first N and `bytes=0-0` as the whole file.
 * Everything not found gets the site's 404 page.
 */
import { createReadStream, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import sirv from 'sirv';
import { mediaTypeOf } from './media-types.ts';

export interface StaticServerOptions {
  /** The built site's directory. */
  root: string;
  /** The base path the site is built for: `/` or e.g. `/mirror/xiqing/`. */
  base: string;
  /** The page sent with every 404, relative to the root. */
  notFoundPage: string;
}

const ALLOWED_METHODS = 'GET, HEAD';

/** The request path (no query) under the base, still percent-encoded; undefined when outside the base. */
export function pathUnderBase(pathname: string, base: string): string | undefined {
  return pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined;
}

/**
 * Whether a decoded path stays inside the root: no `..` segment (also none spelled `%2e%2e` or
 * split by an encoded `/`), no backslash a platform might read as a separator, no NUL.
 */
export function staysInsideRoot(decodedPath: string): boolean {
  return !/[\\\0]/.test(decodedPath) && !decodedPath.split('/').includes('..');
}

/**
 * The bytes a `Range` header asks of a file of `size` bytes, as [first, last]; `unsatisfiable`
 * when none of them exist; undefined when the header is not one range of bytes (then the whole
 * file is sent, as HTTP allows).
 */
export function byteRange(header: string, size: number): [number, number] | 'unsatisfiable' | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  if (match[1] === '') {
    const suffix = Number(match[2]);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : [Math.max(0, size - suffix), size - 1];
  }
  const first = Number(match[1]);
  const last = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (first >= size) return 'unsatisfiable';
  return first <= last ? [first, last] : undefined;
}

/** The path decoded, or undefined when its percent-encoding is not valid UTF-8. */
function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** Answers a request for part of a file; false when the request is not for a file's range. */
function sendRange(request: IncomingMessage, response: ServerResponse, file: string): boolean {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) return false;
    size = stats.size;
  } catch {
    return false;
  }
  const range = byteRange(request.headers.range!, size);
  if (range === undefined) return false;
  if (range === 'unsatisfiable') {
    response.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
    return true;
  }
  const [first, last] = range;
  response.writeHead(206, { 'Content-Type': mediaTypeOf(file), 'Content-Length': last - first + 1, 'Content-Range': `bytes ${first}-${last}/${size}`, 'Accept-Ranges': 'bytes' });
  if (request.method === 'HEAD') response.end();
  else createReadStream(file, { start: first, end: last }).pipe(response);
  return true;
}

export function createStaticHandler(options: StaticServerOptions): RequestListener {
  const root = resolve(options.root);
  const base = options.base.replace(/\/?$/, '/');
  // dev: look every request up on disk, so a rebuild while serving is seen at once.
  // Files named with an extension get the media type the archive records for them (sirv sends
  // none for .wacz or Pagefind's files); `dir/` and extensionless paths keep sirv's (HTML).
  const setHeaders = (response: ServerResponse, pathname: string) => {
    if (/\.[^/]+$/.test(pathname)) response.setHeader('Content-Type', mediaTypeOf(pathname));
  };
  const files = sirv(root, { dev: true, extensions: ['html'], etag: true, setHeaders });

  const plain = (response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) =>
    response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);

  const notFound = (request: IncomingMessage, response: ServerResponse) => {
    readFile(join(root, options.notFoundPage)).then(
      (page) => response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': page.byteLength }).end(request.method === 'HEAD' ? undefined : page),
      () => plain(response, 404, 'Not found'),
    );
  };

  return (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(response, 405, 'Method not allowed', { Allow: ALLOWED_METHODS });
    const target = request.url ?? '/';
    const queryAt = target.search(/[?#]/);
    const pathname = queryAt === -1 ? target : target.slice(0, queryAt);
    const decoded = decodePath(pathname);
    if (decoded === undefined) return plain(response, 400, 'Bad request: the path is not valid percent-encoded UTF-8');
    if (`${pathname}/` === base) return response.writeHead(301, { Location: base }).end();
    const path = pathUnderBase(pathname, base);
    if (path === undefined || !staysInsideRoot(decoded)) return notFound(request, response);

    // A file that vanishes after its headers are sent can only be cut short.
    response.on('pipe', (source: Readable) => source.once('error', () => response.destroy()));
    if (request.headers.range) {
      if (sendRange(request, response, join(root, decodeURIComponent(path)))) return;
      // Not one range of a file: the whole of it, rather than sirv's reading of the header.
      delete request.headers.range;
    }
    request.url = path + (queryAt === -1 ? '' : target.slice(queryAt));
    try {
      files(request, response, () => notFound(request, response));
    } catch {
      // The file was there when sirv looked and gone when it asked for its size.
      if (!response.headersSent) notFound(request, response);
      else response.destroy();
    }
  };
}
