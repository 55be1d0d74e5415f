import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { contentHash, DEFAULT_CLOSE_COMMENT, syncTrackingIssue, TRACKING_MARKER, type TrackingIssueOptions } from '../../src/github/issue.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const REPO = 'octo/shop';
const BOT = 'github-actions[bot]';
const LABEL = 'kube-upgrade-gate';
const LIST = `GET /repos/octo/shop/issues?state=all&labels=${LABEL}&per_page=100`;

let gh: FakeGitHub;
let octokit: GitHubClient;

function sync(blocked: boolean, body = 'CVE-2025-0001 affects prod', extra: Partial<TrackingIssueOptions> = {}) {
  return syncTrackingIssue({ octokit, owner: 'octo', repo: 'shop', label: LABEL, selfLogin: BOT, title: 'Kubernetes upgrade blocked', body, blocked, ...extra });
}

const marked = (body: string, title = 'Kubernetes upgrade blocked') => `<!-- ${TRACKING_MARKER} sha256=${contentHash(title, body)} -->\n${body}\n`;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ghs_bot', BOT, { installation: true });
  gh.addIssue(REPO, { title: 'unrelated', body: 'x', author: 'alice' });
  octokit = createGitHubClient({ token: 'ghs_bot', baseUrl: gh.url, msPerSecond: 1, paceWrites: false });
});

afterEach(async () => {
  const violations = [...gh.violations];
  await gh.close();
  expect(violations).toEqual([]);
});

describe('syncTrackingIssue', () => {
  it('with a content key, edits only when the key changes, whatever else the body says', async () => {
    expect((await sync(true, 'as of 2026-05-01', { contentKey: 'CVE-2025-0001' })).action).toBe('created');
    gh.clearRequests();
    // A new date in the text, same key: no write.
    expect((await sync(true, 'as of 2026-05-02', { contentKey: 'CVE-2025-0001' })).action).toBe('unchanged');
    expect(gh.writes()).toEqual([]);
    expect((await sync(true, 'as of 2026-05-03', { contentKey: 'CVE-2025-0001 CVE-2025-0002' })).action).toBe('updated');
    expect(gh.issues(REPO).find((i) => i.number === 2)?.body).toContain('as of 2026-05-03');
  });

  it('creates, leaves unchanged, updates, closes with a comment and reopens', async () => {
    // First blocker: created, labelled, with the content hash in its marker.
    const created = await sync(true);
    expect(created).toEqual({ action: 'created', number: 2, url: expect.stringContaining('/issues/2') });
    expect(gh.lines()).toEqual([LIST, 'POST /repos/octo/shop/issues']);
    expect(gh.writes()[0]!.body).toEqual({ title: 'Kubernetes upgrade blocked', body: marked('CVE-2025-0001 affects prod'), labels: [LABEL] });

    // Same content: no write.
    gh.clearRequests();
    expect(await sync(true)).toEqual({ action: 'unchanged', number: 2, url: expect.any(String) });
    expect(gh.lines()).toEqual([LIST]);

    // New content: one edit.
    gh.clearRequests();
    expect((await sync(true, 'CVE-2025-0002 affects prod')).action).toBe('updated');
    expect(gh.lines()).toEqual([LIST, 'PATCH /repos/octo/shop/issues/2']);
    expect(gh.writes()[0]!.body).toEqual({ title: 'Kubernetes upgrade blocked', body: marked('CVE-2025-0002 affects prod') });

    // No blocker any more: a comment, then closed as completed.
    gh.clearRequests();
    expect(await sync(false)).toEqual({ action: 'closed', number: 2, url: expect.any(String) });
    expect(gh.lines()).toEqual([LIST, 'POST /repos/octo/shop/issues/2/comments', 'PATCH /repos/octo/shop/issues/2']);
    expect(gh.writes().map((w) => w.body)).toEqual([{ body: DEFAULT_CLOSE_COMMENT }, { state: 'closed', state_reason: 'completed' }]);
    expect(gh.issues(REPO).find((i) => i.number === 2)).toMatchObject({ state: 'closed', stateReason: 'completed' });

    // Still clean: nothing.
    gh.clearRequests();
    expect(await sync(false)).toEqual({ action: 'none', number: 2, url: expect.any(String) });
    expect(gh.lines()).toEqual([LIST]);

    // A blocker again: the same issue is reopened with the new content.
    gh.clearRequests();
    expect(await sync(true, 'CVE-2025-0003 affects prod')).toEqual({ action: 'reopened', number: 2, url: expect.any(String) });
    expect(gh.lines()).toEqual([LIST, 'PATCH /repos/octo/shop/issues/2']);
    expect(gh.writes()[0]!.body).toEqual({
      title: 'Kubernetes upgrade blocked',
      body: marked('CVE-2025-0003 affects prod'),
      state: 'open',
      state_reason: 'reopened',
    });
    expect(gh.issues(REPO).filter((i) => i.labels.includes(LABEL))).toHaveLength(1);
  });

  it('does nothing when there is no blocker and no issue', async () => {
    expect(await sync(false)).toEqual({ action: 'none' });
    expect(gh.lines()).toEqual([LIST]);
  });

  it('counts a title change as a content change', async () => {
    await sync(true);
    gh.clearRequests();
    expect((await sync(true, undefined, { title: 'Upgrade to 1.33 blocked' })).action).toBe('updated');
    expect(gh.writes()[0]!.body).toMatchObject({ title: 'Upgrade to 1.33 blocked' });
  });

  it("ignores pull requests, other users' issues quoting the marker, and its own issues without the marker, across pages", async () => {
    for (let i = 0; i < 120; i++) gh.addIssue(REPO, { title: `noise ${i}`, body: marked('x'), author: 'mallory', labels: [LABEL] });
    gh.addIssue(REPO, { title: 'pr', body: marked('x'), author: BOT, labels: [LABEL], pullRequest: true });
    gh.addIssue(REPO, { title: 'own, unmarked', body: 'hello', author: BOT, labels: [LABEL] });
    const result = await sync(true);
    expect(result.action).toBe('created');
    expect(gh.lines()).toEqual([LIST, `${LIST}&page=2`, 'POST /repos/octo/shop/issues']);
  });

  it('keeps the oldest open issue when there are several, and reopens the most recent closed one', async () => {
    const older = gh.addIssue(REPO, { title: 't', body: marked('old'), author: BOT, labels: [LABEL] });
    gh.addIssue(REPO, { title: 't', body: marked('newer'), author: BOT, labels: [LABEL] });
    expect(await sync(true, 'new')).toMatchObject({ action: 'updated', number: older });

    await gh.close();
    gh = await startFakeGitHub();
    gh.addToken('ghs_bot', BOT, { installation: true });
    octokit = createGitHubClient({ token: 'ghs_bot', baseUrl: gh.url, msPerSecond: 1, paceWrites: false });
    gh.addIssue(REPO, { title: 't', body: marked('a'), author: BOT, labels: [LABEL], state: 'closed' });
    const recent = gh.addIssue(REPO, { title: 't', body: marked('b'), author: BOT, labels: [LABEL], state: 'closed' });
    expect(await sync(true)).toMatchObject({ action: 'reopened', number: recent });
  });

  it('names the permission it needs when the token may not write issues', async () => {
    gh.fail({ method: 'POST', path: '/repos/octo/shop/issues', status: 403 });
    await expect(sync(true)).rejects.toThrow('tracking issue: the token cannot read or write this repository\'s issues (HTTP 403); the job needs "permissions: issues: write"');
  });

  it('refuses a label the list API cannot filter on', async () => {
    await expect(sync(true, 'x', { label: 'a,b' })).rejects.toThrow('invalid tracking label');
    expect(gh.requests).toEqual([]);
  });
});
