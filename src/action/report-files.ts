/** The report files the action writes: the JSON report and the SARIF report. */
import { join } from 'node:path';
import type { ScanResult } from '../app/result.js';
import { renderJsonChunks } from '../reporters/json.js';
import { renderSarifChunks } from '../reporters/sarif.js';
import { oneLine } from '../reporters/text.js';
import { describeWriteError } from '../platform/output.js';
import type { ActionIo } from './io.js';

export interface ReportPaths {
  json: string;
  sarif: string;
}

/** Under RUNNER_TEMP (else the workspace), one file per step so two uses of the action in a job do not collide. */
export function reportFile(env: Readonly<Record<string, string | undefined>>, root: string): string {
  const dir = env['RUNNER_TEMP'] && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : root;
  const step = (env['GITHUB_ACTION'] ?? '').replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^[._]+/, '');
  return join(dir, step ? `kube-upgrade-gate-report-${step}.json` : 'kube-upgrade-gate-report.json');
}

/** The JSON report's path, and the SARIF report's: the `sarif-file` input, else beside the JSON report. */
export function reportPaths(env: Readonly<Record<string, string | undefined>>, root: string, sarifFile: string | null): ReportPaths {
  const json = reportFile(env, root);
  return { json, sarif: sarifFile ?? json.replace(/\.json$/, '.sarif') };
}

/** Writes both reports; on failure marks the step failed and returns false. */
export async function writeReports(io: ActionIo, result: ScanResult, paths: ReportPaths): Promise<boolean> {
  for (const [path, chunks] of [[paths.json, renderJsonChunks(result)], [paths.sarif, renderSarifChunks(result)]] as const) {
    try {
      await io.writeFile(path, chunks);
    } catch (err) {
      io.setFailed(`cannot write the report to ${oneLine(path)}: ${describeWriteError(err)}`);
      return false;
    }
  }
  return true;
}
