/**
 * Fix suggestions as one pull request review per run: a review (event `COMMENT`, on the head commit) whose comments
 * each hold a GitHub suggestion block replacing lines of the head's file, so a reviewer can apply them from the
 * pull request page. See https://docs.github.com/en/rest/pulls/reviews#create-a-review-for-a-pull-request and
 * https://docs.github.com/en/pull-requests/collaborating-with-pull-requests/reviewing-changes-in-pull-requests/incorporating-feedback-in-your-pull-request
 *
 * What is this action's own is recognised as in the sticky comment (comment.ts): the author is the token's login
 * AND the body has the hidden marker (`<!-- kube-upgrade-gate:review v1 sha256=… -->` on the review, whose hash is
 * of the suggestions; `<!-- kube-upgrade-gate:suggestion v1 -->` on each comment). Every page of the pull
 * request's reviews and review comments is read.
 *
 * - The newest own review has the same hash: nothing is written (`unchanged`).
 * - Otherwise the new review is posted, then the own marked suggestion comments read before it are deleted and each
 *   own earlier review is edited to say it was replaced (with a distinct `review-superseded` marker, so later runs
 *   leave it alone): `created`, or `replaced` when there was one. A refused review leaves the earlier one as it was. With no suggestions, nothing is posted (`cleared` when an older
 *   review was replaced, `unchanged` when there was none).
 * - 403/404 (the read-only token of a pull request from a fork): `skipped` with a warning, never an exception; a 422
 *   on the review (GitHub refusing a line as outside the diff) too. Other errors (after the client's retries) are
 *   thrown. A suggestion comment already deleted (404 on its deletion) is no error.
 */
import { createHash } from 'node:crypto';
import { GITHUB_BODY_LIMIT } from '../reporters/comment.js';
import { clip } from '../reporters/escape-md.js';
import { httpStatus, sameLogin, type GitHubClient } from './client.js';
import { hashedMarkerLine, markerHash, markerLine, warningFor } from './comment.js';

export const REVIEW_MARKER = 'kube-upgrade-gate:review v1';
export const SUPERSEDED_MARKER = 'kube-upgrade-gate:review-superseded v1';
export const SUGGESTION_MARKER = 'kube-upgrade-gate:suggestion v1';

/** One suggestion: replace the head's lines `startLine..line` of `path` (right side, one diff hunk) with `replacementLines`. */
export interface ReviewSuggestion {
  path: string;
  startLine: number;
  line: number;
  replacementLines: readonly string[];
  /** One sentence of Markdown, already safe to post (repository-controlled text escaped by the caller). */
  explanation: string;
}

export interface SuggestionReviewOptions {
  owner: string;
  repo: string;
  pullNumber: number;
  /** The pull request's head commit: the lines are the head's. */
  headSha: string;
  /** The token's own login (see `resolveSelfLogin`). */
  selfLogin: string;
  suggestions: readonly ReviewSuggestion[];
  /** One paragraph of Markdown for the review's body (how many, the target, why applying them is safe). */
  summary: string;
}

export interface SuggestionReviewResult {
  action: 'created' | 'replaced' | 'unchanged' | 'cleared' | 'skipped';
  /** The suggestions now on the pull request from this run (0 for skipped and cleared). */
  posted: number;
  /** The review's web address, when there is one. */
  url?: string;
  /** Why nothing (or not everything) was written, for `skipped`. */
  warning?: string;
}

interface Review {
  id: number;
  body?: string | null;
  html_url: string;
  submitted_at?: string | null;
  user: { login: string } | null;
}

interface ReviewComment {
  id: number;
  body?: string | null;
  user: { login: string } | null;
}

const SUBJECT = 'suggestions';

/** A code fence longer than any run of backticks in `lines` (at least three). */
export function fenceFor(lines: readonly string[]): string {
  let longest = 0;
  for (const l of lines) for (const m of l.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A suggestion comment's body: the marker line, the explanation, and the suggestion block. */
export function suggestionBody(s: ReviewSuggestion): string {
  const fence = fenceFor(s.replacementLines);
  const block = s.replacementLines.length > 0 ? `${s.replacementLines.join('\n')}\n` : '';
  return `${markerLine(SUGGESTION_MARKER)}\n${clip(s.explanation.replace(/\s+/g, ' ').trim(), 2000)}\n\n${fence}suggestion\n${block}${fence}\n`;
}

/** SHA-256 (hex) of the suggestions, in order: what a review is about. */
export function suggestionsHash(suggestions: readonly ReviewSuggestion[]): string {
  const key = suggestions.map((s) => [s.path, s.startLine, s.line, s.replacementLines, s.explanation]);
  return createHash('sha256').update(JSON.stringify(key)).digest('hex');
}

function supersededBody(cleared: boolean): string {
  const why = cleared ? "Replaced by a newer run's check, which found no fix to suggest on the lines this pull request changes." : "Replaced by a newer run's suggestions.";
  return `${markerLine(SUPERSEDED_MARKER)}\n${why}\n`;
}

export async function upsertSuggestionReview(octokit: GitHubClient, opts: SuggestionReviewOptions): Promise<SuggestionReviewResult> {
  const { owner, repo, pullNumber, selfLogin } = opts;
  const where = { owner, repo, pull_number: pullNumber };
  // A comment GitHub would refuse for its size is left out rather than failing the review.
  const suggestions = opts.suggestions.filter((s) => suggestionBody(s).length <= GITHUB_BODY_LIMIT);
  const hash = suggestionsHash(suggestions);

  let reviews: Review[];
  let comments: ReviewComment[];
  try {
    reviews = (await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', { ...where, per_page: 100 })) as Review[];
    comments = (await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', { ...where, per_page: 100 })) as ReviewComment[];
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return { action: 'skipped', posted: 0, warning: warningFor(error, status, "read the pull request's reviews", SUBJECT) };
    throw error;
  }

  const own = reviews
    .filter((r) => sameLogin(r.user?.login, selfLogin) && markerHash(r.body, REVIEW_MARKER) !== null)
    .sort((a, b) => Date.parse(a.submitted_at ?? '') - Date.parse(b.submitted_at ?? '') || a.id - b.id);
  const ownComments = comments.filter((c) => sameLogin(c.user?.login, selfLogin) && markerHash(c.body, SUGGESTION_MARKER) !== null);
  const newest = own.at(-1);
  if (suggestions.length > 0 && newest !== undefined && markerHash(newest.body, REVIEW_MARKER) === hash) {
    return { action: 'unchanged', posted: suggestions.length, url: newest.html_url };
  }
  if (suggestions.length === 0 && own.length === 0 && ownComments.length === 0) return { action: 'unchanged', posted: 0 };

  try {
    // The new review first: should GitHub refuse it, the earlier suggestions stay as they were.
    let url: string | undefined;
    if (suggestions.length > 0) {
      const replaced = own.length > 0 ? ' It replaces the suggestions of an earlier run.' : '';
      const res = await octokit.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
        ...where,
        commit_id: opts.headSha,
        event: 'COMMENT',
        body: clip(`${hashedMarkerLine(REVIEW_MARKER, hash)}\n${opts.summary.trim()}${replaced}\n`, GITHUB_BODY_LIMIT),
        comments: suggestions.map((s) => ({
          path: s.path,
          line: s.line,
          side: 'RIGHT' as const,
          ...(s.startLine < s.line ? { start_line: s.startLine, start_side: 'RIGHT' as const } : {}),
          body: suggestionBody(s),
        })),
      });
      url = res.data.html_url;
    }
    // Then the earlier ones (read before the new review was posted) go.
    for (const c of ownComments) {
      try {
        await octokit.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', { owner, repo, comment_id: c.id });
      } catch (error) {
        if (httpStatus(error) !== 404) throw error; // already gone
      }
    }
    for (const r of own) {
      await octokit.request('PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}', { ...where, review_id: r.id, body: supersededBody(suggestions.length === 0) });
    }
    if (suggestions.length === 0) return { action: 'cleared', posted: 0 };
    return { action: own.length > 0 ? 'replaced' : 'created', posted: suggestions.length, ...(url !== undefined ? { url } : {}) };
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 404) return { action: 'skipped', posted: 0, warning: warningFor(error, status, 'write to this pull request', SUBJECT) };
    if (status === 422) {
      return {
        action: 'skipped',
        posted: 0,
        warning: `${SUBJECT} skipped: GitHub refused the review (HTTP 422), typically because a suggested line is not part of the pull request's diff at ${opts.headSha.slice(0, 12)} (the head moved since the checkout?)`,
      };
    }
    throw error;
  }
}
