/**
 * What fails the gate: findings about the files answer to fail-on, findings about the declared clusters to
 * fail-on-clusters, findings about the advisory source to nothing. A pull request gated on files keeps its verdict
 * whatever the date; a schedule gated on clusters follows the calendar.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { blockingFindings, shouldFail } from '../../src/app/run.js';
import type { ScanResult } from '../../src/app/result.js';
import type { Finding, Severity } from '../../src/findings/types.js';
import type { RuleId } from '../../src/findings/rule-ids.js';
import type { FailOn } from '../../src/settings/scan.js';
import { runAction } from '../../src/action/main.js';
import { recordingIo } from '../helpers/action-io.js';
import { runCli } from '../helpers/cli.js';

function finding(ruleId: RuleId, severity: Severity, file: string | null = null): Finding {
  return { ruleId, severity, message: `${ruleId} ${severity}`, file, line: null, column: null, object: null, data: {} };
}

function result(findings: Finding[]): ScanResult {
  return { findings } as ScanResult;
}

describe('blockingFindings', () => {
  it.each<[string, Finding, FailOn, FailOn, boolean]>([
    ['a removed API under fail-on error', finding('removed-api', 'error', 'a.yaml'), 'error', 'never', true],
    ['a removed API under fail-on never', finding('removed-api', 'error', 'a.yaml'), 'never', 'error', false],
    ['a deprecated API under fail-on error', finding('deprecated-api', 'warning', 'a.yaml'), 'error', 'notice', false],
    ['a deprecated API under fail-on warning', finding('deprecated-api', 'warning', 'a.yaml'), 'warning', 'never', true],
    ['a blocking advisory under fail-on-clusters error', finding('cluster-advisory', 'error'), 'never', 'error', true],
    ['a blocking advisory under fail-on-clusters never', finding('cluster-advisory', 'error'), 'error', 'never', false],
    ['an end-of-life cluster under fail-on notice only', finding('unsupported-version', 'error'), 'notice', 'never', false],
    ['skew under fail-on-clusters warning', finding('version-skew', 'warning'), 'never', 'warning', true],
    ['an upgrade path under fail-on-clusters error', finding('upgrade-path', 'warning'), 'never', 'error', false],
    ['the advisory feed down under notice everywhere', finding('advisory-feed', 'warning'), 'notice', 'notice', false],
  ])('%s', (_label, f, files, clusters, blocks) => {
    expect(blockingFindings(result([f]), { files, clusters })).toEqual(blocks ? [f] : []);
    expect(shouldFail(result([f]), { files, clusters })).toBe(blocks);
  });

  it('applies one threshold given alone to both gates', () => {
    expect(shouldFail(result([finding('unsupported-version', 'warning')]), 'warning')).toBe(true);
    expect(shouldFail(result([finding('unsupported-version', 'warning')]), 'error')).toBe(false);
  });

  it('counts only what the scope keeps', () => {
    const inPr = finding('removed-api', 'error', 'changed.yaml');
    const other = finding('removed-api', 'error', 'other.yaml');
    expect(blockingFindings(result([inPr, other]), { files: 'error', clusters: 'error' }, (f) => f.file === 'changed.yaml')).toEqual([inPr]);
  });
});

/** A repository whose files are clean for 1.33 and whose one cluster runs 1.33.6: supported on 2026-05-01, end of life by 2026-07-01. */
const CONFIG = 'target: "1.33"\nclusters:\n  - name: prod\n    version: 1.33.6\n';
const FILES = { '.github/kube-upgrade-gate.yaml': CONFIG, 'deploy/cron.yaml': 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\n' };

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'kug-gate-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function actionVerdict(inputs: Record<string, string>): Promise<{ failed: boolean; blocked: string | undefined }> {
  const rec = recordingIo(inputs, { GITHUB_WORKSPACE: root, RUNNER_TEMP: join(root, '.tmp') }, { summary: null });
  const outcome = await runAction(rec.io);
  return { failed: outcome?.failed ?? true, blocked: rec.outputs['blocked'] };
}

describe('the same commit on two dates', () => {
  it.each<[string, Record<string, string>, [boolean, boolean]]>([
    ['a pull request gate (fail-on-clusters never) keeps its verdict', { 'fail-on-clusters': 'never' }, [false, false]],
    ['a cluster gate (fail-on-clusters error) follows the calendar', { 'fail-on-clusters': 'error' }, [false, true]],
  ])('action: %s', async (_label, inputs, verdicts) => {
    const may = await actionVerdict({ ...inputs, 'as-of': '2026-05-01' });
    const july = await actionVerdict({ ...inputs, 'as-of': '2026-07-01' });
    expect([may.failed, july.failed]).toEqual(verdicts);
    expect([may.blocked, july.blocked]).toEqual(verdicts.map(String));
  });

  it.each<[string, string[], [number, number]]>([
    ['--fail-on-clusters never keeps the exit code', ['--fail-on-clusters', 'never'], [0, 0]],
    ['--fail-on-clusters error follows the calendar', [], [0, 1]],
  ])('CLI: %s', async (_label, flags, codes) => {
    const code = async (asOf: string): Promise<number> => (await runCli(['scan', '.', '--as-of', asOf, '--format', 'json', ...flags], root)).code;
    expect([await code('2026-05-01'), await code('2026-07-01')]).toEqual(codes);
  });
});
