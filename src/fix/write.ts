/**
 * Writing a fixed manifest: whole or not at all, through the report writer's temporary-file-and-rename
 * (src/platform/output.ts), with the file's permission bits kept. Only a regular file is ever replaced: the caller
 * passes the real path the workspace box approved, and anything else found there now is refused, never written into.
 */
import { fchmodSync, statSync } from 'node:fs';
import { nodeReportFileOps, writeReportFile, type ReportFileOps } from '../platform/output.js';

/** Replaces the file at `path` (a real path, inside the workspace) with `text`. Rejects with the file system's error. */
export type FixWriter = (path: string, text: string) => Promise<void>;

class NotRegularFile extends Error {
  readonly code = 'ENOTREG';
}

export const atomicFixWriter: FixWriter = async (path, text) => {
  const st = statSync(path);
  if (!st.isFile()) throw new NotRegularFile(`${path} is not a regular file`);
  const mode = st.mode & 0o7777;
  const ops: ReportFileOps = {
    ...nodeReportFileOps,
    kind: (p) => {
      const k = nodeReportFileOps.kind(p);
      if (k === 'other') throw new NotRegularFile(`${p} is not a regular file`);
      return k;
    },
    open: (p, exclusive) => {
      const fd = nodeReportFileOps.open(p, exclusive);
      try {
        fchmodSync(fd, mode);
      } catch (err) {
        nodeReportFileOps.close(fd);
        nodeReportFileOps.unlink(p);
        throw err;
      }
      return fd;
    },
  };
  await writeReportFile(path, text, ops);
};
