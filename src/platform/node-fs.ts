/** The FileSystem and TempFileSystem ports on node:fs. */
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rm, stat, writeFile } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileStat, FileSystem, TempFileSystem } from '../app/ports.js';

function toStat(s: Stats): FileStat {
  return { isFile: s.isFile(), isDirectory: s.isDirectory(), isSymbolicLink: s.isSymbolicLink(), size: s.size };
}

export const nodeFileSystem: FileSystem = {
  readFile: async (p) => await readFile(p),
  lstat: async (p) => toStat(await lstat(p)),
  stat: async (p) => toStat(await stat(p)),
  readdir: async (p) =>
    (await readdir(p, { withFileTypes: true })).map((d) => ({
      name: d.name,
      isFile: d.isFile(),
      isDirectory: d.isDirectory(),
      isSymbolicLink: d.isSymbolicLink(),
    })),
  realpath: async (p) => await realpath(p),
};

/** The TempFileSystem port on node:fs: private directories under the system's temporary directory. */
export const nodeTempFileSystem: TempFileSystem = {
  mkdtemp: async (prefix) => await mkdtemp(join(tmpdir(), prefix)),
  mkdir: async (p) => {
    await mkdir(p, { recursive: true });
  },
  writeFile: async (p, data) => await writeFile(p, data),
  rm: async (p) => await rm(p, { recursive: true, force: true, maxRetries: 3 }),
};
