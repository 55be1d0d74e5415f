/** The JSON report (schemaVersion 1): a stable contract for machines. */
import type { ScanResult } from '../app/result.js';

export function renderJson(result: ScanResult): string {
  const ordered = {
    schemaVersion: result.schemaVersion,
    tool: result.tool,
    catalog: result.catalog,
    target: result.target,
    current: result.current,
    summary: result.summary,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.file,
      line: f.line,
      column: f.column,
      object: f.object,
      data: f.data,
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
