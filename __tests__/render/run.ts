/** Runs the CLI in-process with the real process runner and temp space, and the helm/kubectl of one layer. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TempFileSystem } from '../../src/ports/index.js';
import { loadApiCatalog } from '../../src/platform/catalogs.js';
import { runCli, testProcessRunner } from '../helpers/cli.js';
import { nodeFileSystem, nodeTempFileSystem } from '../../src/platform/node-fs.js';
import { executableFinder } from '../../src/platform/node-process.js';
import { layerBinaries, type Layer } from '../helpers/binaries.js';

export const renderRepo = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'render', 'repo');

/** Temp space that remembers every directory it made, to prove they are all gone afterwards. */
export function trackingTemp(): TempFileSystem & { made: string[]; left(): string[] } {
  const made: string[] = [];
  return {
    made,
    left: () => made.filter((d) => existsSync(d)),
    mkdtemp: async (prefix) => {
      const d = await nodeTempFileSystem.mkdtemp(prefix);
      made.push(d);
      return d;
    },
    mkdir: nodeTempFileSystem.mkdir,
    writeFile: nodeTempFileSystem.writeFile,
    rm: nodeTempFileSystem.rm,
  };
}

export interface RenderRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Temporary directories still present after the run. */
  leftovers: string[];
  tempDirs: number;
}

export async function runRender(
  argv: string[],
  opts: { layer?: Layer; cwd?: string; stdin?: string; path?: string; tools?: boolean; stderrIsTTY?: boolean } = {},
): Promise<RenderRun> {
  const bins = opts.layer ? layerBinaries(opts.layer) : null;
  const toolArgs = bins && opts.tools !== false ? ['--helm-path', bins.helm, '--kubectl-path', bins.kubectl] : [];
  const temp = trackingTemp();
  const cwd = opts.cwd ?? renderRepo;
  const { code, stdout, stderr } = await runCli([...argv, ...toolArgs], cwd, {
    render: { process: testProcessRunner, temp, findExecutable: executableFinder(opts.path ?? '', cwd), cpus: 2, now: () => performance.now() },
    ...(opts.stdin !== undefined ? { readStdin: async () => opts.stdin as string } : {}),
    stderrIsTTY: opts.stderrIsTTY ?? false,
  });
  return { code, stdout, stderr, leftovers: temp.left(), tempDirs: temp.made.length };
}

export interface Row {
  ruleId: string;
  severity: string;
  file: string | null;
  line: number | null;
  apiVersion: string | null;
  kind: string | null;
}

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string | null;
  line: number | null;
  object: { apiVersion: string; kind: string } | null;
  data: Record<string, unknown>;
  message: string;
}

export function findingsOf(stdout: string): JsonFinding[] {
  return (JSON.parse(stdout) as { findings: JsonFinding[] }).findings;
}

/** Findings as compact rows: rule, severity, file, line, apiVersion, kind. */
export function rows(stdout: string): Array<[string, string, string | null, number | null, string | null, string | null]> {
  return findingsOf(stdout).map((f) => [f.ruleId, f.severity, f.file, f.line, f.object?.apiVersion ?? null, f.object?.kind ?? null]);
}
