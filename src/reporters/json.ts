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
    clusters: (result.clusters ?? []).map((c) => ({
      name: c.name,
      version: c.version,
      target: c.target,
      recommendedTarget: c.recommendedTarget,
      supported: c.supported,
      endOfLife: c.endOfLife,
      path: c.path,
      advisories: c.advisories,
      blockingAdvisories: c.blockingAdvisories,
      skew: c.skew,
      asOf: c.asOf,
    })),
    ...(result.shard ? { shard: { index: result.shard.index, count: result.shard.count, paths: result.shard.paths } } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
