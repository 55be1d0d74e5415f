/**
 * The FileScanPool port on worker threads. A worker runs the same bundle as its parent (entry points check
 * `isScanWorker()` first and hand it the pipeline's batch checker), reads its files itself and checks them.
 */
import { readRegularFile } from './node-fs.js';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { FileScanOutcome, FileScanPool } from '../ports/index.js';

const ROLE = 'kube-upgrade-gate/scan-worker';

/**
 * Below this many bytes of files a scan stays on the main thread: starting a worker (loading the bundle and its
 * catalog) costs about 100 ms, and a new worker runs cold code. On a 2-CPU machine the bundled CLI took 0.73 s
 * without a worker and 0.90 s with one on 10 MB of manifests, and 1.28 s and 1.21 s on 20 MB.
 */
export const POOL_MIN_BYTES = 32 * 1024 * 1024;

interface Request {
  id: number;
  target: string;
  current: string | null;
  addons: Readonly<Record<string, string>>;
  files: Array<{ abs: string; rel: string }>;
}

type Reply = { id: number; ok: true; outcome: FileScanOutcome } | { id: number; ok: false; error: string };

/** Whether this thread was started as a scan worker. */
export function isScanWorker(): boolean {
  return !isMainThread && (workerData as { role?: string } | null)?.role === ROLE;
}

/** How a batch is checked: the pipeline's (createBatchChecker in src/app/run.ts), handed over by the entry point. */
export type BatchChecker = (job: { target: string; current: string | null; addons: Readonly<Record<string, string>> }, files: ReadonlyArray<{ rel: string; bytes: Uint8Array | Error }>) => FileScanOutcome;

/** The worker's side: reads each batch's files and answers with what `check` found, until its parent closes it. */
export function runScanWorker(check: BatchChecker): void {
  const port = parentPort;
  if (!port) throw new Error('runScanWorker needs a parent thread');
  port.on('message', (req: Request) => {
    let reply: Reply;
    try {
      const files = req.files.map((f) => {
        let bytes: Uint8Array | Error;
        try {
          bytes = readRegularFile(f.abs);
        } catch (err) {
          bytes = err instanceof Error ? err : new Error(String(err));
        }
        return { rel: f.rel, bytes };
      });
      reply = { id: req.id, ok: true, outcome: check({ target: req.target, current: req.current, addons: req.addons }, files) };
    } catch (err) {
      reply = { id: req.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(reply);
  });
}

export interface WorkerPoolOptions {
  /** The script a worker runs: the entry point's own file (it calls runScanWorker when isScanWorker()). */
  script: string | URL;
  workers: number;
  /** See FileScanPool.minBytes. */
  minBytes: number;
  execArgv?: string[];
}

/** A pool of scan workers, started on first use. */
export function workerScanPool(opts: WorkerPoolOptions): FileScanPool {
  let workers: Worker[] | null = null;
  const idle: Worker[] = [];
  const waiting: Array<(w: Worker) => void> = [];
  let nextId = 1;
  const start = (): void => {
    workers = Array.from({ length: opts.workers }, () => {
      const w = new Worker(opts.script, { workerData: { role: ROLE }, ...(opts.execArgv ? { execArgv: opts.execArgv } : {}) });
      w.unref();
      return w;
    });
    for (const w of workers) idle.push(w);
  };
  const take = (): Promise<Worker> => {
    if (!workers) start();
    const w = idle.pop();
    return w ? Promise.resolve(w) : new Promise((r) => waiting.push(r));
  };
  const give = (w: Worker): void => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  return {
    minBytes: opts.minBytes,
    lanes: opts.workers,
    async scan(job, files) {
      const w = await take();
      const id = nextId++;
      try {
        return await new Promise<FileScanOutcome>((resolve, reject) => {
          const onMessage = (reply: Reply): void => {
            if (reply.id !== id) return;
            cleanup();
            if (reply.ok) resolve(reply.outcome);
            else reject(new Error(`scan worker failed: ${reply.error}`));
          };
          const onError = (err: Error): void => {
            cleanup();
            reject(err);
          };
          const onExit = (code: number): void => {
            cleanup();
            reject(new Error(`scan worker stopped (exit code ${code})`));
          };
          const cleanup = (): void => {
            w.off('message', onMessage);
            w.off('error', onError);
            w.off('exit', onExit);
          };
          w.on('message', onMessage);
          w.on('error', onError);
          w.on('exit', onExit);
          w.postMessage({ id, target: job.target, current: job.current, addons: job.addons ?? {}, files: [...files] } satisfies Request);
        });
      } finally {
        give(w);
      }
    },
    async close() {
      const all = workers ?? [];
      workers = null;
      idle.length = 0;
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
