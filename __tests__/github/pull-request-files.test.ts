import { createGitHubClient } from '../../src/github/client.js';
import { listChangedFiles } from '../../src/github/pull-request.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ghs_bot', 'github-actions[bot]', { installation: true, readOnly: true });
});
afterEach(async () => {
  const violations = [...gh.violations];
  await gh.close();
  expect(violations).toEqual([]);
});

describe('listChangedFiles', () => {
  it('reads every page of the pull request files, with a read-only token', async () => {
    const files = Array.from({ length: 250 }, (_, i) => `deploy/app-${i}.yaml`);
    const pr = gh.addPullRequest('octo/shop', 'contributor', files);
    const octokit = createGitHubClient({ token: 'ghs_bot', baseUrl: gh.url, msPerSecond: 1, paceWrites: false });
    const changed = await listChangedFiles(octokit, 'octo', 'shop', pr);
    expect(changed.truncated).toBe(false);
    expect([...changed.files].sort()).toEqual([...files].sort());
    expect(gh.lines()).toEqual([1, 2, 3].map((p) => `GET /repos/octo/shop/pulls/${pr}/files?per_page=100${p > 1 ? `&page=${p}` : ''}`));
  });

  it('passes a 404 on', async () => {
    const octokit = createGitHubClient({ token: 'ghs_bot', baseUrl: gh.url, msPerSecond: 1, paceWrites: false });
    await expect(listChangedFiles(octokit, 'octo', 'shop', 99)).rejects.toMatchObject({ status: 404 });
  });
});
