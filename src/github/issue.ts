/**
 * The tracking issue of scheduled advisory checks: one issue that is open while something blocks the upgrade.
 *
 * The issue is recognised by its label, a hidden marker line (`<!-- kube-upgrade-gate:tracking sha256=… -->`) and
 * its author being the token's own account. Issues are read through the repository's issue list (all states,
 * filtered by the label, every page; pull requests dropped), never through search, whose index lags behind.
 * The marker carries a SHA-256 of the title and body written, so "has it changed" needs no second request and
 * edits made by people to the issue are not overwritten while the scan's content stays the same.
 *
 * - blocked, no issue: create it (with the label) → `created`;
 * - blocked, open issue: edit it when the content changed → `updated`, else `unchanged`;
 * - blocked, only a closed issue: reopen it with the new content → `reopened`;
 * - not blocked, open issue: comment why and close it (reason "completed") → `closed`;
 * - not blocked, issue closed or absent: nothing → `none`.
 * When several match, the oldest open one is used, or else the most recent closed one.
 *
 * Needs only `issues: write`. Errors are thrown, with the permission named for a 403/404.
 */
import { createHash } from 'node:crypto';
import { GITHUB_BODY_LIMIT } from '../reporters/comment.js';
import { httpStatus, sameLogin, type GitHubClient } from './client.js';
import { markerHash, markerLine } from './comment.js';
import { clip } from '../reporters/escape-md.js';

export const TRACKING_MARKER = 'kube-upgrade-gate:tracking';
export const DEFAULT_CLOSE_COMMENT = 'The latest scheduled check found no upgrade blocker, so this issue is closed. It is reopened if a blocker comes back.';

export interface TrackingIssueOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The label that marks the issue (one label, no comma). */
  label: string;
  /** The marker's text, without `<!--`/`-->` and the hash; default `TRACKING_MARKER`. */
  marker?: string;
  /** The token's own login (see `resolveSelfLogin`). */
  selfLogin: string;
  title: string;
  /** The Markdown to show (without the marker; it is added as the first line). */
  body: string;
  /** Whether the check found a blocker. */
  blocked: boolean;
  /** The comment written when the issue is closed; default `DEFAULT_CLOSE_COMMENT`. */
  closeComment?: string;
  /**
   * What "changed" means, when title and body hold text that changes on every run (dates, run links): the issue is
   * edited only when this key changes. Default: the title and body themselves.
   */
  contentKey?: string;
}

export interface TrackingIssueResult {
  action: 'created' | 'updated' | 'unchanged' | 'reopened' | 'closed' | 'none';
  number?: number;
  url?: string;
}

interface Issue {
  number: number;
  state: string;
  title: string;
  body?: string | null;
  html_url: string;
  user: { login: string } | null;
  pull_request?: unknown;
}

/** SHA-256 (hex) of what the issue shows: title and body, line endings normalised. */
export function contentHash(title: string, body: string): string {
  const norm = (t: string): string => t.replace(/\r\n?/g, '\n').trimEnd();
  return createHash('sha256').update(JSON.stringify([norm(title), norm(body)])).digest('hex');
}

export async function syncTrackingIssue(opts: TrackingIssueOptions): Promise<TrackingIssueResult> {
  const { octokit, owner, repo, label, selfLogin } = opts;
  const marker = opts.marker ?? TRACKING_MARKER;
  if (label === '' || label.includes(',') || label.length > 50) throw new Error(`invalid tracking label: ${JSON.stringify(label)}`);
  const hash = opts.contentKey !== undefined ? contentHash('key', opts.contentKey) : contentHash(opts.title, opts.body);
  const prefix = markerLine(marker).slice(0, -' -->'.length);
  const body = clip(`${prefix} sha256=${hash} -->\n${opts.body.trimEnd()}\n`, GITHUB_BODY_LIMIT);
  const title = clip(opts.title.replace(/[\r\n]+/g, ' '), 256);

  try {
    const issues = (
      (await octokit.paginate('GET /repos/{owner}/{repo}/issues', { owner, repo, state: 'all', labels: label, per_page: 100 })) as Issue[]
    ).filter((i) => i.pull_request === undefined && sameLogin(i.user?.login, selfLogin) && markerHash(i.body, marker) !== null);
    const open = issues.filter((i) => i.state === 'open').sort((a, b) => a.number - b.number)[0];
    const closed = issues.filter((i) => i.state !== 'open').sort((a, b) => b.number - a.number)[0];

    if (!opts.blocked) {
      if (open === undefined) return { action: 'none', ...(closed ? { number: closed.number, url: closed.html_url } : {}) };
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: open.number,
        body: opts.closeComment ?? DEFAULT_CLOSE_COMMENT,
      });
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner,
        repo,
        issue_number: open.number,
        state: 'closed',
        state_reason: 'completed',
      });
      return { action: 'closed', number: open.number, url: open.html_url };
    }

    if (open !== undefined) {
      if (markerHash(open.body, marker) === hash) return { action: 'unchanged', number: open.number, url: open.html_url };
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: open.number, title, body });
      return { action: 'updated', number: open.number, url: open.html_url };
    }
    if (closed !== undefined) {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
        owner,
        repo,
        issue_number: closed.number,
        title,
        body,
        state: 'open',
        state_reason: 'reopened',
      });
      return { action: 'reopened', number: closed.number, url: closed.html_url };
    }
    const res = await octokit.request('POST /repos/{owner}/{repo}/issues', { owner, repo, title, body, labels: [label] });
    return { action: 'created', number: res.data.number, url: res.data.html_url };
  } catch (error) {
    const status = httpStatus(error);
    if ((status === 403 || status === 404) && !/rate limit/i.test(String((error as { message?: unknown }).message))) {
      throw new Error(`tracking issue: the token cannot read or write this repository's issues (HTTP ${status}); the job needs "permissions: issues: write"`, { cause: error });
    }
    throw error;
  }
}
