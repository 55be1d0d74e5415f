/**
 * The side effects the engine needs, as small interfaces. Entry points pass real implementations
 * (src/platform/); tests pass their own.
 */
export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
  size: number;
}

export interface DirEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
  isSymbolicLink: boolean;
}

export interface FileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /** Like lstat: does not follow a final symbolic link. */
  lstat(path: string): Promise<FileStat>;
  /** Follows symbolic links. */
  stat(path: string): Promise<FileStat>;
  readdir(path: string): Promise<DirEntry[]>;
  realpath(path: string): Promise<string>;
}

export interface Clock {
  now(): Date;
}

/** Progress and diagnostics that are not findings (e.g. "rendering 12 charts"). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };
