/**
 * CVSS v3.0/v3.1 base score from a vector string, per the FIRST specification (section 7.1 formulas, 3.1 rounding).
 * Live OSV records carry only the vector; the embedded catalog already has scores.
 */
import type { Cvss, SeverityLevel } from '../catalog/advisories.js';

const WEIGHTS = {
  AV: { N: 0.85, A: 0.62, L: 0.55, P: 0.2 },
  AC: { L: 0.77, H: 0.44 },
  UI: { N: 0.85, R: 0.62 },
  CIA: { H: 0.56, L: 0.22, N: 0 },
} as const;

/** Parses "CVSS:3.1/AV:N/AC:L/…" and computes the base score; null for anything else (including CVSS 4.0). */
export function cvssFromVector(vector: string, source: string): Cvss | null {
  const m = /^CVSS:(3\.[01])\/(.+)$/.exec(vector.trim());
  if (!m) return null;
  const metrics = new Map<string, string>();
  for (const part of m[2]!.split('/')) {
    const [k, v] = part.split(':');
    if (!k || !v || metrics.has(k)) return null;
    metrics.set(k, v);
  }
  const get = <T extends Record<string, number>>(table: T, key: string): number | null => {
    const v = metrics.get(key);
    return v !== undefined && Object.prototype.hasOwnProperty.call(table, v) ? table[v as keyof T]! : null;
  };
  const av = get(WEIGHTS.AV, 'AV');
  const ac = get(WEIGHTS.AC, 'AC');
  const ui = get(WEIGHTS.UI, 'UI');
  const c = get(WEIGHTS.CIA, 'C');
  const i = get(WEIGHTS.CIA, 'I');
  const a = get(WEIGHTS.CIA, 'A');
  const scope = metrics.get('S');
  const prKey = metrics.get('PR');
  if (av === null || ac === null || ui === null || c === null || i === null || a === null) return null;
  if (scope !== 'U' && scope !== 'C') return null;
  const changed = scope === 'C';
  const pr = prKey === 'N' ? 0.85 : prKey === 'L' ? (changed ? 0.68 : 0.62) : prKey === 'H' ? (changed ? 0.5 : 0.27) : null;
  if (pr === null) return null;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = changed ? 7.52 * (iss - 0.029) - 3.25 * Math.pow(iss - 0.02, 15) : 6.42 * iss;
  const exploitability = 8.22 * av * ac * pr * ui;
  const base = impact <= 0 ? 0 : roundUp(Math.min((changed ? 1.08 : 1) * (impact + exploitability), 10));
  return { version: m[1]!, vector: vector.trim(), baseScore: base, severity: severityOf(base), source };
}

export function severityOf(score: number): SeverityLevel {
  if (score === 0) return 'NONE';
  if (score < 4) return 'LOW';
  if (score < 7) return 'MEDIUM';
  if (score < 9) return 'HIGH';
  return 'CRITICAL';
}

/** The smallest number with one decimal that is at least the input (CVSS 3.1 Roundup, free of float error). */
function roundUp(x: number): number {
  const n = Math.round(x * 100000);
  return n % 10000 === 0 ? n / 100000 : (Math.floor(n / 10000) + 1) / 10;
}
