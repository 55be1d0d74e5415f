/**
 * Renders running at once share the CPUs: each helm and kubectl process gets GOMAXPROCS = CPUs ÷ renders at a time,
 * so the Go runtimes of parallel renders do not compete for every core, and a collector set for a short-lived process
 * (GOGC=400 under a 1 GiB soft limit).
 */
import { performance } from 'node:perf_hooks';
import type { ProcessRunner } from '../../src/ports/index.js';
import { executableFinder, nodeProcessRunner } from '../../src/platform/node-process.js';
import { cpuShare } from '../../src/render/types.js';
import { layerBinaries } from '../helpers/binaries.js';
import { runCli } from '../helpers/cli.js';
import { renderRepo, trackingTemp } from './run.js';

describe('cpuShare', () => {
  it.each([
    [2, 1, 2],
    [2, 2, 1],
    [4, 2, 2],
    [4, 3, 1],
    [2, 8, 1],
    [1, 0, 1],
  ])('gives each of %i CPUs ÷ %i renders %i', (cpus, renders, share) => {
    expect(cpuShare(cpus, renders)).toBe(share);
  });
});

describe('each render is given its share of the CPUs', () => {
  it.each([
    ['1', '4'],
    ['2', '2'],
    ['4', '1'],
  ])('with --render-workers %s on 4 CPUs, GOMAXPROCS is %s, and the collector is set for a short render', async (workers, expected) => {
    const bins = layerBinaries('v35');
    const seen: Array<[string, string | undefined]> = [];
    const collectors = new Set<string>();
    const recording: ProcessRunner = {
      run: (command, args, opts) => {
        const env = opts?.env ?? {};
        if (args[0] === 'template' && args[1] !== 'probe') seen.push(['helm', env['GOMAXPROCS']]);
        if (args[0] === 'kustomize') seen.push(['kubectl', env['GOMAXPROCS']]);
        if (args[0] === 'template' || args[0] === 'kustomize') collectors.add(`${env['GOGC']} ${env['GOMEMLIMIT']}`);
        return nodeProcessRunner.run(command, args, opts);
      },
    };
    const r = await runCli(
      ['scan', '.', '--target', '1.25', '--format', 'json', '--render-workers', workers, '--helm-path', bins.helm, '--kubectl-path', bins.kubectl],
      renderRepo,
      { render: { process: recording, temp: trackingTemp(), findExecutable: executableFinder('', renderRepo), cpus: 4, now: () => performance.now() } },
    );
    expect(r.code).toBe(1);
    expect(new Set(seen.map(([tool]) => tool))).toEqual(new Set(['helm', 'kubectl']));
    expect(new Set(seen.map(([, v]) => v))).toEqual(new Set([expected]));
    expect(collectors).toEqual(new Set(['400 1GiB']));
  });
});

describe('charts are prepared while helm renders others', () => {
  it.each([['1'], ['2']])('with --render-workers %s, never more helm renders at once, and the next chart is copied while one renders', async (workers) => {
    const bins = layerBinaries('v35');
    let running = 0;
    let most = 0;
    let preparedWhileRendering = 0;
    const recording: ProcessRunner = {
      run: async (command, args, opts) => {
        const render = args[0] === 'template' && args[1] !== 'probe';
        if (render) most = Math.max(most, ++running);
        try {
          return await nodeProcessRunner.run(command, args, opts);
        } finally {
          if (render) running--;
        }
      },
    };
    const base = trackingTemp();
    const temp = {
      ...base,
      mkdtemp: async (prefix: string) => {
        if (prefix === 'kug-helm-' && running > 0) preparedWhileRendering++;
        return await base.mkdtemp(prefix);
      },
    };
    const r = await runCli(
      ['scan', '.', '--target', '1.25', '--format', 'json', '--render-workers', workers, '--helm-path', bins.helm, '--kubectl-path', bins.kubectl],
      renderRepo,
      { render: { process: recording, temp, findExecutable: executableFinder('', renderRepo), cpus: 2, now: () => performance.now() } },
    );
    expect(r.code).toBe(1);
    expect(most).toBe(Number(workers));
    expect(preparedWhileRendering).toBeGreaterThan(0);
    expect(base.left()).toEqual([]);
  });
});
