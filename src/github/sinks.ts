/**
 * What the action writes to GitHub besides the step's own annotations and summary: the sticky pull request comment
 * and the tracking issue of scheduled checks, each made from the scan result.
 */
import type { ScanResult } from '../app/result.js';
import { summarize, type Finding } from '../findings/types.js';
import { ruleMeta } from '../rules/index.js';
import { isClean, renderCommentBody, type CommentContext } from '../reporters/comment.js';
import { fingerprintAll } from '../reporters/sarif.js';
import { resolveSelfLogin, type GitHubClient } from './client.js';
import { upsertStickyComment, type StickyCommentResult } from './comment.js';
import { syncTrackingIssue, type TrackingIssueResult } from './issue.js';

export interface Repository {
  owner: string;
  repo: string;
}

export function splitRepository(full: string): Repository {
  const [owner = '', repo = ''] = full.split('/');
  return { owner, repo };
}

/**
 * The sticky comment: created on the first finding (or when it has a change record to show), edited when the result
 * changes (to say clean when it is).
 */
export async function commentOnPullRequest(
  octokit: GitHubClient,
  where: Repository & { pullRequest: number },
  result: ScanResult,
  ctx: CommentContext,
): Promise<StickyCommentResult> {
  const selfLogin = await resolveSelfLogin(octokit);
  return upsertStickyComment({
    octokit,
    owner: where.owner,
    repo: where.repo,
    issueNumber: where.pullRequest,
    body: renderCommentBody(result, ctx),
    selfLogin,
    // A change record to show is reason enough for a comment on a pull request that changes the clusters.
    clean: isClean(result) && ctx.plan === undefined,
    // Each run has its own link (and a change record its own date): a comment whose findings and record did not
    // change is not edited for them.
    contentKey: renderCommentBody(result, { ...ctx, runUrl: '', ...(ctx.plan ? { plan: { ...ctx.plan, intro: '' } } : {}) }),
  });
}

const TRACKING_TITLE = 'Kubernetes upgrade: declared clusters need attention';

/** The result with only its findings about the declared clusters (and the advisory source). */
function clusterResult(result: ScanResult): ScanResult {
  const findings = result.findings.filter((f) => ruleMeta(f.ruleId)?.gate !== 'files');
  return { ...result, findings, summary: summarize(findings, result.summary.files, result.summary.documents) };
}

/**
 * What the tracking issue is about, without what changes from one run to the next (dates, run links, wording): each
 * finding's identity and severity, and each cluster's versions and recommended target. The issue is edited only
 * when this changes.
 */
function trackingKey(result: ScanResult): string {
  const findings = result.findings;
  const prints = fingerprintAll(findings);
  return JSON.stringify({
    findings: findings.map((f: Finding, i) => [prints[i], f.severity]).sort(),
    clusters: result.clusters.map((c) => [c.name, c.version, c.target, c.recommendedTarget, [...c.blockingAdvisories].sort(), c.supported]),
  });
}

/** The tracking issue: open while `blocked`, edited when what blocks changes, closed with a comment once clean. */
export async function trackClusters(
  octokit: GitHubClient,
  where: Repository & { label: string },
  result: ScanResult,
  blocked: boolean,
  ctx: CommentContext,
): Promise<TrackingIssueResult> {
  const selfLogin = await resolveSelfLogin(octokit);
  const clusters = clusterResult(result);
  return syncTrackingIssue({
    octokit,
    owner: where.owner,
    repo: where.repo,
    label: where.label,
    selfLogin,
    title: TRACKING_TITLE,
    body: renderCommentBody(clusters, ctx),
    blocked,
    contentKey: trackingKey(clusters),
  });
}
