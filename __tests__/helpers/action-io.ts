/**
 * A recording `ActionIo` for tests of the action: the real file system, catalogs and clock, and every other side
 * effect written down where the test can read it.
 */
import type { ActionIo } from '../../src/action/io.js';
import type { AnnotationProperties } from '../../src/github/annotations.js';
import { createGitHubClient } from '../../src/github/client.js';
import { embeddedCatalogs } from '../../src/platform/catalogs.js';
import { systemClock } from '../../src/platform/clock.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';

/** What the action did through a recording `ActionIo`, in the order it did it. */
export interface RecordedIo {
  io: ActionIo;
  /** The log as the runner shows it: info lines, warnings as `warning: …`, groups as `[group] title`, their lines, `[endgroup]`. */
  log: string[];
  /** The `info` lines alone. */
  info: string[];
  /** The `warning` messages alone. */
  warnings: string[];
  /** The log groups, each with its lines. */
  groups: Array<{ title: string; lines: string[] }>;
  annotations: Array<['error' | 'warning' | 'notice', string, AnnotationProperties]>;
  outputs: Record<string, string>;
  /** The `setFailed` messages. */
  failed: string[];
  /** The job summaries written (the default summary is a recorder; pass `summary: null` for a runner without one). */
  summaries: string[];
  /** The files written, path → whole text (unless `writeFile` is overridden). */
  files: Map<string, string>;
}

/** The token `randomToken` returns, so a test can find the stop-commands lines. */
export const TEST_TOKEN = 'TOKEN123';

/**
 * A recording `ActionIo` reading `inputs` (absent inputs are '') with exactly `env` as its environment; `overrides`
 * replaces any field, e.g. `{ summary: null }`, `cwd`, `writeFile` or `github`.
 */
export function recordingIo(
  inputs: Readonly<Record<string, string>>,
  env: Readonly<Record<string, string | undefined>>,
  overrides: Partial<ActionIo> = {},
): RecordedIo {
  const r: Omit<RecordedIo, 'io'> = { log: [], info: [], warnings: [], groups: [], annotations: [], outputs: {}, failed: [], summaries: [], files: new Map() };
  const io: ActionIo = {
    getInput: (name) => inputs[name] ?? '',
    env,
    cwd: '/',
    fs: nodeFileSystem,
    catalogs: embeddedCatalogs,
    clock: systemClock,
    tool: { name: 'kube-upgrade-gate', version: '0.0.0-test' },
    annotations: {
      error: (m, p) => void r.annotations.push(['error', m, p]),
      warning: (m, p) => void r.annotations.push(['warning', m, p]),
      notice: (m, p) => void r.annotations.push(['notice', m, p]),
    },
    summary: { write: async (md) => void r.summaries.push(md) },
    setOutput: (name, value) => void (r.outputs[name] = value),
    setFailed: (message) => void r.failed.push(message),
    info: (message) => {
      r.info.push(message);
      r.log.push(message);
    },
    warning: (message) => {
      r.warnings.push(message);
      r.log.push(`warning: ${message}`);
    },
    writeFile: async (path, text) => void r.files.set(path, typeof text === 'string' ? text : [...text].join('')),
    randomToken: () => TEST_TOKEN,
    group: (title, lines) => {
      r.groups.push({ title, lines: [...lines] });
      r.log.push(`[group] ${title}`, ...lines, '[endgroup]');
    },
    ...overrides,
  };
  return { io, ...r };
}

/** A GitHub client for a fake GitHub: no waiting between retries or writes. */
export const unpacedGitHub: NonNullable<ActionIo['github']> = (token, baseUrl) => createGitHubClient({ token, baseUrl, msPerSecond: 1, paceWrites: false });
