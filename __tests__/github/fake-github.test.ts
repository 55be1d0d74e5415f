/** The fake GitHub API the sink tests run against must itself hold to GitHub's REST description. */
import { startFakeGitHub, validateRequest, type FakeGitHub } from '../helpers/fake-github.js';

const q = (s = '') => new URLSearchParams(s);

describe('validateRequest (GitHub REST description)', () => {
  it.each([
    ['GET', '/repos/o/r/issues/1/comments', q('per_page=100&page=2'), undefined, 'issues/list-comments'],
    ['POST', '/repos/o/r/issues/1/comments', q(), { body: 'x' }, 'issues/create-comment'],
    ['PATCH', '/repos/o/r/issues/comments/77', q(), { body: 'x' }, 'issues/update-comment'],
    ['GET', '/repos/o/r/issues', q('state=all&labels=a&per_page=100'), undefined, 'issues/list-for-repo'],
    ['POST', '/repos/o/r/issues', q(), { title: 't', body: 'b', labels: ['a'] }, 'issues/create'],
    ['PATCH', '/repos/o/r/issues/3', q(), { state: 'closed', state_reason: 'completed' }, 'issues/update'],
    ['GET', '/user', q(), undefined, 'users/get-authenticated'],
    ['GET', '/repos/o/r/pulls/4/files', q('per_page=100&page=2'), undefined, 'pulls/list-files'],
  ])('accepts %s %s', (method, path, query, body, operationId) => {
    expect(validateRequest(method, path, query, body, body !== undefined)).toEqual({ operationId, errors: [] });
  });

  it.each([
    ['an unknown path', 'GET', '/repos/o/r/issue/1/comments', q(), undefined, /no such operation/],
    ['a method the path does not have', 'DELETE', '/repos/o/r/issues/1', q(), undefined, /no such operation/],
    ['a non-integer path parameter', 'GET', '/repos/o/r/issues/abc/comments', q(), undefined, /path issue_number: "abc" is not an integer/],
    ['a non-integer per_page', 'GET', '/repos/o/r/issues/1/comments', q('per_page=many'), undefined, /query per_page: "many" is not an integer/],
    ['an unknown query parameter', 'GET', '/repos/o/r/issues/1/comments', q('perpage=100'), undefined, /unknown query parameter perpage/],
    ['a state outside the enum', 'GET', '/repos/o/r/issues', q('state=any'), undefined, /query state: "any" is not one of open, closed, all/],
    ['a missing body', 'POST', '/repos/o/r/issues/1/comments', q(), undefined, /a request body is required/],
    ['a missing required property', 'PATCH', '/repos/o/r/issues/comments/7', q(), { text: 'x' }, /required property body is missing/],
    ['a property of the wrong type', 'POST', '/repos/o/r/issues/1/comments', q(), { body: 5 }, /body.body: expected string, got integer/],
    ['an unknown body property', 'PATCH', '/repos/o/r/issues/3', q(), { status: 'closed' }, /unknown property status/],
    ['an enum violation in the body', 'PATCH', '/repos/o/r/issues/3', q(), { state: 'done' }, /body.state: "done" is not one of open, closed/],
    ['labels that are not a list', 'POST', '/repos/o/r/issues', q(), { title: 't', labels: 'a' }, /body.labels: expected array, got string/],
    ['a body where none is taken', 'GET', '/user', q(), {}, /takes no request body/],
  ])('rejects %s', (_name, method, path, query, body, error) => {
    const { errors } = validateRequest(method, path, query, body, body !== undefined);
    expect(errors).toEqual(expect.arrayContaining([expect.stringMatching(error)]));
  });
});

describe('the fake server', () => {
  let gh: FakeGitHub;
  beforeEach(async () => {
    gh = await startFakeGitHub();
    gh.addToken('t', 'octocat');
  });
  afterEach(() => gh.close());

  const get = (path: string) => fetch(`${gh.url}${path}`, { headers: { authorization: 'token t' } });

  it('paginates like GitHub, with Link headers and per_page capped at 100', async () => {
    const pr = gh.addPullRequest('o/r');
    for (let i = 0; i < 205; i++) gh.addComment('o/r', pr, 'a', `c${i}`);
    const first = await get(`/repos/o/r/issues/${pr}/comments?per_page=500`);
    expect(((await first.json()) as unknown[]).length).toBe(100);
    expect(first.headers.get('link')).toBe(
      `<${gh.url}/repos/o/r/issues/1/comments?per_page=500&page=2>; rel="next", <${gh.url}/repos/o/r/issues/1/comments?per_page=500&page=3>; rel="last"`,
    );
    const last = await get(`/repos/o/r/issues/${pr}/comments?per_page=100&page=3`);
    expect(((await last.json()) as Array<{ body: string }>).map((c) => c.body)).toEqual(['c200', 'c201', 'c202', 'c203', 'c204']);
    expect(last.headers.get('link')).toBe(
      `<${gh.url}/repos/o/r/issues/1/comments?per_page=100&page=2>; rel="prev", <${gh.url}/repos/o/r/issues/1/comments?per_page=100&page=1>; rel="first"`,
    );
    expect(gh.violations).toEqual([]);
  });

  it('answers an invalid request 400 and lists it as a violation', async () => {
    const res = await get('/repos/o/r/issues/1/comments?perpage=5');
    expect(res.status).toBe(400);
    expect(gh.violations).toEqual(['GET /repos/{owner}/{repo}/issues/{issue_number}/comments: unknown query parameter perpage']);
  });

  it('answers a chosen fault with its headers, as many times as asked', async () => {
    gh.addPullRequest('o/r');
    gh.fail({ path: /comments$/, status: 429, headers: { 'retry-after': '7' }, times: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await get('/repos/o/r/issues/1/comments');
      statuses.push(res.status);
      if (res.status === 429) expect(res.headers.get('retry-after')).toBe('7');
    }
    expect(statuses).toEqual([429, 429, 200]);
  });
});
