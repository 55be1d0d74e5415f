/**
 * The files a pull request changes, for `only-changed`, for ranking annotations and for fix suggestions: every page
 * of `GET /repos/{owner}/{repo}/pulls/{pull_number}/files` (GitHub lists at most 3,000 files; a larger pull request
 * is reported as `truncated`, and callers then treat every file as changed). Each listed file keeps its status, its
 * blob id at the head and its `patch` (GitHub leaves the patch out for a binary or too large diff).
 */
import { createHash } from 'node:crypto';
import type { GitHubClient } from './client.js';

/** GitHub's cap on the files the endpoint lists for one pull request. */
const PULL_REQUEST_FILES_CAP = 3000;

export interface ChangedFile {
  /** Repository-relative path at the head. */
  filename: string;
  /** added, removed, modified, renamed, copied, changed or unchanged. */
  status: string;
  /** The file's git blob id at the head; null when GitHub gives none. */
  sha: string | null;
  /** The unified diff's hunks; null for a binary or too large diff. */
  patch: string | null;
}

export interface ChangedFiles {
  /** Repository-relative paths, with a renamed file's old path too. */
  files: Set<string>;
  /** The pull request changes more files than GitHub lists. */
  truncated: boolean;
  /** Every listed file, in GitHub's order. */
  list: ChangedFile[];
}

interface PullFile {
  filename: string;
  previous_filename?: string;
  status?: string;
  sha?: string | null;
  patch?: string;
}

export async function listChangedFiles(octokit: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<ChangedFiles> {
  const list = (await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner, repo, pull_number: pullNumber, per_page: 100 })) as PullFile[];
  const files = new Set<string>();
  const out: ChangedFile[] = [];
  for (const f of list) {
    files.add(f.filename);
    if (typeof f.previous_filename === 'string') files.add(f.previous_filename);
    out.push({
      filename: f.filename,
      status: typeof f.status === 'string' ? f.status : 'modified',
      sha: typeof f.sha === 'string' && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(f.sha) ? f.sha : null,
      patch: typeof f.patch === 'string' ? f.patch : null,
    });
  }
  return { files, truncated: list.length >= PULL_REQUEST_FILES_CAP, list: out };
}

/**
 * The right-side (head) line ranges of a patch's hunks, from their `@@ -a,b +c,d @@` headers: lines c..c+d-1 (d is
 * 1 when left out; a hunk with d = 0 has no right-side line). Only a header line starts with `@@`: every line of a
 * hunk's body starts with a space, `+`, `-` or `\`.
 */
export function rightSideRanges(patch: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const line of patch.split('\n')) {
    const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (m === null) continue;
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    if (count > 0 && start > 0) out.push({ start, end: start + count - 1 });
  }
  return out;
}

/**
 * The git blob id of a file's bytes (`blob <size>\0<bytes>` hashed with SHA-1, or SHA-256 for a 64-digit id): equal
 * to a listed file's `sha` exactly when the bytes are the head's.
 */
export function gitBlobId(bytes: Uint8Array, like: string): string {
  return createHash(like.length === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Whether pull request `pullNumber` has `headSha` as its head commit: how a workflow_run job checks the number it was
 * handed (from an artifact the pull request's own workflow wrote, so chosen by whoever wrote that workflow) before it
 * comments with its write token. A pull request that does not exist is simply not a match.
 */
export async function pullRequestHasHead(octokit: GitHubClient, owner: string, repo: string, pullNumber: number, headSha: string): Promise<boolean> {
  try {
    const res = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { owner, repo, pull_number: pullNumber });
    return res.data.head.sha === headSha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return false;
    throw error;
  }
}
