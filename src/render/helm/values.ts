/**
 * The values files of a chart's renders: the chart's `ci/*-values.yaml`, then the configured ones. Helm never opens
 * one in the workspace: each is checked through the WorkspaceBox and copied into the chart's scratch directory, so a
 * values file that is missing, leads out of the workspace or cannot be read is reported by name (a render-failed
 * event naming it) and never read.
 */
import { basename, join } from 'node:path';
import type { FileSystem, TempFileSystem } from '../../ports/index.js';
import type { WorkspaceBox } from '../../workspace/box.js';
import type { RenderedItem } from '../types.js';

export interface ValuesSetting {
  box: WorkspaceBox;
  fs: FileSystem;
  temp: TempFileSystem;
  /** The chart: workspace-relative, absolute, and its Chart.yaml (workspace-relative). */
  chart: string;
  abs: string;
  chartFile: string;
  /** Values files configured for the chart (workspace-relative). */
  configured: readonly string[];
  /** The chart copy's scratch directory: the copies go below it. */
  scratch: string;
}

/**
 * Checks and copies the chart's values files, in order (a name given twice is copied once): workspace-relative
 * name → its copy. What cannot be copied is handed to `report`, as is a `ci` directory that leads out.
 */
export async function copyValuesFiles(s: ValuesSetting, report: (item: RenderedItem) => void): Promise<Map<string, string>> {
  const { box, chart, chartFile } = s;
  const refuseValues = (v: string, reason: string, file: string): void => {
    report({ kind: 'event', event: { type: 'render-failed', renderer: 'helm', subject: chart, reason, values: v }, place: { file, line: null, column: null } });
  };
  const named: string[] = await ciValues(box, s.fs, s.abs, chart, report);
  for (const v of s.configured) named.push(v);
  const copies = new Map<string, string>();
  for (const v of named) {
    if (copies.has(v)) continue;
    const c = await box.check(v, 'file');
    if (!c.ok) {
      if (c.reason === 'missing') refuseValues(v, `the values file ${v} does not exist.`, chartFile);
      else refuseValues(v, `the values file ${c.message}.`, v);
      continue;
    }
    let data: Uint8Array;
    try {
      data = await box.readFile(c.real);
    } catch (err) {
      refuseValues(v, `the values file ${v} cannot be read (${(err as Error).message}).`, v);
      continue;
    }
    const dir = join(s.scratch, 'values', String(copies.size));
    await s.temp.mkdir(dir);
    const copy = join(dir, basename(v));
    await s.temp.writeFile(copy, data);
    copies.set(v, copy);
  }
  return copies;
}

/**
 * The chart's `ci/*-values.yaml` files (workspace-relative), sorted. A `ci` directory that leads out of the workspace
 * is reported and not listed; each file is checked by the caller.
 */
async function ciValues(box: WorkspaceBox, fs: FileSystem, abs: string, chart: string, report: (item: RenderedItem) => void): Promise<string[]> {
  const dir = await box.check('ci', 'directory', abs);
  if (!dir.ok) {
    if (dir.reason === 'outside') report({ kind: 'skipped', skipped: { reason: 'symbolic link to a path outside the workspace (not followed)', severity: 'warning' }, file: dir.rel });
    return [];
  }
  try {
    const entries = await fs.readdir(dir.real);
    return entries
      .filter((e) => !e.isDirectory && /-values\.ya?ml$/.test(e.name))
      .map((e) => `${chart === '.' ? '' : `${chart}/`}ci/${e.name}`)
      .sort();
  } catch {
    return [];
  }
}
