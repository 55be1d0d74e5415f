/**
 * suggest-fixes: the `fix` command's mechanical rewrites of the files a pull request changes, posted as one review of
 * suggestions on the lines it changes (src/github/review.ts), with one log line saying what happened.
 *
 * What is read, and how:
 * - only files the pull request lists (not removed), that are YAML or JSON manifests the scan flagged with a removed
 *   or deprecated API, and that are not Helm chart templates (`fix` only advises on those; so do the comment and
 *   the annotations);
 * - each through the workspace box (a regular file whose real path is inside the workspace, at most the default
 *   file size), never anything outside the workspace;
 * - only when its bytes are the pull request head's (their git blob id is the one GitHub lists): a suggestion's
 *   lines are the head's, so a workspace holding another version of the file (the merge commit after the base
 *   changed it, or the base itself) gets none.
 * Moves a kustomize selector of the workspace would stop matching are refused, as `fix` refuses them.
 */
import { join } from 'node:path';
import type { ScanResult } from '../app/result.js';
import { discover } from '../discovery/discover.js';
import { readSelectors, selectorGuard } from '../fix/kustomize-targets.js';
import { MANIFEST, manifestText, underChartTemplates } from '../fix/run.js';
import { suggestFixes, type Suggestion } from '../fix/suggest.js';
import { resolveSelfLogin, type GitHubClient } from '../github/client.js';
import { gitBlobId, rightSideRanges, type ChangedFiles } from '../github/pull-request.js';
import { upsertSuggestionReview, type SuggestionReviewResult } from '../github/review.js';
import type { Repository } from '../github/sinks.js';
import { DEFAULT_MAX_FILE_BYTES } from '../settings/scan.js';
import { WorkspaceBox } from '../workspace/box.js';
import type { ActionIo } from './io.js';
import { plural } from './log.js';

/** At most this many suggestions in one review; the others wait for a later run (after these are applied). */
export const MAX_SUGGESTIONS = 50;

export interface SuggestJob {
  client: GitHubClient;
  repo: Repository;
  pullNumber: number;
  /** The pull request's head commit; without it nothing is suggested. */
  headSha: string | null;
  changed: ChangedFiles;
  result: ScanResult;
  root: string;
}

interface Collected {
  suggestions: Suggestion[];
  files: number;
  outside: number;
  /** Files skipped because the workspace does not hold the head's version of them. */
  stale: number;
  /** Over MAX_SUGGESTIONS. */
  overLimit: number;
}

const API_RULES = new Set(['removed-api', 'deprecated-api']);

async function collect(io: ActionIo, job: SuggestJob): Promise<Collected> {
  const out: Collected = { suggestions: [], files: 0, outside: 0, stale: 0, overLimit: 0 };
  const flagged = new Set(job.result.findings.filter((f) => API_RULES.has(f.ruleId) && f.file !== null).map((f) => f.file));
  const candidates = job.changed.list
    .filter((f) => f.status !== 'removed' && MANIFEST.test(f.filename) && flagged.has(f.filename))
    .sort((a, b) => (a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0));
  if (candidates.length === 0) return out;
  const box = await WorkspaceBox.open(io.fs, job.root);
  const found = await discover(io.fs, { root: job.root, paths: ['.'], include: [], exclude: [], maxFileBytes: DEFAULT_MAX_FILE_BYTES });
  const guard = selectorGuard(await readSelectors(io.fs, box, found.kustomizations));
  const catalog = io.catalogs().api;
  for (const f of candidates) {
    const c = await box.check(join(job.root, f.filename), 'file');
    if (!c.ok || (await underChartTemplates(box, c.rel))) continue;
    const st = await io.fs.stat(c.real).catch(() => null);
    if (st === null || st.size > DEFAULT_MAX_FILE_BYTES) continue;
    let bytes: Uint8Array;
    try {
      bytes = await io.fs.readFile(c.real);
    } catch {
      continue;
    }
    if (f.sha === null || gitBlobId(bytes, f.sha) !== f.sha) {
      out.stale++;
      continue;
    }
    const text = manifestText(bytes);
    if (text === null) continue;
    const r = suggestFixes({ path: f.filename, text, ranges: f.patch === null ? null : rightSideRanges(f.patch) }, job.result.target, catalog, guard);
    out.outside += r.outside;
    const room = MAX_SUGGESTIONS - out.suggestions.length;
    out.overLimit += Math.max(0, r.suggestions.length - room);
    if (room > 0 && r.suggestions.length > 0) {
      out.suggestions.push(...r.suggestions.slice(0, room));
      out.files++;
    }
  }
  return out;
}

function summaryOf(c: Collected, target: string): string {
  const n = c.suggestions.length;
  return (
    `kube-upgrade-gate suggests ${n} mechanical ${n === 1 ? 'fix' : 'fixes'} for Kubernetes ${target} on the lines this pull request changes. ` +
    'Each moves an object off a removed or deprecated apiVersion to one that means the same for it, with the new text read back and ' +
    'compared before it is offered, so applying them is safe; `kube-upgrade-gate fix` makes the same changes locally. ' +
    'Each run replaces this review with its own.'
  );
}

/** Posts (or replaces, or clears) the review of fix suggestions, logs one line and sets the `suggestions` output. */
export async function suggestFixesOnPullRequest(io: ActionIo, job: SuggestJob): Promise<SuggestionReviewResult | null> {
  if (job.headSha === null) {
    io.info("Fix suggestions: skipped (the pull request's head commit is not known).");
    return null;
  }
  const c = await collect(io, job);
  const selfLogin = await resolveSelfLogin(job.client);
  const res = await upsertSuggestionReview(job.client, {
    owner: job.repo.owner,
    repo: job.repo.repo,
    pullNumber: job.pullNumber,
    headSha: job.headSha,
    selfLogin,
    suggestions: c.suggestions,
    summary: summaryOf(c, job.result.target),
  });
  io.setOutput('suggestions', String(res.posted));
  if (res.action === 'skipped') {
    io.warning(res.warning ?? 'suggestions skipped: the token cannot write');
    return res;
  }
  const notes = [
    c.outside > 0 ? `${c.outside} ${c.outside === 1 ? 'fix' : 'fixes'} outside the changed lines not suggested` : null,
    c.overLimit > 0 ? `${c.overLimit} more over the limit of ${MAX_SUGGESTIONS} per review` : null,
    c.stale > 0 ? `${plural(c.stale, 'file')} not as at the pull request's head in the workspace, not suggested on` : null,
  ].filter((x): x is string => x !== null);
  io.info(`Fix suggestions: ${res.action} (${plural(res.posted, 'suggestion')} on ${plural(res.posted === 0 ? 0 : c.files, 'file')}${notes.map((n) => `; ${n}`).join('')}).`);
  return res;
}
