/** The fix suggestions' review against the stand-in GitHub: one review per run, replaced on the next, never an exception for a fork. */
import { createGitHubClient, type GitHubClient } from '../../src/github/client.js';
import { markerLine } from '../../src/github/comment.js';
import {
  fenceFor,
  REVIEW_MARKER,
  SUGGESTION_MARKER,
  SUPERSEDED_MARKER,
  suggestionBody,
  upsertSuggestionReview,
  type ReviewSuggestion,
} from '../../src/github/review.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

const REPO = 'octo/shop';
const BOT = 'github-actions[bot]';
const HEAD = 'a'.repeat(40);
const PULL = (pr: number): string => `/repos/octo/shop/pulls/${pr}`;

let gh: FakeGitHub;
let octokit: GitHubClient;
let pr: number;

function client(token = 'ghs_bot'): GitHubClient {
  return createGitHubClient({ token, baseUrl: gh.url, msPerSecond: 1, paceWrites: false });
}

const cron: ReviewSuggestion = {
  path: 'deploy/cron.yaml', startLine: 1, line: 1, replacementLines: ['apiVersion: batch/v1'],
  explanation: '`batch/v1beta1` → `batch/v1` for CronJob "shop/nightly": mechanical and safe at Kubernetes 1.35.',
};
const backend: ReviewSuggestion = {
  path: 'deploy/ingress.yaml', startLine: 12, line: 13, replacementLines: ['          service:', '            name: web', '            port:', '              number: 80'],
  explanation: '`networking.k8s.io/v1beta1` → `networking.k8s.io/v1` for Ingress "shop/web": mechanical and safe at Kubernetes 1.35.',
};

function upsert(suggestions: readonly ReviewSuggestion[], extra: { token?: string } = {}): ReturnType<typeof upsertSuggestionReview> {
  if (extra.token !== undefined) octokit = client(extra.token);
  return upsertSuggestionReview(octokit, {
    owner: 'octo', repo: 'shop', pullNumber: pr, headSha: HEAD, selfLogin: BOT, suggestions,
    summary: `${suggestions.length} mechanical fixes for Kubernetes 1.35; applying them is safe.`,
  });
}

const lists = (n: number): string[] => [`GET ${PULL(n)}/reviews?per_page=100`, `GET ${PULL(n)}/comments?per_page=100`];

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ghs_bot', BOT, { installation: true });
  gh.addToken('ghs_fork', BOT, { installation: true, readOnly: true });
  pr = gh.addPullRequest(REPO, 'alice', [
    { filename: 'deploy/cron.yaml', patch: '@@ -0,0 +1,5 @@\n+apiVersion: batch/v1beta1\n' },
    { filename: 'deploy/ingress.yaml', patch: '@@ -8,6 +8,6 @@\n x\n' },
  ]);
  octokit = client();
});

afterEach(async () => {
  const violations = [...gh.violations];
  await gh.close();
  expect(violations).toEqual([]);
});

describe('upsertSuggestionReview', () => {
  it('creates one COMMENT review on the head commit with a suggestion comment per fix (multi-line ones with start_line)', async () => {
    const result = await upsert([cron, backend]);
    expect(result).toEqual({ action: 'created', posted: 2, url: expect.stringContaining('#pullrequestreview-') });
    expect(gh.lines()).toEqual([...lists(pr), `POST ${PULL(pr)}/reviews`]);
    const post = gh.requests.at(-1)!.body as Record<string, unknown>;
    expect(post).toMatchObject({ commit_id: HEAD, event: 'COMMENT' });
    expect(post['comments']).toEqual([
      { path: 'deploy/cron.yaml', line: 1, side: 'RIGHT', body: suggestionBody(cron) },
      { path: 'deploy/ingress.yaml', line: 13, side: 'RIGHT', start_line: 12, start_side: 'RIGHT', body: suggestionBody(backend) },
    ]);
    const [review] = gh.reviews(REPO, pr);
    expect(review!.body).toMatch(new RegExp(`^<!-- ${REVIEW_MARKER} sha256=[0-9a-f]{64} -->\\n2 mechanical fixes for Kubernetes 1\\.35; applying them is safe\\.\\n$`));
    expect(gh.reviewComments(REPO, pr).map((c) => [c.path, c.startLine, c.line])).toEqual([
      ['deploy/cron.yaml', null, 1],
      ['deploy/ingress.yaml', 12, 13],
    ]);
    expect(gh.reviewComments(REPO, pr)[0]!.body).toBe(
      `${markerLine(SUGGESTION_MARKER)}\n${cron.explanation}\n\n\`\`\`suggestion\napiVersion: batch/v1\n\`\`\`\n`,
    );
  });

  it('writes nothing when the next run has the same suggestions', async () => {
    await upsert([cron, backend]);
    gh.clearRequests();
    const again = await upsert([cron, backend]);
    expect(again).toEqual({ action: 'unchanged', posted: 2, url: expect.stringContaining('#pullrequestreview-') });
    expect(gh.lines()).toEqual(lists(pr));
  });

  it('replaces a changed run: old comments deleted, old review marked superseded, new review posted', async () => {
    await upsert([cron, backend]);
    const [old] = gh.reviews(REPO, pr);
    const oldComments = gh.reviewComments(REPO, pr);
    gh.clearRequests();
    const result = await upsert([cron]);
    expect(result.action).toBe('replaced');
    expect(gh.lines()).toEqual([
      ...lists(pr),
      // The new review first, so a refused one leaves the earlier suggestions in place; then the earlier ones go.
      `POST ${PULL(pr)}/reviews`,
      ...oldComments.map((c) => `DELETE /repos/octo/shop/pulls/comments/${c.id}`),
      `PUT ${PULL(pr)}/reviews/${old!.id}`,
    ]);
    const reviews = gh.reviews(REPO, pr);
    expect(reviews).toHaveLength(2);
    expect(reviews[0]!.body).toBe(`${markerLine(SUPERSEDED_MARKER)}\nReplaced by a newer run's suggestions.\n`);
    expect(reviews[1]!.body).toMatch(/It replaces the suggestions of an earlier run\.\n$/);
    expect(gh.reviewComments(REPO, pr).map((c) => c.path)).toEqual(['deploy/cron.yaml']);
    // The superseded review is left alone by the run after.
    gh.clearRequests();
    expect((await upsert([cron])).action).toBe('unchanged');
    expect(gh.writes()).toEqual([]);
  });

  it('with no suggestions: writes nothing when there never were any, and clears an earlier review', async () => {
    expect(await upsert([])).toEqual({ action: 'unchanged', posted: 0 });
    expect(gh.writes()).toEqual([]);
    await upsert([cron]);
    const [old] = gh.reviews(REPO, pr);
    gh.clearRequests();
    expect(await upsert([])).toEqual({ action: 'cleared', posted: 0 });
    expect(gh.writes().map((w) => w.method)).toEqual(['DELETE', 'PUT']);
    expect(gh.reviews(REPO, pr)).toHaveLength(1);
    expect(gh.reviews(REPO, pr)[0]!.id).toBe(old!.id);
    expect(gh.reviews(REPO, pr)[0]!.body).toMatch(new RegExp(`^${markerLine(SUPERSEDED_MARKER)}\\nReplaced by a newer run's check, which found no fix`));
    expect(gh.reviewComments(REPO, pr)).toEqual([]);
  });

  it("never touches another user's review or comments that quote the markers, nor its own unmarked ones", async () => {
    const mallory = gh.addReview(REPO, pr, 'mallory', `<!-- ${REVIEW_MARKER} sha256=${'0'.repeat(64)} -->\nfake`, [
      { path: 'deploy/cron.yaml', line: 1, body: `${markerLine(SUGGESTION_MARKER)}\nfake` },
    ]);
    gh.addReview(REPO, pr, BOT, 'an unmarked review by the same bot', [{ path: 'deploy/cron.yaml', line: 1, body: 'unmarked' }]);
    expect((await upsert([cron])).action).toBe('created');
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`POST ${PULL(pr)}/reviews`]);
    expect(gh.reviews(REPO, pr).find((r) => r.id === mallory.id)!.body).toMatch(/\nfake$/);
    expect(gh.reviewComments(REPO, pr)).toHaveLength(3);
  });

  it('skips with a warning, without throwing, when a read-only fork token cannot write', async () => {
    const result = await upsert([cron], { token: 'ghs_fork' });
    expect(result).toEqual({
      action: 'skipped',
      posted: 0,
      warning: expect.stringMatching(/^suggestions skipped: the token cannot write to this pull request \(HTTP 403\) \(a pull request from a fork gets a read-only token/),
    });
    expect(gh.lines()).toEqual([...lists(pr), `POST ${PULL(pr)}/reviews`]);
    expect(gh.reviews(REPO, pr)).toEqual([]);
  });

  it('skips with a warning when the reviews cannot be read (404)', async () => {
    gh.fail({ method: 'GET', path: `${PULL(pr)}/reviews`, status: 404 });
    expect(await upsert([cron])).toEqual({ action: 'skipped', posted: 0, warning: "suggestions skipped: the token cannot read the pull request's reviews (HTTP 404)" });
    expect(gh.writes()).toEqual([]);
  });

  it('skips with a warning when GitHub refuses a line as outside the diff (422), and keeps nothing of the review', async () => {
    const outside: ReviewSuggestion = { ...backend, startLine: 14, line: 15 };
    const result = await upsert([cron, outside]);
    expect(result.action).toBe('skipped');
    expect(result.warning).toMatch(/^suggestions skipped: GitHub refused the review \(HTTP 422\), typically because a suggested line is not part of the pull request's diff at aaaaaaaaaaaa/);
    expect(gh.requests.at(-1)!.status).toBe(422);
    expect(gh.reviews(REPO, pr)).toEqual([]);
  });

  it('keeps the earlier review and its suggestions when GitHub refuses the new one', async () => {
    await upsert([cron]);
    const before = { reviews: gh.reviews(REPO, pr), comments: gh.reviewComments(REPO, pr) };
    const result = await upsert([cron, { ...backend, startLine: 14, line: 15 }]);
    expect(result.action).toBe('skipped');
    expect(gh.reviews(REPO, pr)).toEqual(before.reviews);
    expect(gh.reviewComments(REPO, pr)).toEqual(before.comments);
  });

  it('passes a server error on after the retries', async () => {
    gh.fail({ method: 'POST', path: `${PULL(pr)}/reviews`, status: 502, times: 10 });
    await expect(upsert([cron])).rejects.toMatchObject({ status: 502 });
  });
});

describe('suggestion comment bodies', () => {
  it.each([
    { name: 'no backticks: three', lines: ['a: b'], fence: '```' },
    { name: 'a run of three: four', lines: ['x: "```"'], fence: '````' },
    { name: 'the longest run counts', lines: ['`', 'y: ``````', '``'], fence: '```````' },
  ])('the fence is longer than any backtick run ($name)', ({ lines, fence }) => {
    expect(fenceFor(lines)).toBe(fence);
    const body = suggestionBody({ path: 'f.yaml', startLine: 1, line: 1, replacementLines: lines, explanation: 'Why.' });
    expect(body).toBe(`${markerLine(SUGGESTION_MARKER)}\nWhy.\n\n${fence}suggestion\n${lines.join('\n')}\n${fence}\n`);
  });

  it('an empty replacement (a deletion) is an empty block', () => {
    expect(suggestionBody({ path: 'f.yaml', startLine: 1, line: 2, replacementLines: [], explanation: 'Gone.' })).toBe(`${markerLine(SUGGESTION_MARKER)}\nGone.\n\n\`\`\`suggestion\n\`\`\`\n`);
  });
});
