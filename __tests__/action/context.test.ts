import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkedOutCommit, decideComment, readRunContext, type CommentMode, type RunContext } from '../../src/action/context.js';
import { readGitHubInputs } from '../../src/action/inputs.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';

const BASE = 'b'.repeat(40);
const HEAD = 'c'.repeat(40);
const MERGE = 'd'.repeat(40);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kug-context-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function event(payload: unknown): string {
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return path;
}

describe('readRunContext', () => {
  it('reads a pull_request event: number, head and base from the payload, the rest from the environment', async () => {
    const ctx = await readRunContext(
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event({ number: 7, pull_request: { number: 7, title: '@everyone look', head: { sha: HEAD, ref: 'evil' }, base: { sha: BASE } } }),
        GITHUB_REPOSITORY: 'octo/shop',
        GITHUB_SERVER_URL: 'https://ghes.example/',
        GITHUB_API_URL: 'https://ghes.example/api/v3/',
        GITHUB_SHA: MERGE,
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '2',
      },
      nodeFileSystem,
    );
    expect(ctx).toEqual({
      eventName: 'pull_request',
      repository: 'octo/shop',
      serverUrl: 'https://ghes.example',
      apiUrl: 'https://ghes.example/api/v3',
      sha: MERGE,
      runUrl: 'https://ghes.example/octo/shop/actions/runs/42/attempts/2',
      pullRequest: { number: 7, headSha: HEAD, baseSha: BASE },
      triggeringHeadSha: null,
    });
  });

  it.each<[string, Record<string, string>, unknown, Partial<RunContext>]>([
    ['a schedule', { GITHUB_EVENT_NAME: 'schedule' }, { schedule: '0 6 * * 1' }, { pullRequest: null, apiUrl: 'https://api.github.com', serverUrl: 'https://github.com' }],
    ['a workflow_run of a pull request', { GITHUB_EVENT_NAME: 'workflow_run' }, { workflow_run: { head_sha: HEAD, pull_requests: [{ number: 9, base: { sha: BASE } }] } }, { pullRequest: { number: 9, headSha: HEAD, baseSha: BASE } }],
    ['a workflow_run of a fork (no pull requests listed)', { GITHUB_EVENT_NAME: 'workflow_run' }, { workflow_run: { head_sha: HEAD, pull_requests: [] } }, { pullRequest: null, triggeringHeadSha: HEAD }],
    ['a payload with odd values', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: 'not-a-sha' }, { pull_request: { number: '7; rm', head: { sha: 'x' } } }, { pullRequest: null, sha: null }],
    ['no payload file', { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: '/nonexistent/event.json' }, null, { pullRequest: null }],
  ])('%s', async (_label, env, payload, expected) => {
    const ctx = await readRunContext({ GITHUB_EVENT_PATH: event(payload), ...env }, nodeFileSystem);
    expect(ctx).toMatchObject(expected);
  });
});

describe('checkedOutCommit', () => {
  it.each<[string, Record<string, string>, string | null]>([
    ['a detached HEAD', { HEAD: `${HEAD}\n` }, HEAD],
    ['a branch with a loose ref', { HEAD: 'ref: refs/heads/main\n', 'refs/heads/main': `${BASE}\n` }, BASE],
    ['a branch in packed-refs', { HEAD: 'ref: refs/remotes/pull/7/merge\n', 'packed-refs': `# pack-refs with: peeled\n${HEAD} refs/heads/x\n${MERGE} refs/remotes/pull/7/merge\n` }, MERGE],
    ['a ref leaving .git', { HEAD: 'ref: refs/../../secret\n' }, null],
    ['garbage', { HEAD: 'hello\n' }, null],
    ['no .git', {}, null],
  ])('%s', async (_label, files, expected) => {
    for (const [rel, text] of Object.entries(files)) {
      mkdirSync(join(dir, '.git', rel, '..'), { recursive: true });
      writeFileSync(join(dir, '.git', rel), text);
    }
    expect(await checkedOutCommit(nodeFileSystem, dir)).toBe(expected);
  });

  it('does not follow a symbolic link', async () => {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'elsewhere'), `${HEAD}\n`);
    symlinkSync(join(dir, 'elsewhere'), join(dir, '.git', 'HEAD'));
    expect(await checkedOutCommit(nodeFileSystem, dir)).toBeNull();
  });
});

describe('decideComment', () => {
  const ctx = (eventName: string): RunContext => ({ eventName, repository: 'o/r', serverUrl: 'https://github.com', apiUrl: 'https://api.github.com', sha: BASE, runUrl: null, pullRequest: null, triggeringHeadSha: null });
  const pr = { number: 7, headSha: HEAD, baseSha: BASE };
  it.each<[CommentMode, string, typeof pr | null, string | null, boolean]>([
    ['auto', 'pull_request', pr, null, true],
    ['never', 'pull_request', pr, null, false],
    ['auto', 'push', null, null, false],
    ['always', 'schedule', null, null, false],
    ['always', 'workflow_run', pr, null, true],
    ['auto', 'workflow_run', pr, null, false],
    // pull_request_target: only with the base checked out.
    ['auto', 'pull_request_target', pr, BASE, true],
    ['auto', 'pull_request_target', { ...pr, baseSha: 'e'.repeat(40) }, BASE, true], // GITHUB_SHA, the base branch now
    ['auto', 'pull_request_target', pr, HEAD, false],
    ['auto', 'pull_request_target', pr, 'f'.repeat(40), false],
    ['auto', 'pull_request_target', pr, null, false],
  ])('%s on %s (checked out %s…) → %s', (mode, eventName, p, checkedOut, expected) => {
    expect(decideComment(mode, ctx(eventName), p, checkedOut).comment).toBe(expected);
  });
});

describe('readGitHubInputs', () => {
  const read = (inputs: Record<string, string>) => readGitHubInputs((n) => inputs[n] ?? '', '/ws');
  it('gives the defaults', () => {
    expect(read({})).toEqual({ mode: 'scan', comment: 'auto', onlyChanged: false, suggestFixes: false, pullRequest: null, issueLabel: 'kube-upgrade-gate', plan: 'auto', sarifFile: null, token: '' });
    expect(read({ mode: 'advisories', comment: 'always', 'only-changed': 'true', 'suggest-fixes': 'true', 'pull-request': '12', plan: 'never', 'sarif-file': 'out/r.sarif', 'github-token': ' t ' })).toEqual({
      mode: 'advisories', comment: 'always', onlyChanged: true, suggestFixes: true, pullRequest: 12, issueLabel: 'kube-upgrade-gate', plan: 'never', sarifFile: '/ws/out/r.sarif', token: 't',
    });
  });
  it.each([
    [{ comment: 'sometimes' }, 'comment "sometimes" is not valid; expected one of auto, always, never'],
    [{ 'only-changed': 'yes' }, 'only-changed "yes" is not valid; expected one of true, false'],
    [{ 'suggest-fixes': 'on' }, 'suggest-fixes "on" is not valid; expected one of true, false'],
    [{ 'pull-request': '12; echo' }, 'pull-request "12; echo" is not valid; expected a pull request number'],
    [{ plan: 'always' }, 'plan "always" is not valid; expected one of auto, never'],
    [{ 'issue-label': 'a,b' }, 'issue-label "a,b" is not valid; expected one label of at most 50 characters, without commas'],
  ])('rejects %j', (inputs, message) => {
    expect(() => read(inputs as Record<string, string>)).toThrow(message);
  });
});
