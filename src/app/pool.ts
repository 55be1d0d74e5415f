/**
 * The plain scan's batches for the scan workers: files grouped into batches, the workers' lanes and this thread each
 * taking the next one, and a lane that fails handing its files back to this thread.
 */
import type { Finding, InlineDirective } from '../findings/types.js';
import type { FileScanPool, FileSystem, Logger } from '../ports/index.js';
import type { Engine } from '../rules/engine.js';
import { collectFile, readOrError, scanFile } from './scan-file.js';

/** About this many bytes of files go to a lane at a time: large enough to amortise a message, small enough to balance. */
const BATCH_BYTES = 256 * 1024;
const BATCH_FILES = 64;

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}

/**
 * Checks files in batches: each of the pool's lanes takes the next batch, and this thread takes batches too, so
 * every core works. Findings are sorted afterwards, and a file's findings always come from one lane in file order,
 * so the report does not depend on which lane checked what.
 */
export async function checkInPool(
  pool: FileScanPool,
  files: ReadonlyArray<{ abs: string; rel: string; size: number }>,
  job: { target: string; current: string | null; addons: Readonly<Record<string, string>> },
  fs: FileSystem,
  engine: Engine,
  findings: Finding[],
  inline: Map<string, InlineDirective[]>,
  logger: Logger,
): Promise<number> {
  const batches: Array<typeof files> = [];
  let batch: Array<(typeof files)[number]> = [];
  let bytes = 0;
  for (const f of files) {
    batch.push(f);
    bytes += f.size;
    if (bytes >= BATCH_BYTES || batch.length >= BATCH_FILES) {
      batches.push(batch);
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) batches.push(batch);
  let next = 0;
  let documents = 0;
  const again = new Set<string>();
  const readBatch = (b: typeof files): Promise<Array<Uint8Array | Error>> => Promise.all(b.map((f) => readOrError(fs, f.abs)));
  const onThisThread = async (b: typeof files, read = readBatch(b)): Promise<void> => {
    const contents = await read;
    b.forEach((f, i) => {
      documents += scanFile(f.rel, contents[i]!, engine, undefined, inline);
    });
  };
  const lane = async (): Promise<void> => {
    for (let b = batches[next++]; b; b = batches[next++]) {
      let out;
      try {
        out = await pool.scan(job, b.map((f) => ({ abs: f.abs, rel: f.rel })));
      } catch (err) {
        // A worker that fails loses no file: its batch, and the lane's later ones, are checked on this thread.
        logger.warn(`a scan worker failed; checking its files on the main thread (${firstLine(err)})`);
        await onThisThread(b);
        return mainLane();
      }
      // One by one: a batch can hold more findings than a call takes arguments.
      for (const f of out.findings) findings.push(f);
      for (const { file, directives } of out.inline ?? []) inline.set(file, directives);
      documents += out.documents;
      for (const rel of out.scanFiles ?? []) again.add(rel);
    }
  };
  const mainLane = async (): Promise<void> => {
    // This thread reads its next batch while it checks the current one.
    let b = batches[next++];
    let read = b ? readBatch(b) : null;
    while (b && read) {
      const nb = batches[next++];
      const nextRead = nb ? readBatch(nb) : null;
      await onThisThread(b, read);
      b = nb;
      read = nextRead;
      // Let the lanes' replies in between batches.
      await new Promise<void>((r) => setImmediate(r));
    }
  };
  await Promise.all([...Array.from({ length: pool.lanes }, lane), mainLane()]);
  // Files a worker found objects of the scan rules' kinds in are read again here, for those rules alone.
  for (const f of files) if (again.has(f.rel)) collectFile(f.rel, await readOrError(fs, f.abs), engine);
  return documents;
}
