/**
 * Work spread over the machine's cores: a worker module (see `serveWorker`) is started a few
 * times, each set up once with the same `init`, and each given the next item as soon as it is
 * free. Results come back in the order of the items, so the output never depends on which
 * worker finished first.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

type Reply<O> = { index: number; output: O } | { index: number; error: string };

/** How many workers a job of `items` is worth: one per core, never more than the items. */
export function workerCount(items: number, cap = availableParallelism()): number {
  return Math.max(1, Math.min(cap, items));
}

export async function mapInWorkers<I, O>(module: URL, init: unknown, items: readonly I[], workers = workerCount(items.length)): Promise<O[]> {
  const results = new Array<O>(items.length);
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const give = () => {
        if (next >= items.length) return resolve();
        const index = next++;
        worker.postMessage({ index, item: items[index] });
      };
      worker.on('message', (reply: Reply<O>) => {
        if ('error' in reply) return reject(new Error(reply.error));
        results[reply.index] = reply.output;
        give();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (next < items.length || code !== 0 ? reject(new Error(`a worker of ${module.pathname} stopped (exit code ${code})`)) : resolve()));
      give();
    });
  const pool = Array.from({ length: Math.min(workers, items.length) }, () => new Worker(module, { workerData: init }));
  try {
    await Promise.all(pool.map(run));
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}

/**
 * The body of a worker module: `setup` runs once with the pool's `init` and returns what to do
 * with each item. An error is sent back with its message, and the pool rejects with it.
 */
export function serveWorker<I, O>(setup: (init: never) => (item: I) => O): void {
  if (isMainThread || !parentPort) throw new Error('serveWorker runs inside a worker of mapInWorkers');
  const port = parentPort;
  let work: ((item: I) => O) | undefined;
  port.on('message', ({ index, item }: { index: number; item: I }) => {
    try {
      work ??= setup(workerData as never);
      port.postMessage({ index, output: work(item) } satisfies Reply<O>);
    } catch (error) {
      port.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies Reply<O>);
    }
  });
}
