/**
 * Writing reports: a report file is written whole or not at all (a temporary file beside it, then renamed over it),
 * and standard output is written chunk by chunk with its errors reported to the caller instead of crashing the
 * process. `describeWriteError` turns a write error into the few words a one-line message needs.
 */
import { closeSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** What a report file write needs from the file system; tests pass a failing one. */
export interface ReportFileOps {
  /** Follows links; null when nothing is there. */
  kind(path: string): 'file' | 'other' | null;
  /** Opens a new file for writing; `exclusive` fails when it exists. */
  open(path: string, exclusive: boolean): number;
  write(fd: number, text: string): void;
  close(fd: number): void;
  rename(from: string, to: string): void;
  unlink(path: string): void;
}

export const nodeReportFileOps: ReportFileOps = {
  kind(path) {
    try {
      return statSync(path).isFile() ? 'file' : 'other';
    } catch {
      return null;
    }
  },
  open: (path, exclusive) => openSync(path, exclusive ? 'wx' : 'w', 0o666),
  write(fd, text) {
    const bytes = Buffer.from(text, 'utf8');
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
  },
  close: (fd) => closeSync(fd),
  rename: (from, to) => renameSync(from, to),
  unlink: (path) => unlinkSync(path),
};

/**
 * Writes a report to `path` atomically: into a new temporary file in the same directory, renamed over `path` once
 * every byte is written, so a failed write (a full disk, a missing or read-only directory) leaves no partial or
 * empty report and keeps an earlier one. A link at `path` is replaced, not followed. A path that exists and is not a
 * regular file (/dev/stdout, a FIFO, a device) is written directly. Rejects with the file system's error.
 */
export async function writeReportFile(path: string, text: string | Iterable<string>, ops: ReportFileOps = nodeReportFileOps): Promise<void> {
  const chunks = typeof text === 'string' ? [text] : text;
  if (ops.kind(path) === 'other') {
    const fd = ops.open(path, false);
    try {
      for (const chunk of chunks) ops.write(fd, chunk);
    } finally {
      ops.close(fd);
    }
    return;
  }
  // Created exclusively, so it never takes over a file of the same name; the name only needs to be unlikely.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  const fd = ops.open(temp, true);
  let open = true;
  try {
    for (const chunk of chunks) ops.write(fd, chunk);
    open = false;
    ops.close(fd);
    ops.rename(temp, path);
  } catch (err) {
    if (open) {
      try {
        ops.close(fd);
      } catch {
        // already failing
      }
    }
    try {
      ops.unlink(temp);
    } catch {
      // nothing to remove
    }
    throw err;
  }
}

/** A writable stream (process.stdout) as an awaited write: resolves once the text is handed over, rejects with its error. */
export function streamWriter(stream: NodeJS.WritableStream): (text: string) => Promise<void> {
  let failure: Error | null = null;
  // Without a listener, an error on the stream (a closed pipe, a full disk) would end the process with a stack.
  stream.on('error', (err: Error) => {
    failure ??= err;
  });
  return (text) =>
    new Promise((resolve, reject) => {
      if (failure) {
        reject(failure);
        return;
      }
      try {
        stream.write(text, (err?: Error | null) => {
          if (err) {
            failure ??= err;
            reject(err);
          } else resolve();
        });
      } catch (err) {
        failure ??= err as Error;
        reject(err as Error);
      }
    });
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'the directory does not exist',
  ENOTDIR: 'a part of the path is not a directory',
  EISDIR: 'it is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'file too large',
  EIO: 'input/output error',
  EPIPE: 'the reader closed the pipe',
  ENAMETOOLONG: 'the name is too long',
};

/** A write error in a few words on one line, with its code: "no space left on device (ENOSPC)". */
export function describeWriteError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && REASONS[code]) return `${REASONS[code]} (${code})`;
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

/** Whether a write failed because the reader of a pipe went away (`… | head`): not an error of the writer. */
export function isClosedPipe(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED';
}
