/**
 * The side effects the engine needs, as small interfaces. Entry points pass real implementations
 * (src/platform/); tests pass their own.
 */
import type { Finding, InlineDirective } from '../findings/types.js';

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

export interface HttpGetOptions {
  /** The whole request, body included, is abandoned after this many milliseconds. */
  timeoutMs: number;
  /** A body longer than this is abandoned as soon as it is known to be (Content-Length or bytes read). */
  maxBytes: number;
  headers?: Record<string, string>;
}

export interface HttpResponse {
  status: number;
  contentType: string | null;
  body: Uint8Array;
}

/**
 * Plain HTTP GET. Resolves for every HTTP status (a 500 is a response); rejects with an HttpError when there is
 * no complete response: network failure, timeout, a body over `maxBytes`, or a connection closed mid-body.
 */
export interface HttpClient {
  get(url: string, opts: HttpGetOptions): Promise<HttpResponse>;
}

export type HttpFailure = 'network' | 'timeout' | 'too-large';

export class HttpError extends Error {
  constructor(
    readonly kind: HttpFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Progress and diagnostics that are not findings (e.g. "rendering 12 charts"). */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * Checks files of the plain scan off the main thread (worker threads), with the embedded catalogs. The engine
 * decides which files go there; the main thread checks others at the same time.
 */
export interface FileScanPool {
  /** Files are sent to the pool only when those to check add up to at least this many bytes (starting workers costs). */
  readonly minBytes: number;
  /** How many batches the pool checks at once. */
  readonly lanes: number;
  /** Reads and checks a batch of files (decode → parse → document rules); rejects only if the pool itself fails. */
  scan(job: { target: string; current: string | null; addons?: Readonly<Record<string, string>> }, files: ReadonlyArray<{ abs: string; rel: string }>): Promise<FileScanOutcome>;
  /** Stops the workers. */
  close(): Promise<void>;
}

export interface FileScanOutcome {
  findings: Finding[];
  documents: number;
  /** Inline suppression comments of the batch's files, for the files that have any. */
  inline?: Array<{ file: string; directives: InlineDirective[] }>;
  /** Files of the batch holding objects the scan-wide rules read: the main thread reads them again for those rules. */
  scanFiles?: string[];
}

export const silentLogger: Logger = { info: () => {}, warn: () => {} };

/** What a finished child process left behind. `exitCode` is null when it was killed (timeout, signal). */
export interface ProcessResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** Set when the process could not be started at all (e.g. ENOENT). */
  spawnError?: string;
}

export interface ProcessOptions {
  cwd?: string;
  /** Killed (with its whole process group) after this many milliseconds. */
  timeoutMs?: number;
  /** The complete environment of the child: nothing is inherited. */
  env?: Record<string, string>;
}

/**
 * How the programs were kept off the network, besides their environment (proxies pointing at a closed local port):
 * `namespace` when they ran in an empty network namespace of their own, `proxy-only` (with why) when that was not
 * possible here.
 */
export type NetworkIsolation = { kind: 'namespace' } | { kind: 'proxy-only'; reason: string };

/** Runs external programs (helm, kubectl, kustomize). Never throws for a failing program: see ProcessResult. */
export interface ProcessRunner {
  run(command: string, args: readonly string[], opts?: ProcessOptions): Promise<ProcessResult>;
  /** How the programs were kept off the network; null until the first run has found out, or when this runner does not say. */
  networkIsolation?(): NetworkIsolation | null;
}

/** Scratch space outside the workspace, for temporary copies of charts and kustomizations. */
export interface TempFileSystem {
  /** Creates a fresh private directory under the system's temporary directory and returns its absolute path. */
  mkdtemp(prefix: string): Promise<string>;
  /** Creates a directory and its parents. */
  mkdir(path: string): Promise<void>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  /** Removes a file or directory tree; missing paths are not an error. */
  rm(path: string): Promise<void>;
}
