/**
 * Preloaded into a server process (`node --import`): a file whose name contains `vanishing`
 * exists when asked, but is gone by the time it is stat'ed; one whose name contains `unopenable`
 * can be stat'ed but is gone when it is opened. Both are what a rebuild does to a server that is
 * serving the directory it rewrites.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

/** The CommonJS face of node:fs, whose functions may be replaced (the ESM one is read-only). */
const writableFs = fs as { -readonly [K in keyof typeof fs]: (typeof fs)[K] };
const gone = (path: fs.PathLike) => Object.assign(new Error(`ENOENT: no such file or directory, '${String(path)}'`), { code: 'ENOENT' });
const { statSync, createReadStream } = fs;

writableFs.statSync = ((path: fs.PathLike, options?: fs.StatSyncOptions) => {
  if (String(path).includes('vanishing')) throw gone(path);
  return statSync(path, options);
}) as typeof fs.statSync;
writableFs.createReadStream = ((path: fs.PathLike, options?: Parameters<typeof createReadStream>[1]) =>
  createReadStream(String(path).includes('unopenable') ? `${String(path)}.gone` : path, options)) as typeof fs.createReadStream;
syncBuiltinESMExports();
