/**
 * One `helm template` run: its command line (`templateArgs`: the target's version and served APIs, CRDs included,
 * only flags helm 3 and 4 both accept) and the run itself (`renderOnce`), in the chart's scratch directory with an
 * isolated environment and a time limit. Its log entry and failure reasons name the workspace's files, never the
 * scratch copy; a failure becomes one render-failed event placed where helm's error points, a success the mapped
 * output (output.ts).
 */
import { sep } from 'node:path';
import type { PreparedChart } from '../prepare.js';
import { firstErrorLine, isolatedEnv, type RenderLogEntry } from '../types.js';
import { errorPlace } from './error-place.js';
import { mapOutput } from './output.js';
import type { HelmContext, HelmOptions, RunOutcome } from './types.js';

/** The `helm template` command line for one render: the target's version and APIs, CRDs included. */
export function templateArgs(chartDir: string, opts: Pick<HelmOptions, 'releaseName' | 'namespace' | 'target'>, apiVersions: string, valuesFile: string | null): string[] {
  return [
    'template', opts.releaseName, chartDir,
    '--namespace', opts.namespace,
    '--kube-version', `v${opts.target}.0`,
    ...(apiVersions === '' ? [] : ['--api-versions', apiVersions]),
    '--include-crds',
    ...(valuesFile === null ? [] : ['--values', valuesFile]),
  ];
}

export async function renderOnce(
  chart: string,
  values: string | null,
  /** The copy of the values file in the scratch directory, which is what helm reads. */
  valuesCopy: string | null,
  prepared: PreparedChart,
  token: string,
  apiVersions: string,
  opts: HelmOptions,
  ctx: HelmContext,
): Promise<RunOutcome> {
  const args = templateArgs(prepared.chartDir, opts, apiVersions, valuesCopy);
  // HOME, TMPDIR and helm's own directories point into the chart's private scratch directory: `helm template` of a
  // local chart writes nothing there, so the renders of one chart's values files can share it.
  const started = ctx.deps.now();
  const r = await ctx.deps.process.run(ctx.tool.path, args, { cwd: prepared.scratch, env: isolatedEnv(prepared.scratch, opts.goMaxProcs), timeoutMs: opts.timeoutMs });
  const clean = (s: string): string => (valuesCopy === null || values === null ? s : s.split(valuesCopy).join(values)).split(prepared.chartDir).join(chart).split(prepared.scratch).join('<tmp>').split(`${ctx.prepare.root}${sep}`).join('').replace(new RegExp(` ?#kug\\.${token}\\.\\d+\\.\\d+`, 'g'), '');
  const ok = r.exitCode === 0 && !r.timedOut && r.spawnError === undefined;
  const log: RenderLogEntry = {
    renderer: 'helm',
    subject: chart,
    values,
    command: `helm template ${opts.releaseName} ${chart} --namespace ${opts.namespace} --kube-version v${opts.target}.0 --api-versions <${apiVersions.split(',').length} served by ${opts.target}> --include-crds${values === null ? '' : ` --values ${values}`}`,
    durationMs: Math.round(ctx.deps.now() - started),
    ok,
    timedOut: r.timedOut,
    stderr: clean(r.stderr),
  };
  ctx.deps.observer?.rendered?.(log);
  if (!ok) {
    const reason = r.timedOut
      ? `timed out after ${Math.round(opts.timeoutMs / 1000)} s`
      : r.spawnError !== undefined
        ? `helm could not be started (${r.spawnError})`
        : clean(firstErrorLine(r.stderr)) || `helm exited with code ${r.exitCode}`;
    const place = errorPlace(r.stderr, prepared) ?? { file: `${chart === '.' ? '' : `${chart}/`}Chart.yaml`, line: null, located: 'none' as const };
    return {
      ok: false,
      documents: 0,
      sources: new Set(),
      items: [{
        kind: 'event',
        event: { type: 'render-failed', renderer: 'helm', subject: chart, reason: reason.endsWith('.') ? reason : `${reason}.`, values, ...(r.timedOut ? { timedOut: true } : {}) },
        place: { file: place.file, line: place.line, column: place.line === null ? null : 1 },
      }],
    };
  }
  return mapOutput(r.stdout, chart, values, prepared, token, opts);
}
