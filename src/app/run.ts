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
  for (const file of found.files) {
    let bytes: Uint8Array;
    try {
      bytes = await deps.fs.readFile(file.abs);
    } catch (err) {
      engine.skipped({ reason: `cannot be read (${(err as Error).message})`, severity: 'warning' }, file.rel);
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
