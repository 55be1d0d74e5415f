/**
 * Maps helm's error text to the template file (and line) it names, in the workspace: pure, and null when the text
 * names no template of the chart's copy.
 */
import type { PreparedChart } from '../prepare.js';
import { placeOf, resolveSourcePath, type Place } from '../source-map.js';

/**
 * Helm names the template (and mostly the line) of an error: `parse error at (shop/templates/x.yaml:2)`,
 * `execution error at (…:4:11)`, `template: …:6:17:` (helm 3), `Error: …:6:17` (helm 4), `YAML parse error on …`
 * (a line in the rendered document, not the template: not used).
 */
export function errorPlace(stderr: string, prepared: PreparedChart): Place | null {
  const m = /(YAML parse error on )?([A-Za-z0-9_.-]+(?:\/charts\/[A-Za-z0-9_.-]+)*\/(?:templates|crds)\/[^\s:()"]+)(?::(\d+))?/.exec(stderr);
  if (!m) return null;
  const resolved = resolveSourcePath(prepared.tree, m[2] as string);
  if (!resolved) return null;
  const line = m[3] !== undefined && m[1] === undefined ? Number(m[3]) : null;
  return placeOf(resolved.node, resolved.rest, line, line === null ? 'none' : 'text');
}
