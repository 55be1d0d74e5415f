/** Runs async jobs with at most `workers` at a time; results keep the order of the inputs. A job that throws fails alone. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

export async function runPool<T, R>(items: readonly T[], workers: number, job: (item: T, index: number) => Promise<R>): Promise<Settled<R>[]> {
  const results: Settled<R>[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      try {
        results[i] = { ok: true, value: await job(items[i] as T, i) };
      } catch (error) {
        results[i] = { ok: false, error };
      }
    }
  };
  const n = Math.max(1, Math.min(Math.floor(workers) || 1, items.length));
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

/** At most `n` of the functions passed to the returned limiter run at once; the rest wait in order. */
export function createLimiter(n: number): <R>(fn: () => Promise<R>) => Promise<R> {
  let active = 0;
  const waiting: Array<() => void> = [];
  const max = Math.max(1, Math.floor(n) || 1);
  return async <R>(fn: () => Promise<R>): Promise<R> => {
    if (active >= max) await new Promise<void>((r) => waiting.push(r));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}
