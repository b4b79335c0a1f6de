/**
 * Preloaded into a CLI process (`node --import`): the file system fills up after FULL_DISK_AFTER
 * successful writes, and every later write fails with ENOSPC, as a full disk does.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

const writableFs = fs as { -readonly [K in keyof typeof fs]: (typeof fs)[K] };
const { writeFileSync } = fs;
let budget = Number(process.env.FULL_DISK_AFTER ?? 0);

writableFs.writeFileSync = ((...args: Parameters<typeof writeFileSync>) => {
  if (budget-- <= 0) throw Object.assign(new Error(`ENOSPC: no space left on device, write`), { code: 'ENOSPC', syscall: 'write' });
  return writeFileSync(...args);
}) as typeof fs.writeFileSync;
syncBuiltinESMExports();
