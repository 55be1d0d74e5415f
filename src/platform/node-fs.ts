/** The FileSystem port on node:fs. */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import type { FileStat, FileSystem } from '../app/ports.js';

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
