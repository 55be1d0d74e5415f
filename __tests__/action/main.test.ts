import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportFile, runAction, type ActionIo } from '../../src/action/main.js';
import { recordingIo, type RecordedIo } from '../helpers/action-io.js';

const fixture = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'action-repo');

/** The action over the fixture repository, its reports under /runner/temp. */
function fakeIo(inputs: Record<string, string>, env: Record<string, string> = {}, overrides: Partial<ActionIo> = {}): RecordedIo {
  return recordingIo(inputs, { GITHUB_WORKSPACE: fixture, RUNNER_TEMP: '/runner/temp', ...env }, overrides);
}

describe('runAction', () => {
  it('annotates, summarises, writes the JSON report, sets the outputs and fails on errors', async () => {
    const rec = fakeIo({ 'target-version': '1.25' });
    const outcome = await runAction(rec.io);
    expect(outcome?.failed).toBe(true);
    expect(rec.annotations.map(([sev, , p]) => [sev, p.file, p.startLine])).toEqual([
      ['error', 'k8s/hostile.yaml', 2],
      ['error', 'k8s/ingress.yaml', 4],
      ['error', 'k8s/workloads.yaml', 17],
      ['warning', 'k8s/workloads.yaml', 33],
    ]);
    expect(rec.outputs).toEqual({
      errors: '3',
      warnings: '1',
      blocked: 'true',
      'report-json': '/runner/temp/kube-upgrade-gate-report.json',
      'sarif-file': '/runner/temp/kube-upgrade-gate-report.sarif',
      'recommended-targets': '{}',
    });
    expect(JSON.parse(rec.files.get('/runner/temp/kube-upgrade-gate-report.sarif') as string).runs[0].results).toHaveLength(4);
    const report = JSON.parse(rec.files.get('/runner/temp/kube-upgrade-gate-report.json') as string);
    expect(report.summary).toMatchObject({ errors: 3, warnings: 1 });
    expect(rec.summaries).toHaveLength(1);
    expect(rec.summaries[0]).toMatch(/^## ❌ kube-upgrade-gate: 3 errors, 1 warning, 0 notices for Kubernetes 1\\\.25/);
    expect(rec.failed).toEqual(['Kubernetes 1.25: 3 errors, 1 warning, 0 notices; fail-on is "error". See the annotations and the job summary.']);
  });

  it('keeps one error slot for its own failure message when there are many errors', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'kug-action-'));
    try {
      const docs = Array.from({ length: 12 }, (_, i) => `apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: job-${i}\n`);
      writeFileSync(join(ws, 'jobs.yaml'), docs.join('---\n'));
      const rec = fakeIo({ 'target-version': '1.25' }, { GITHUB_WORKSPACE: ws });
      await runAction(rec.io);
      expect(rec.annotations.filter(([sev]) => sev === 'error')).toHaveLength(9);
      const more = rec.annotations.filter(([sev]) => sev === 'notice');
      expect(more).toHaveLength(1);
      expect(more[0]?.[1]).toMatch(/^3 more findings \(3 errors\) are not shown as annotations/);
      expect(rec.failed).toHaveLength(1);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });

  it('logs the text report with workflow commands switched off around it', async () => {
    const rec = fakeIo({ 'target-version': '1.25' });
    await runAction(rec.io);
    const start = rec.log.indexOf('::stop-commands::TOKEN123');
    const end = rec.log.indexOf('::TOKEN123::');
    expect(start).toBeGreaterThan(-1);
    expect(end).toBe(start + 2);
    expect(rec.log[start + 1]).toContain('::warning::injected');
    for (const [i, line] of rec.log.entries()) {
      if (i > start && i < end) continue;
      expect(line.split('\n').some((l) => l.startsWith('::') && l !== '::stop-commands::TOKEN123' && l !== '::TOKEN123::')).toBe(false);
    }
  });

  it('passes with fail-on never but still reports', async () => {
    const rec = fakeIo({ 'target-version': '1.25', 'fail-on': 'never' });
    const outcome = await runAction(rec.io);
    expect(outcome?.failed).toBe(false);
    expect(rec.failed).toEqual([]);
    expect(rec.outputs['errors']).toBe('3');
  });

  it('fails on warnings when fail-on is warning, and not on errors-only thresholds below them', async () => {
    const warnOnly = fakeIo({ 'target-version': '1.23', 'fail-on': 'warning', paths: 'k8s/workloads.yaml' });
    expect((await runAction(warnOnly.io))?.failed).toBe(true);
    const errorsOnly = fakeIo({ 'target-version': '1.23', 'fail-on': 'error', paths: 'k8s/workloads.yaml' });
    expect((await runAction(errorsOnly.io))?.failed).toBe(false);
    expect(errorsOnly.outputs['errors']).toBe('0');
  });

  it('fails with the input named for a bad target, and does nothing else', async () => {
    const rec = fakeIo({ 'target-version': 'banana' });
    expect(await runAction(rec.io)).toBeNull();
    expect(rec.failed).toHaveLength(1);
    expect(rec.failed[0]).toMatch(/^target-version "banana" is not a Kubernetes release; expected MAJOR\.MINOR/);
    expect(rec.annotations).toEqual([]);
    expect(rec.outputs).toEqual({});
  });

  it('fails with the input named for a path that does not exist', async () => {
    const rec = fakeIo({ 'target-version': '1.25', paths: 'nope' });
    expect(await runAction(rec.io)).toBeNull();
    expect(rec.failed).toEqual(['paths: path "nope" does not exist']);
  });

  it('goes on without a job summary, and warns when writing it fails', async () => {
    const none = fakeIo({ 'target-version': '1.25' }, {}, { summary: null });
    await runAction(none.io);
    expect(none.outputs['errors']).toBe('3');
    const broken = fakeIo({ 'target-version': '1.25' });
    broken.io.summary = { write: async () => Promise.reject(new Error('no summary file')) };
    await runAction(broken.io);
    expect(broken.log).toContain('warning: Could not write the job summary: no summary file');
    expect(broken.outputs['report-json']).toBeDefined();
  });
});

describe('runAction over a sharded scan', () => {
  let reports: string;
  beforeEach(() => {
    reports = mkdtempSync(join(tmpdir(), 'kug-merge-'));
  });
  afterEach(() => rmSync(reports, { recursive: true, force: true }));

  it('writes only the report for a part, and the merge step annotates, summarises and fails like the whole', async () => {
    const whole = fakeIo({ 'target-version': '1.25' });
    await runAction(whole.io);
    for (const index of [1, 2, 3]) {
      const part = fakeIo({ 'target-version': '1.25', shard: `${index}/3` }, { GITHUB_ACTION: `part${index}` });
      const outcome = await runAction(part.io);
      expect(outcome?.failed).toBe(false);
      expect(part.annotations).toEqual([]);
      expect(part.failed).toEqual([]);
      expect(part.summaries).toEqual([]);
      mkdirSync(join(reports, 'reports', `part-${index}`), { recursive: true });
      writeFileSync(join(reports, 'reports', `part-${index}`, 'report.json'), part.files.get(part.outputs['report-json'] as string) as string);
    }
    const merge = fakeIo({ mode: 'merge', reports: 'reports/**/*.json' }, { GITHUB_WORKSPACE: reports });
    const outcome = await runAction(merge.io);
    expect(outcome?.failed).toBe(true);
    expect(merge.annotations).toEqual(whole.annotations);
    expect(merge.failed).toEqual(whole.failed);
    expect(merge.summaries).toEqual(whole.summaries);
    expect(merge.files.get(merge.outputs['report-json'] as string)).toBe(whole.files.get(whole.outputs['report-json'] as string));
    expect(merge.files.get(merge.outputs['sarif-file'] as string)).toBe(whole.files.get(whole.outputs['sarif-file'] as string));
  });

  it('fails clearly when the merge has no reports, misses a part, or the mode is unknown', async () => {
    const none = fakeIo({ mode: 'merge' }, { GITHUB_WORKSPACE: reports });
    expect(await runAction(none.io)).toBeNull();
    expect(none.failed[0]).toMatch(/^reports is required with mode: merge/);
    const empty = fakeIo({ mode: 'merge', reports: '*.json' }, { GITHUB_WORKSPACE: reports });
    expect(await runAction(empty.io)).toBeNull();
    expect(empty.failed[0]).toMatch(/no JSON reports match/);
    const part = fakeIo({ 'target-version': '1.25', shard: '1/2' });
    await runAction(part.io);
    writeFileSync(join(reports, 'one.json'), part.files.get(part.outputs['report-json'] as string) as string);
    const short = fakeIo({ mode: 'merge', reports: 'one.json' }, { GITHUB_WORKSPACE: reports });
    expect(await runAction(short.io)).toBeNull();
    expect(short.failed[0]).toMatch(/parts 2 of 2 are missing/);
    const odd = fakeIo({ mode: 'sideways', 'target-version': '1.25' });
    expect(await runAction(odd.io)).toBeNull();
    expect(odd.failed).toEqual(['mode "sideways" is not valid; expected one of scan, merge, advisories']);
  });
});

describe('reportFile', () => {
  it('goes under RUNNER_TEMP, else the workspace, named after the step', () => {
    expect(reportFile({ RUNNER_TEMP: '/t' }, '/ws')).toBe('/t/kube-upgrade-gate-report.json');
    expect(reportFile({}, '/ws')).toBe('/ws/kube-upgrade-gate-report.json');
    expect(reportFile({ RUNNER_TEMP: '/t', GITHUB_ACTION: 'gate' }, '/ws')).toBe('/t/kube-upgrade-gate-report-gate.json');
    expect(reportFile({ RUNNER_TEMP: '/t', GITHUB_ACTION: '__owner/../x' }, '/ws')).toBe('/t/kube-upgrade-gate-report-owner_.._x.json');
  });
});
