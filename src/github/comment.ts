/**
 * The sticky pull request comment: one comment per pull request that always shows the latest scan.
 *
 * The comment is recognised by two things together: a hidden marker (an HTML comment on a line of its own, e.g.
 * `<!-- kube-upgrade-gate:comment v1 -->`) and its author being the token's own account, so a comment by anyone
 * else that quotes the marker is never touched. Every page of the pull request's comments is read.
 *
 * - No comment yet: it is created, unless the result is clean (then nothing is written: action `unchanged`).
 * - A comment exists: it is edited only when its text differs; a clean result edits it to say so. It is never
 *   deleted, so the conversation keeps its history.
 * - Several own marked comments (e.g. two runs raced): the oldest is kept up to date and the others are left alone;
 *   deleting or editing them would hide what reviewers may already have replied to.
 * - The token may not read or write (403/404, typically the read-only GITHUB_TOKEN of a pull request from a fork):
 *   action `skipped` with a warning, no exception. Other errors (after the client's retries) are thrown.
 */
import { createHash } from 'node:crypto';
import { GITHUB_BODY_LIMIT } from '../reporters/comment.js';
import { clip } from '../reporters/escape-md.js';
import { httpStatus, sameLogin, type GitHubClient } from './client.js';

export const COMMENT_MARKER = 'kube-upgrade-gate:comment v1';

export interface StickyCommentOptions {
  octokit: GitHubClient;
  owner: string;
  repo: string;
  /** The pull request number. */
  issueNumber: number;
  /** The Markdown to show (without the marker; it is added as the first line). */
  body: string;
  /** The marker's text, without `<!--`/`-->`; default `COMMENT_MARKER`. */
  marker?: string;
  /** The token's own login (see `resolveSelfLogin`). */
  selfLogin: string;
  /** `body` says the pull request is clean: update an existing comment with it, but create none for it. */
  clean?: boolean;
  /**
   * What "changed" means when the body holds text that differs on every run (the run's link): the marker line then
   * carries a SHA-256 of this key, and the comment is edited only when the key changes. Default: the body itself.
   */
  contentKey?: string;
}

export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  /** The comment's web address, when there is one. */
  url?: string;
  /** Why nothing was written, for `skipped`. */
  warning?: string;
}

interface IssueComment {
  id: number;
  body?: string | null;
  html_url: string;
  created_at: string;
  user: { login: string } | null;
}

/** The marker as the HTML comment line written into bodies. Marker text is plain: letters, digits, spaces, `.:_=-`. */
export function markerLine(marker: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9 .:_=-]*$/.test(marker) || marker.includes('--') || marker.length > 80) {
    throw new Error(`invalid marker text: ${JSON.stringify(marker)}`);
  }
  return `<!-- ${marker} -->`;
}

/** The marker line carrying a SHA-256 (hex) of what the body is about: `<!-- marker sha256=… -->`. */
export function hashedMarkerLine(marker: string, hash: string): string {
  return `${markerLine(marker).slice(0, -' -->'.length)} sha256=${hash} -->`;
}

/**
 * The hash on a body's marker line (`<!-- marker sha256=… -->`): '' when the line has none, null when the body has no
 * marker line.
 */
export function markerHash(body: string | null | undefined, marker: string): string | null {
  if (typeof body !== 'string') return null;
  const bare = markerLine(marker);
  const prefix = `${bare.slice(0, -' -->'.length)} sha256=`;
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === bare) return '';
    const hash = line.startsWith(prefix) && line.endsWith(' -->') ? line.slice(prefix.length, -' -->'.length) : null;
    if (hash !== null && /^[0-9a-f]{64}$/.test(hash)) return hash;
  }
  return null;
}

/** SHA-256 (hex) of a content key. */
function keyHash(key: string): string {
  return createHash('sha256').update(key.replace(/\r\n?/g, '\n').trimEnd()).digest('hex');
}

/** The text GitHub keeps for a body, for comparing: line endings normalised, trailing whitespace dropped. */
function normalise(body: string): string {
  return body.replace(/\r\n?/g, '\n').trimEnd();
}

/** The warning for a 403/404: `<subject> skipped: the token cannot <what>`, with the fork hint for a 403. */
export function warningFor(error: unknown, status: number, what: string, subject = 'comment'): string {
  if (/rate limit/i.test(String((error as { message?: unknown }).message))) {
    return `${subject} skipped: GitHub's rate limit was still exceeded after the retries allowed (HTTP ${status})`;
  }
  const hint = status === 403 ? ' (a pull request from a fork gets a read-only token; see the README for the two-workflow setup)' : '';
  return `${subject} skipped: the token cannot ${what} (HTTP ${status})${hint}`;
}

export async function upsertStickyComment(opts: StickyCommentOptions): Promise<StickyCommentResult> {
  const { octokit, owner, repo, issueNumber, selfLogin } = opts;
  const marker = opts.marker ?? COMMENT_MARKER;
  const line = markerLine(marker);
  const hash = opts.contentKey !== undefined ? keyHash(opts.contentKey) : null;
  const top = hash === null ? line : hashedMarkerLine(marker, hash);
  const full = clip(`${top}\n${opts.body.trimEnd()}\n`, GITHUB_BODY_LIMIT);

  let comments: IssueComment[];
  try {
    comments = (await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner,
      repo,
      issue_number: issueNumber,
      per_page: 100,
    })) as IssueComment[];
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return { action: 'skipped', warning: warningFor(error, status, "read the pull request's comments") };
    throw error;
  }

  const own = comments
    .filter((c) => sameLogin(c.user?.login, selfLogin) && markerHash(c.body, marker) !== null)
    .sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.id - b.id);
  const existing = own[0];

  try {
    if (existing === undefined) {
      if (opts.clean === true) return { action: 'unchanged' };
      const res = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner,
        repo,
        issue_number: issueNumber,
        body: full,
      });
      return { action: 'created', url: res.data.html_url };
    }
    const same = hash !== null ? markerHash(existing.body, marker) === hash : normalise(existing.body ?? '') === normalise(full);
    if (same) return { action: 'unchanged', url: existing.html_url };
    const res = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner,
      repo,
      comment_id: existing.id,
      body: full,
    });
    return { action: 'updated', url: res.data.html_url };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return { action: 'skipped', warning: warningFor(error, status, 'write to this pull request') };
    throw error;
  }
}
