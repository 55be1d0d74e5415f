import { ACTIONS_BOT_LOGIN, createGitHubClient, resolveSelfLogin } from '../../src/github/client.js';
import { startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js';

let gh: FakeGitHub;

beforeEach(async () => {
  gh = await startFakeGitHub();
  gh.addToken('ghp_person', 'octocat');
  gh.addToken('ghs_install', ACTIONS_BOT_LOGIN, { installation: true });
});

afterEach(async () => {
  const violations = [...gh.violations];
  await gh.close();
  expect(violations).toEqual([]);
});

const client = (token: string) => createGitHubClient({ token, baseUrl: gh.url, msPerSecond: 1, paceWrites: false });

describe('resolveSelfLogin', () => {
  it("answers a personal access token's own login from GET /user", async () => {
    await expect(resolveSelfLogin(client('ghp_person'))).resolves.toBe('octocat');
    expect(gh.lines()).toEqual(['GET /user']);
  });

  it('falls back to github-actions[bot] for an installation token, which GET /user refuses with 403', async () => {
    await expect(resolveSelfLogin(client('ghs_install'))).resolves.toBe('github-actions[bot]');
    expect(gh.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /user 403']);
  });

  it("falls back to the GitHub App's bot login the caller names", async () => {
    await expect(resolveSelfLogin(client('ghs_install'), 'upgrade-gate[bot]')).resolves.toBe('upgrade-gate[bot]');
  });

  it('passes a bad token (401) on instead of guessing', async () => {
    await expect(resolveSelfLogin(client('wrong'))).rejects.toMatchObject({ status: 401 });
    expect(gh.requests.map((r) => r.status)).toEqual([401]);
  });
});

describe('createGitHubClient', () => {
  it('sends the token and a trailing-slash-free API root', async () => {
    const octokit = createGitHubClient({ token: 'ghp_person', baseUrl: `${gh.url}/`, msPerSecond: 1, paceWrites: false });
    const res = await octokit.request('GET /user');
    expect(res.data.login).toBe('octocat');
    expect(gh.lines()).toEqual(['GET /user']);
  });
});
