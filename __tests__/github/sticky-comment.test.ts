import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { COMMENT_MARKER, markerLine, upsertStickyComment, type StickyCommentOptions } from '../../src/github/comment.js';
import { commentOnPullRequest } from '../../src/github/sinks.js';
import { sampleResult } from '../reporters/sample-result.js';
import { primaryRateLimit, secondaryRateLimit, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const REPO = 'octo/shop';
const BOT = 'github-actions[bot]';
const MARKER = markerLine(COMMENT_MARKER);
const LIST = '/repos/octo/shop/issues/1/comments';

let gh: FakeGitHub;
let octokit: GitHubClient;
let pr: number;

function client(token = 'ghs_bot', extra: Partial<Parameters<typeof createGitHubClient>[0]> = {}): GitHubClient {
  return createGitHubClient({ token, baseUrl: gh.url, msPerSecond: 1, paceWrites: false, ...extra });
}

function upsert(body: string, extra: Partial<StickyCommentOptions> = {}): ReturnType<typeof upsertStickyComment> {
  return upsertStickyComment({ octokit, owner: 'octo', repo: 'shop', issueNumber: pr, body, selfLogin: BOT, ...extra });
}

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ghs_bot', BOT, { installation: true });
  gh.addToken('ghs_fork', BOT, { installation: true, readOnly: true });
  pr = gh.addPullRequest(REPO);
  octokit = client();
});

afterEach(async () => {
  const violations = [...gh.violations];
  await gh.close();
  expect(violations).toEqual([]);
});

describe('upsertStickyComment', () => {
  it('reads every page of comments, then creates one comment with the marker on its first line', async () => {
    for (let i = 0; i < 250; i++) gh.addComment(REPO, pr, 'alice', `comment ${i}`);
    const result = await upsert('## ❌ 2 blockers');
    expect(result).toEqual({ action: 'created', url: expect.stringContaining('#issuecomment-') });
    expect(gh.lines()).toEqual([
      `GET ${LIST}?per_page=100`,
      `GET ${LIST}?per_page=100&page=2`,
      `GET ${LIST}?per_page=100&page=3`,
      `POST ${LIST}`,
    ]);
    const mine = gh.comments(REPO, pr).filter((c) => c.user.login === BOT);
    expect(mine.map((c) => c.body)).toEqual([`${MARKER}\n## ❌ 2 blockers\n`]);
  });

  it('writes nothing when the same body is posted again', async () => {
    expect((await upsert('same text')).action).toBe('created');
    gh.clearRequests();
    const again = await upsert('same text\n');
    expect(again.action).toBe('unchanged');
    expect(again.url).toContain('#issuecomment-');
    expect(gh.lines()).toEqual([`GET ${LIST}?per_page=100`]);
  });

  it('edits the comment once when the body changed, and keeps one comment', async () => {
    await upsert('first');
    gh.clearRequests();
    const id = gh.comments(REPO, pr)[0]!.id;
    expect((await upsert('second')).action).toBe('updated');
    expect(gh.lines()).toEqual([`GET ${LIST}?per_page=100`, `PATCH /repos/octo/shop/issues/comments/${id}`]);
    expect(gh.comments(REPO, pr).map((c) => c.body)).toEqual([`${MARKER}\nsecond\n`]);
  });

  it('edits an existing comment to the clean body, and creates nothing for a clean pull request without one', async () => {
    expect(await upsert('✅ clean', { clean: true })).toEqual({ action: 'unchanged' });
    expect(gh.writes()).toEqual([]);
    await upsert('❌ blockers');
    expect((await upsert('✅ clean', { clean: true })).action).toBe('updated');
    expect(gh.comments(REPO, pr).map((c) => c.body)).toEqual([`${MARKER}\n✅ clean\n`]);
  });

  it("ignores another user's comment that quotes the marker, and its own comments without the marker", async () => {
    const quoted = gh.addComment(REPO, pr, 'mallory', `${MARKER}\nfake report`);
    gh.addComment(REPO, pr, BOT, 'some other bot comment');
    expect((await upsert('real report')).action).toBe('created');
    const all = gh.comments(REPO, pr);
    expect(all).toHaveLength(3);
    expect(all.find((c) => c.id === quoted.id)!.body).toBe(`${MARKER}\nfake report`);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`POST ${LIST}`]);
  });

  it('recognises its own login whatever its case', async () => {
    await upsert('first');
    gh.clearRequests();
    expect((await upsert('second', { selfLogin: 'GitHub-Actions[bot]' })).action).toBe('updated');
    expect(gh.comments(REPO, pr)).toHaveLength(1);
  });

  it('updates the oldest of several own marked comments and leaves the others alone', async () => {
    const oldest = gh.addComment(REPO, pr, BOT, `${MARKER}\nold one`);
    const newer = gh.addComment(REPO, pr, BOT, `${MARKER}\nnewer one`);
    expect((await upsert('fresh')).action).toBe('updated');
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH /repos/octo/shop/issues/comments/${oldest.id}`]);
    expect(gh.comments(REPO, pr).find((c) => c.id === newer.id)!.body).toBe(`${MARKER}\nnewer one`);
  });

  it('skips with a warning, without throwing or retrying, when a read-only fork token cannot write', async () => {
    octokit = client('ghs_fork');
    const result = await upsert('report');
    expect(result).toEqual({
      action: 'skipped',
      warning: expect.stringMatching(/^comment skipped: the token cannot write to this pull request \(HTTP 403\)/),
    });
    expect(gh.lines()).toEqual([`GET ${LIST}?per_page=100`, `POST ${LIST}`]);
  });

  it('skips with a warning when the comments cannot be read (404)', async () => {
    gh.fail({ method: 'GET', path: LIST, status: 404 });
    const result = await upsert('report');
    expect(result.action).toBe('skipped');
    expect(result.warning).toBe("comment skipped: the token cannot read the pull request's comments (HTTP 404)");
    expect(gh.writes()).toEqual([]);
  });

  it('retries a server error and succeeds', async () => {
    gh.fail({ method: 'POST', path: LIST, status: 500 });
    expect((await upsert('report')).action).toBe('created');
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 500', 'POST 201']);
  });

  it('does not retry a 422 and passes the error on', async () => {
    gh.fail({ method: 'POST', path: LIST, status: 422 });
    await expect(upsert('report')).rejects.toMatchObject({ status: 422 });
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 422']);
  });

  it('gives up after the configured number of server error retries', async () => {
    gh.fail({ method: 'POST', path: LIST, status: 502, times: 10 });
    await expect(upsert('report')).rejects.toMatchObject({ status: 502 });
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 502', 'POST 502', 'POST 502', 'POST 502']);
  });

  it('stops retrying server errors once the waiting allowance is used up', async () => {
    octokit = client('ghs_bot', { maxWaitSeconds: 5 });
    gh.fail({ method: 'POST', path: LIST, status: 503, times: 10 });
    await expect(upsert('report')).rejects.toMatchObject({ status: 503 });
    // Waits of 1 s and 4 s fit in 5 s; the third (9 s) does not.
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 503', 'POST 503', 'POST 503']);
  });

  // A primary limit waits until the reset time (30 s ahead here) plus one second; the test's clock makes 1 s = 1 ms.
  it.each([
    ['a secondary rate limit (429, retry-after)', () => secondaryRateLimit(2, 429), /retrying in 2 s$/],
    ['a secondary rate limit (403, retry-after)', () => secondaryRateLimit(2, 403), /retrying in 2 s$/],
    ['a primary rate limit (403, x-ratelimit-reset)', () => primaryRateLimit(30, 403), /retrying in (2\d|3[01]) s$/],
    ['a primary rate limit (429, x-ratelimit-reset)', () => primaryRateLimit(30, 429), /retrying in (2\d|3[01]) s$/],
  ])('waits out %s and retries', async (_name, makeFault, wait) => {
    const fault = makeFault();
    const waits: string[] = [];
    octokit = client('ghs_bot', { log: { debug: () => {}, warn: (m) => waits.push(m) } });
    gh.fail({ ...fault, method: 'POST', path: LIST });
    expect((await upsert('report')).action).toBe('created');
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', `POST ${fault.status}`, 'POST 201']);
    expect(waits).toEqual([expect.stringMatching(/rate limit on POST /)]);
    expect(waits[0]).toMatch(wait);
  });

  it('does not wait for a rate limit longer than the allowance, and does not report it as a permission problem', async () => {
    gh.fail({ ...secondaryRateLimit(120, 403), method: 'POST', path: LIST });
    const started = Date.now();
    const result = await upsert('report');
    expect(result).toEqual({ action: 'skipped', warning: "comment skipped: GitHub's rate limit was still exceeded after the retries allowed (HTTP 403)" });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 403']);
  });

  it('gives up on a rate limit after the configured retries', async () => {
    gh.fail({ ...secondaryRateLimit(1, 429), method: 'POST', path: LIST, times: 10 });
    await expect(upsert('report')).rejects.toMatchObject({ status: 429 });
    expect(gh.requests.map((r) => `${r.method} ${r.status}`)).toEqual(['GET 200', 'POST 429', 'POST 429', 'POST 429']);
  });

  it('talks to the API root it is given (GitHub Enterprise Server)', async () => {
    await gh.close();
    gh = await startFakeGitHub({ prefix: '/api/v3' });
    gh.addToken('ghs_bot', BOT, { installation: true });
    pr = gh.addPullRequest(REPO);
    octokit = client();
    expect(gh.url).toMatch(/\/api\/v3$/);
    expect((await upsert('report')).action).toBe('created');
    expect(gh.lines()).toEqual([`GET ${LIST}?per_page=100`, `POST ${LIST}`]);
  });

  it('refuses marker text that could end the HTML comment', () => {
    expect(() => markerLine('x --> <b>')).toThrow('invalid marker text');
    expect(() => markerLine('a--b')).toThrow('invalid marker text');
    expect(markerLine(COMMENT_MARKER)).toBe('<!-- kube-upgrade-gate:comment v1 -->');
  });
});

describe('upsertStickyComment with a content key', () => {
  it('puts the key hash on the marker line and edits only when the key changes', async () => {
    const first = await upsert('## ❌ 2 blockers\n[run 1](https://github.example/run/1)', { contentKey: '2 blockers' });
    expect(first.action).toBe('created');
    const body = gh.comments(REPO, pr)[0]!.body;
    expect(body.split('\n')[0]).toMatch(/^<!-- kube-upgrade-gate:comment v1 sha256=[0-9a-f]{64} -->$/);
    gh.clearRequests();
    // Another run, the same findings: no write, the first run's link stays.
    expect((await upsert('## ❌ 2 blockers\n[run 2](https://github.example/run/2)', { contentKey: '2 blockers' })).action).toBe('unchanged');
    expect(gh.writes()).toEqual([]);
    expect((await upsert('## ❌ 1 blocker\n[run 3](https://github.example/run/3)', { contentKey: '1 blocker' })).action).toBe('updated');
    expect(gh.comments(REPO, pr)).toHaveLength(1);
    expect(gh.comments(REPO, pr)[0]!.body).toContain('run 3');
  });

  it('recognises its comment written without a key, and adds the key on the next change', async () => {
    await upsert('## ❌ 2 blockers');
    expect((await upsert('## ❌ 2 blockers', { contentKey: 'k' })).action).toBe('updated');
    expect(gh.comments(REPO, pr)).toHaveLength(1);
    expect(gh.comments(REPO, pr)[0]!.body).toMatch(/^<!-- kube-upgrade-gate:comment v1 sha256=/);
  });
});

describe('commentOnPullRequest with a change record', () => {
  const ctx = { serverUrl: 'https://github.com', repository: REPO, headSha: 'a'.repeat(40), runUrl: 'https://github.com/octo/shop/actions/runs/1' };
  const plan = (intro: string, step: string) => ({ changed: ['.github/kube-upgrade-gate.yaml'], intro, clusters: [{ name: 'prod', markdown: `#### Cluster prod\n\n${step}\n` }] });

  it('comments on a clean result for the record, and edits only when the record (not its date or the run link) changes', async () => {
    const clean = sampleResult([]);
    const first = await commentOnPullRequest(octokit, { owner: 'octo', repo: 'shop', pullRequest: pr }, clean, { ...ctx, plan: plan('Evaluated on 2026-12-06.', 'Step 1: 1.34.2 → 1.35.8') });
    expect(first.action).toBe('created');
    gh.clearRequests();
    const again = await commentOnPullRequest(octokit, { owner: 'octo', repo: 'shop', pullRequest: pr }, clean, { ...ctx, runUrl: `${ctx.runUrl}2`, plan: plan('Evaluated on 2026-12-07.', 'Step 1: 1.34.2 → 1.35.8') });
    expect(again.action).toBe('unchanged');
    expect(gh.writes()).toEqual([]);
    const changed = await commentOnPullRequest(octokit, { owner: 'octo', repo: 'shop', pullRequest: pr }, clean, { ...ctx, plan: plan('Evaluated on 2026-12-08.', 'Step 1: 1.34.2 → 1.35.9') });
    expect(changed.action).toBe('updated');
    expect(gh.comments(REPO, pr)[0]!.body).toContain('Step 1: 1.34.2 → 1.35.9');
    // Without a record a clean result writes nothing.
    const other = gh.addPullRequest(REPO);
    expect((await commentOnPullRequest(octokit, { owner: 'octo', repo: 'shop', pullRequest: other }, clean, ctx)).action).toBe('unchanged');
  });
});
