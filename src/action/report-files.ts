/** The report files the action writes: the JSON report and the SARIF report. */
import { join } from 'node:path';
import type { ScanResult } from '../app/result.js';
import { renderJsonChunks } from '../reporters/json.js';
import { renderSarifChunks } from '../reporters/sarif.js';
import { oneLine } from '../reporters/text.js';
import { describeWriteError } from '../platform/output.js';
import type { ActionIo } from './io.js';
import { renderPlanMarkdown, type PlanRecord } from '../plan/index.js';

export interface ReportPaths {
  json: string;
  sarif: string;
  /** The change record, without its extension (.md and .json are added). */
  plan: string;
}

/** Under RUNNER_TEMP (else the workspace), one file per step so two uses of the action in a job do not collide. */
export function reportFile(env: Readonly<Record<string, string | undefined>>, root: string, kind: 'report' | 'plan' = 'report', ext = '.json'): string {
  const dir = env['RUNNER_TEMP'] && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : root;
  const step = (env['GITHUB_ACTION'] ?? '').replace(/[^A-Za-z0-9_.-]/g, '_').replace(/^[._]+/, '');
  return join(dir, step ? `kube-upgrade-gate-${kind}-${step}${ext}` : `kube-upgrade-gate-${kind}${ext}`);
}

/** The JSON report's path, the SARIF report's (the `sarif-file` input, else beside the JSON report) and the change record's. */
export function reportPaths(env: Readonly<Record<string, string | undefined>>, root: string, sarifFile: string | null): ReportPaths {
  const json = reportFile(env, root);
  return { json, sarif: sarifFile ?? json.replace(/\.json$/, '.sarif'), plan: reportFile(env, root, 'plan', '') };
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

/**
 * Writes the change record beside the JSON report, as Markdown and as JSON (the `plan` command's two formats), for a
 * later step to upload as an artifact; on failure marks the step failed and returns null.
 */
export async function writePlan(io: ActionIo, record: PlanRecord, paths: ReportPaths): Promise<{ markdown: string; json: string } | null> {
  const out = { markdown: `${paths.plan}.md`, json: `${paths.plan}.json` };
  for (const [path, text] of [[out.markdown, renderPlanMarkdown(record)], [out.json, `${JSON.stringify(record, null, 2)}\n`]] as const) {
    try {
      await io.writeFile(path, [text]);
    } catch (err) {
      io.setFailed(`cannot write the change record to ${oneLine(path)}: ${describeWriteError(err)}`);
      return null;
    }
  }
  return out;
}
