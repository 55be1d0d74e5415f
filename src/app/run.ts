/**
 * One scan: discovery → parse → rules → findings. Pure orchestration over the ports it is given.
 */
import type { ApiCatalog } from '../catalog/api-catalog.js';
import { discover } from '../discovery/discover.js';
import { atOrAbove, compareFindings, summarize, type Finding } from '../findings/types.js';
import { parseManifestText } from '../parse/manifest.js';
import { decodeText } from '../parse/decode.js';
import { createEngine } from '../rules/engine.js';
import { RULES } from '../rules/index.js';
import type { FileSystem, Logger } from './ports.js';
import type { ScanResult } from './result.js';
import type { FailOn, ScanSettings } from './settings.js';

export interface RunDeps {
  fs: FileSystem;
  catalog: ApiCatalog;
  tool: { name: string; version: string };
  logger: Logger;
}

const READ_AHEAD = 8;

export async function runScan(settings: ScanSettings, deps: RunDeps): Promise<ScanResult> {
  const findings: Finding[] = [];
  const engine = createEngine(RULES, { target: settings.target, current: settings.current, catalog: deps.catalog }, (f) => findings.push(f));
  const found = await discover(deps.fs, {
    root: settings.root,
    paths: settings.paths,
    include: settings.include,
    exclude: settings.exclude,
    maxFileBytes: settings.maxFileBytes,
  });
  for (const s of found.skipped) engine.skipped({ reason: s.reason, severity: s.severity }, s.rel);

  let documents = 0;
  // Reads run a few files ahead of parsing so the disk and the parser overlap; files are still handled in order,
  // and only that window of files is held in memory.
  const read = (i: number): Promise<Uint8Array | Error> | undefined => {
    const f = found.files[i];
    return f ? deps.fs.readFile(f.abs).catch((err: unknown) => (err instanceof Error ? err : new Error(String(err)))) : undefined;
  };
  const window: Array<Promise<Uint8Array | Error> | undefined> = [];
  for (let i = 0; i < READ_AHEAD; i++) window.push(read(i));
  for (let i = 0; i < found.files.length; i++) {
    const file = found.files[i]!;
    const bytes = await window.shift()!;
    window.push(read(i + READ_AHEAD));
    if (bytes instanceof Error) {
      engine.skipped({ reason: `cannot be read (${bytes.message})`, severity: 'warning' }, file.rel);
      continue;
    }
    const decoded = decodeText(bytes);
    if (!decoded.ok) {
      engine.skipped({ reason: decoded.reason, severity: 'warning' }, file.rel);
      continue;
    }
    const parsed = parseManifestText(decoded.text);
    for (const p of parsed.problems) engine.problem(p, file.rel);
    for (const doc of parsed.documents) {
      documents++;
      engine.document(doc, file.rel);
    }
  }
  if (found.charts.length > 0) deps.logger.info(`${found.charts.length} Helm chart(s) found; their templates are not plain manifests and were not read as YAML.`);
  engine.run({ files: found.files.length, documents, paths: settings.paths });

  findings.sort(compareFindings);
  return {
    schemaVersion: 1,
    tool: deps.tool,
    catalog: { version: deps.catalog.version, newestRelease: deps.catalog.newestRelease },
    target: settings.target,
    current: settings.current,
    summary: summarize(findings, found.files.length, documents),
    findings,
  };
}

/** Whether the run should fail under `failOn`. */
export function shouldFail(result: ScanResult, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return result.findings.some((f) => atOrAbove(f.severity, failOn));
}
