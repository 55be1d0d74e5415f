/** only-changed: the gate and the annotations follow the pull request's files, and say so when the list is unavailable. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/main.js';
import { recordingIo, unpacedGitHub } from '../helpers/action-io.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

let gh: FakeGitHub;
let ws: string;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ghs_bot', 'github-actions[bot]', { installation: true });
  ws = mkdtempSync(join(tmpdir(), 'kug-only-'));
  mkdirSync(join(ws, 'deploy'));
  writeFileSync(join(ws, 'deploy', 'old.yaml'), 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: untouched\n');
  writeFileSync(join(ws, 'deploy', 'new.yaml'), 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: changed\n');
});
afterEach(async () => {
  const violations = [...gh.violations];
  await gh.close();
  rmSync(ws, { recursive: true, force: true });
  expect(violations).toEqual([]);
});

async function run(pr: number, onlyChanged: string) {
  writeFileSync(join(ws, 'event.json'), JSON.stringify({ number: pr, pull_request: { number: pr, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40) } } }));
  const inputs: Record<string, string> = { 'target-version': '1.25', 'only-changed': onlyChanged, comment: 'never', 'github-token': 'ghs_bot' };
  const rec = recordingIo(
    inputs,
    { GITHUB_WORKSPACE: ws, RUNNER_TEMP: join(ws, '.tmp'), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: join(ws, 'event.json'), GITHUB_REPOSITORY: 'octo/shop', GITHUB_API_URL: gh.url },
    { summary: null, github: unpacedGitHub },
  );
  const outcome = await runAction(rec.io);
  // The files of the error and warning annotations, in order.
  const annotated = rec.annotations.filter(([severity]) => severity !== 'notice').map(([, , p]) => p.file ?? '');
  return { failed: outcome?.failed, warnings: rec.warnings, annotated };
}

describe('only-changed', () => {
  it.each<[string, string, boolean, string[]]>([
    ['the removed API is in a file the pull request does not change', 'true', false, []],
    ['without only-changed every file counts', 'false', true, ['deploy/old.yaml']],
  ])('%s', async (_label, onlyChanged, failed, annotated) => {
    const pr = gh.addPullRequest('octo/shop', 'alice', ['deploy/new.yaml']);
    const r = await run(pr, onlyChanged);
    expect(r.failed).toBe(failed);
    expect(r.annotated).toEqual(annotated);
    expect(r.warnings).toEqual([]);
  });

  it('checks every file, with a warning, when the files cannot be listed; without only-changed it does not warn', async () => {
    const pr = gh.addPullRequest('octo/shop', 'alice', ['deploy/new.yaml']);
    gh.fail({ path: /\/files$/, status: 403, times: 2 });
    const r = await run(pr, 'true');
    expect(r.failed).toBe(true);
    expect(r.warnings).toEqual([expect.stringMatching(/^only-changed: could not list the pull request's changed files \(HTTP 403/)]);
    expect((await run(pr, 'false')).warnings).toEqual([]);
  });
});
