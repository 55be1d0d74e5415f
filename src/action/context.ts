/**
 * What the runner says about the run: the repository, the commit, the run's address, the event and, for a pull
 * request, its number and commits. Read from the runner's environment variables and the event payload
 * (GITHUB_EVENT_PATH); nothing here talks to GitHub.
 *
 * The payload is the workflow's event, written by the runner, but its pull request fields (titles, branch names)
 * are chosen by whoever opened the pull request: only numbers and commit SHAs are taken from it, each checked.
 */
import { join } from 'node:path';
import type { FileSystem } from '../ports/index.js';

export interface PullRequestRef {
  number: number;
  /** The pull request's head commit; the comment links files at it. */
  headSha: string | null;
  /** The base commit the event names. */
  baseSha: string | null;
}

export interface RunContext {
  eventName: string;
  /** owner/repo, or null outside GitHub Actions. */
  repository: string | null;
  serverUrl: string;
  /** REST API root (GITHUB_API_URL; GitHub Enterprise Server's /api/v3 there). */
  apiUrl: string;
  /** The commit the workflow runs on (GITHUB_SHA); the job summary links files at it. */
  sha: string | null;
  runUrl: string | null;
  pullRequest: PullRequestRef | null;
  /** For workflow_run: the head commit of the run that triggered this one (the pull request's scan). */
  triggeringHeadSha: string | null;
}

const SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function text(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

function sha(v: unknown): string | null {
  const t = text(v);
  return t !== null && SHA.test(t) ? t : null;
}

function positiveInt(v: unknown): number | null {
  const n = typeof v === 'string' && /^\d{1,10}$/.test(v.trim()) ? Number(v.trim()) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** A pull request number given as text (an input, or a file from another workflow's artifact): digits only. */
export function parsePullRequestNumber(v: string): number | null {
  return positiveInt(v);
}

export async function readRunContext(env: Readonly<Record<string, string | undefined>>, fs: FileSystem): Promise<RunContext> {
  const eventName = text(env['GITHUB_EVENT_NAME']) ?? '';
  let payload: Record<string, unknown> = {};
  const path = text(env['GITHUB_EVENT_PATH']);
  if (path !== null) {
    try {
      const parsed = JSON.parse(new TextDecoder().decode(await fs.readFile(path))) as unknown;
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) payload = parsed as Record<string, unknown>;
    } catch {
      // No payload: nothing about a pull request is known.
    }
  }
  const repository = text(env['GITHUB_REPOSITORY']);
  const serverUrl = (text(env['GITHUB_SERVER_URL']) ?? 'https://github.com').replace(/\/+$/, '');
  const runId = positiveInt(env['GITHUB_RUN_ID'] ?? '');
  const attempt = positiveInt(env['GITHUB_RUN_ATTEMPT'] ?? '');
  return {
    eventName,
    repository: repository !== null && /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) ? repository : null,
    serverUrl,
    apiUrl: (text(env['GITHUB_API_URL']) ?? 'https://api.github.com').replace(/\/+$/, ''),
    sha: sha(env['GITHUB_SHA']),
    runUrl: repository !== null && runId !== null ? `${serverUrl}/${repository}/actions/runs/${runId}${attempt !== null && attempt > 1 ? `/attempts/${attempt}` : ''}` : null,
    pullRequest: pullRequestOf(eventName, payload),
    triggeringHeadSha: eventName === 'workflow_run' ? sha((payload['workflow_run'] as Record<string, unknown> | undefined)?.['head_sha']) : null,
  };
}

function pullRequestOf(eventName: string, payload: Record<string, unknown>): PullRequestRef | null {
  const obj = (v: unknown): Record<string, unknown> => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
  if (eventName === 'pull_request' || eventName === 'pull_request_target' || eventName === 'pull_request_review') {
    const pr = obj(payload['pull_request']);
    const number = positiveInt(pr['number']) ?? positiveInt(payload['number']);
    if (number === null) return null;
    return { number, headSha: sha(obj(pr['head'])['sha']), baseSha: sha(obj(pr['base'])['sha']) };
  }
  if (eventName === 'workflow_run') {
    // The run that uploaded the report. GitHub lists its pull requests only when they come from the same repository.
    const run = obj(payload['workflow_run']);
    const first = Array.isArray(run['pull_requests']) ? obj(run['pull_requests'][0]) : {};
    const number = positiveInt(first['number']);
    return number === null ? null : { number, headSha: sha(run['head_sha']), baseSha: sha(obj(first['base'])['sha']) };
  }
  return null;
}

/**
 * The commit checked out in the workspace, read from the `.git` directory actions/checkout leaves there (HEAD, then
 * the branch it names, loose or packed); null when it cannot be told (no `.git` directory, a worktree's `.git`
 * file, anything unexpected). No program is run.
 */
export async function checkedOutCommit(fs: FileSystem, workspace: string): Promise<string | null> {
  const git = join(workspace, '.git');
  const read = async (rel: string): Promise<string | null> => {
    try {
      const st = await fs.lstat(join(git, rel));
      if (!st.isFile || st.isSymbolicLink || st.size > 1024 * 1024) return null;
      return new TextDecoder().decode(await fs.readFile(join(git, rel)));
    } catch {
      return null;
    }
  };
  const head = (await read('HEAD'))?.trim() ?? null;
  if (head === null) return null;
  if (SHA.test(head)) return head;
  const m = /^ref: (refs\/[A-Za-z0-9._/-]+)$/.exec(head);
  if (m === null || m[1]!.split('/').some((seg) => seg === '' || seg === '.' || seg === '..')) return null;
  const ref = m[1]!;
  const loose = (await read(ref))?.trim() ?? null;
  if (loose !== null) return SHA.test(loose) ? loose : null;
  const packed = await read('packed-refs');
  for (const line of packed?.split('\n') ?? []) {
    const [id, name] = line.trim().split(' ');
    if (name === ref && id !== undefined && SHA.test(id)) return id;
  }
  return null;
}

export type CommentMode = 'auto' | 'always' | 'never';

export interface CommentDecision {
  comment: boolean;
  /** Why not, for the log; null when commenting. */
  reason: string | null;
}

/**
 * Whether to write the pull request comment.
 * - `never`: no. `always`: whenever a pull request is known (its number from the event or the `pull-request` input).
 * - `auto`: on `pull_request` events; on `pull_request_target` only when the workspace holds the base (the checked-out
 *   commit is GITHUB_SHA or the event's base SHA, and not the pull request's head), since that event runs with a
 *   token that can write and the pull request's own files must not be what runs with it.
 */
export function decideComment(mode: CommentMode, ctx: RunContext, pr: PullRequestRef | null, checkedOut: string | null): CommentDecision {
  if (mode === 'never') return { comment: false, reason: 'comment is never' };
  if (pr === null) return { comment: false, reason: 'no pull request is known for this event' };
  if (mode === 'always') return { comment: true, reason: null };
  if (ctx.eventName === 'pull_request') return { comment: true, reason: null };
  if (ctx.eventName === 'pull_request_target') {
    if (checkedOut === null) return { comment: false, reason: 'pull_request_target: cannot tell which commit is checked out' };
    if (pr.headSha !== null && checkedOut === pr.headSha) {
      return { comment: false, reason: "pull_request_target with the pull request's head checked out: no comment (see the README for the safe setup)" };
    }
    if (checkedOut === ctx.sha || checkedOut === pr.baseSha) return { comment: true, reason: null };
    return { comment: false, reason: 'pull_request_target: the checked-out commit is neither the base nor GITHUB_SHA' };
  }
  return { comment: false, reason: `comment auto does not comment on ${ctx.eventName || 'this'} events; set comment: always` };
}
