/**
 * The files a pull request changes, for `only-changed` and for ranking annotations: every page of
 * `GET /repos/{owner}/{repo}/pulls/{pull_number}/files` (GitHub lists at most 3,000 files; a larger pull request
 * is reported as `truncated`, and callers then treat every file as changed).
 */
import type { GitHubClient } from './client.js';

/** GitHub's cap on the files the endpoint lists for one pull request. */
const PULL_REQUEST_FILES_CAP = 3000;

export interface ChangedFiles {
  /** Repository-relative paths, with a renamed file's old path too. */
  files: Set<string>;
  /** The pull request changes more files than GitHub lists. */
  truncated: boolean;
}

interface PullFile {
  filename: string;
  previous_filename?: string;
}

export async function listChangedFiles(octokit: GitHubClient, owner: string, repo: string, pullNumber: number): Promise<ChangedFiles> {
  const list = (await octokit.paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { owner, repo, pull_number: pullNumber, per_page: 100 })) as PullFile[];
  const files = new Set<string>();
  for (const f of list) {
    files.add(f.filename);
    if (typeof f.previous_filename === 'string') files.add(f.previous_filename);
  }
  return { files, truncated: list.length >= PULL_REQUEST_FILES_CAP };
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
