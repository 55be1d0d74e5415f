/**
 * Executable lookup (`executableFinder`): a name searched on a PATH string as the shell would, or a path given
 * directly checked; only a regular file this user may execute is returned. Reads only; never starts anything.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';
import { isWindows } from './child.js';

/**
 * Finds an executable by name on the given PATH value (as the shell would), or checks a path given directly.
 * Returns the absolute path, or null when there is none.
 */
export function executableFinder(pathValue: string, cwd: string): (name: string) => Promise<string | null> {
  const dirs = pathValue.split(delimiter).filter((d) => d !== '');
  const exts = isWindows ? ['', '.exe', '.cmd'] : [''];
  const usable = (p: string): boolean => {
    try {
      if (!statSync(p).isFile()) return false;
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  // Sync stats, as for the scan's reads: a PATH is a dozen directories.
  return async (name) => {
    if (name.includes('/') || name.includes('\\')) {
      const p = isAbsolute(name) ? name : join(cwd, name);
      return usable(p) ? p : null;
    }
    for (const d of dirs) {
      for (const ext of exts) {
        const p = join(isAbsolute(d) ? d : join(cwd, d), name + ext);
        if (usable(p)) return p;
      }
    }
    return null;
  };
}
