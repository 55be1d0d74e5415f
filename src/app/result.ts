import type { Finding, Summary } from '../findings/types.js';

/** The result of one scan: exactly what the JSON report (schemaVersion 1) contains. */
export interface ScanResult {
  schemaVersion: 1;
  tool: { name: string; version: string };
  catalog: { version: string; newestRelease: string };
  target: string;
  current: string | null;
  summary: Summary;
  findings: Finding[];
}
