/** An in-memory FileSystem port: files by absolute POSIX path. */
import type { DirEntry, FileStat, FileSystem } from '../../src/ports/index.js';

export function memoryFileSystem(files: Record<string, string | Uint8Array>, root = '/repo'): FileSystem {
  const data = new Map<string, Uint8Array>();
  for (const [rel, content] of Object.entries(files)) {
    data.set(`${root}/${rel}`, typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  const isDir = (p: string): boolean => p === root || [...data.keys()].some((k) => k.startsWith(`${p}/`));
  const stat = async (p: string): Promise<FileStat> => {
    const f = data.get(p);
    if (f) return { isFile: true, isDirectory: false, isSymbolicLink: false, size: f.length };
    if (isDir(p)) return { isFile: false, isDirectory: true, isSymbolicLink: false, size: 0 };
    throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
  };
  return {
    readFile: async (p) => {
      const f = data.get(p);
      if (!f) throw new Error(`ENOENT: ${p}`);
      return f;
    },
    stat,
    lstat: stat,
    realpath: async (p) => {
      await stat(p);
      return p;
    },
    readdir: async (p): Promise<DirEntry[]> => {
      const names = new Map<string, boolean>();
      for (const k of data.keys()) {
        if (!k.startsWith(`${p}/`)) continue;
        const rest = k.slice(p.length + 1);
        const [head, ...tail] = rest.split('/');
        names.set(head as string, tail.length > 0 || (names.get(head as string) ?? false));
      }
      return [...names].map(([name, dir]) => ({ name, isFile: !dir, isDirectory: dir, isSymbolicLink: false }));
    },
  };
}
