/**
 * Everything the action does with a result: the log, the report files, the outputs, the annotations, the job
 * summary, the pull request comment, the tracking issue, and the verdict.
 */
import type { ScanResult } from '../app/result.js';
import { blockingFindings } from '../app/run.js';
import type { Finding } from '../findings/types.js';
import { ruleMeta } from '../rules/index.js';
import { emitAnnotations, selectAnnotations } from '../github/annotations.js';
import { writeJobSummary } from '../github/summary.js';
import { createGitHubClient, httpStatus, type GitHubClient } from '../github/client.js';
import { listChangedFiles, pullRequestHasHead, type ChangedFiles } from '../github/pull-request.js';
import { commentOnPullRequest, splitRepository, trackClusters } from '../github/sinks.js';
import type { GateThresholds } from '../settings/scan.js';
import { logLine } from '../reporters/text.js';
import { checkedOutCommit, decideComment, type RunContext } from './context.js';
import { INPUT, type GitHubInputs } from './inputs.js';
import type { ActionIo } from './io.js';
import { logTextReport, plural } from './log.js';
import { reportPaths, writePlan, writeReports } from './report-files.js';
import type { PlanOutcome } from './scan.js';
import { planProvenance, renderClusterPlanMarkdown, type PlanRecord } from '../plan/index.js';
import type { CommentPlan } from '../reporters/comment.js';
import { suggestFixesOnPullRequest } from './suggest.js';

export interface ActionOutcome {
  result: ScanResult;
  reportPath: string;
  failed: boolean;
}

export interface PublishInput {
  inputs: GitHubInputs;
  run: RunContext;
  result: ScanResult;
  plan: PlanOutcome | null;
  gates: GateThresholds;
  root: string;
}

export async function publish(io: ActionIo, job: PublishInput): Promise<ActionOutcome | null> {
  const { inputs, run, result, gates, root, plan } = job;
  logTextReport(io, result);
  const paths = reportPaths(io.env, root, inputs.sarifFile);
  if (!(await writeReports(io, result, paths))) return null;
  if (plan !== null) {
    const written = await writePlan(io, plan.record, paths);
    if (written === null) return null;
    io.setOutput('plan-file', written.markdown);
    io.setOutput('plan-json', written.json);
    io.info(logLine(`Change record for ${plural(plan.record.clusters.length, 'cluster')} written to ${written.markdown}.`));
  }
  io.setOutput('errors', String(result.summary.errors));
  io.setOutput('warnings', String(result.summary.warnings));
  io.setOutput('report-json', paths.json);
  io.setOutput('sarif-file', paths.sarif);

  // One part of a sharded scan: the merge step annotates, summarises and decides for the whole.
  if (result.shard) {
    io.info(logLine(`Part ${result.shard.index} of ${result.shard.count}: report written to ${paths.json}; run the action with mode: merge over every part's report.`));
    return { result, reportPath: paths.json, failed: false };
  }

  const github = lazyClient(io, inputs, run);
  // A number given as an input (a workflow_run job read it from the scan's artifact) is checked before it is used.
  const given = run.pullRequest === null && inputs.pullRequest !== null;
  let pr = run.pullRequest ?? (inputs.pullRequest !== null ? { number: inputs.pullRequest, headSha: run.triggeringHeadSha, baseSha: null } : null);
  const repo = run.repository !== null ? splitRepository(run.repository) : null;
  if (given && pr !== null && repo !== null && run.eventName === 'workflow_run' && inputs.comment !== 'never') {
    const client = github();
    let matches = false;
    try {
      matches = client !== null && pr.headSha !== null && (await pullRequestHasHead(client, repo.owner, repo.repo, pr.number, pr.headSha));
    } catch (err) {
      io.warning(`could not read pull request ${pr.number} (${describe(err)})`);
    }
    if (!matches) {
      io.warning(`comment skipped: pull request ${pr.number} (from ${INPUT.pullRequest}) does not have the head commit of the run that made the report`);
      pr = null;
    }
  }

  // The files the pull request changes: ranked first, and with only-changed the only files that are gated.
  let changed: Set<string> | null = null;
  let listed: ChangedFiles | null = null;
  if (pr !== null && repo !== null && (inputs.onlyChanged || inputs.token !== '')) {
    const client = github();
    if (client !== null) {
      try {
        const list = await listChangedFiles(client, repo.owner, repo.repo, pr.number);
        listed = list;
        changed = list.truncated ? null : list.files;
        if (list.truncated && inputs.onlyChanged) io.warning(`${INPUT.onlyChanged}: the pull request changes more files than GitHub lists; every file is checked`);
      } catch (err) {
        // Without only-changed the list only orders the annotations: a token that may not read it is no reason to warn.
        if (inputs.onlyChanged) io.warning(`${INPUT.onlyChanged}: could not list the pull request's changed files (${describe(err)}); every file is checked`);
        else io.info(`Could not list the pull request's changed files (${describe(err)}); annotations are not ordered by them.`);
      }
    }
  } else if (inputs.onlyChanged) {
    io.info(`${INPUT.onlyChanged}: no pull request is known for this event; every file is checked`);
  }
  const inScope = inputs.onlyChanged && changed !== null ? scopeTo(changed) : () => true;

  const blocking = blockingFindings(result, gates, inScope);
  const failed = blocking.length > 0;
  // The failure message below is an error annotation too: keep a slot for it.
  const annotations = selectAnnotations(result.findings.filter(inScope), {
    reserved: { error: failed ? 1 : 0 },
    changed,
    elsewhere: { summary: io.summary !== null, sarif: paths.sarif, json: paths.json },
  });
  emitAnnotations(annotations, io.annotations);

  if (io.summary) {
    try {
      const links = run.repository !== null && run.sha !== null ? { serverUrl: run.serverUrl, repository: run.repository, sha: run.sha } : undefined;
      const appendix = plan !== null ? planAppendix(plan.record) : null;
      await writeJobSummary(result, io.summary, { ...(links ? { links } : {}), ...(appendix !== null ? { appendix } : {}) });
    } catch (err) {
      io.warning(`Could not write the job summary: ${(err as Error).message}`);
    }
  }

  const finish = (): ActionOutcome => {
    io.setOutput('blocked', String(failed));
    io.setOutput('recommended-targets', JSON.stringify(Object.fromEntries(result.clusters.map((c) => [c.name, c.recommendedTarget]))));
    if (failed) io.setFailed(failureMessage(result, gates, blocking, inputs.onlyChanged && changed !== null));
    return { result, reportPath: paths.json, failed };
  };

  const commentCtx = (sha: string | null): Parameters<typeof commentOnPullRequest>[3] => ({
    serverUrl: run.serverUrl,
    repository: run.repository ?? '',
    headSha: sha ?? run.sha ?? 'HEAD',
    runUrl: run.runUrl ?? `${run.serverUrl}/${run.repository ?? ''}`,
  });

  if (inputs.mode !== 'advisories') {
    const decision = decideComment(inputs.comment, run, pr, run.eventName === 'pull_request_target' ? await checkedOutCommit(io.fs, root) : null);
    const client = decision.comment && repo !== null && pr !== null ? github() : null;
    if (!decision.comment) {
      if (inputs.comment !== 'never' && pr !== null) io.info(`No pull request comment: ${decision.reason}.`);
    } else if (client !== null && repo !== null && pr !== null) {
      try {
        const touched = plan === null || changed === null ? [] : plan.declaration.filter((f) => changed!.has(f));
        const ctx = touched.length > 0 ? { ...commentCtx(pr.headSha), plan: commentPlan(plan!.record, touched) } : commentCtx(pr.headSha);
        const res = await commentOnPullRequest(client, { ...repo, pullRequest: pr.number }, result, ctx);
        if (res.action === 'skipped') io.warning(res.warning ?? 'comment skipped: the token cannot write');
        else io.info(`Pull request comment: ${res.action}.`);
        if (res.url !== undefined) io.setOutput('comment-url', res.url);
      } catch (err) {
        io.warning(`comment skipped: ${describe(err)}`);
      }
    }
    // suggest-fixes: under the comment's own decision (forks, pull_request_target), on the files the pull request changes.
    if (inputs.suggestFixes) {
      if (inputs.mode !== 'scan') io.info(`Fix suggestions: not posted (${INPUT.suggestFixes} works with ${INPUT.mode} scan).`);
      else if (!decision.comment) io.info(`Fix suggestions: not posted (${decision.reason ?? 'no pull request'}).`);
      else if (client !== null && repo !== null && pr !== null) {
        if (listed === null) io.info("Fix suggestions: not posted (the pull request's changed files could not be listed).");
        else {
          try {
            await suggestFixesOnPullRequest(io, { client, repo, pullNumber: pr.number, headSha: pr.headSha, changed: listed, result, root });
          } catch (err) {
            io.warning(`suggestions skipped: ${describe(err)}`);
          }
        }
      }
    }
  } else if (repo !== null) {
    const client = github();
    const clustersBlocked = blockingFindings(result, { files: 'never', clusters: gates.clusters }).length > 0;
    if (client !== null) {
      try {
        const res = await trackClusters(client, { ...repo, label: inputs.issueLabel }, result, clustersBlocked, commentCtx(run.sha));
        io.info(`Tracking issue: ${res.action}${res.number !== undefined ? ` (#${res.number})` : ''}.`);
        if (res.number !== undefined) io.setOutput('issue-number', String(res.number));
      } catch (err) {
        io.setFailed(`the tracking issue could not be updated: ${describe(err)}`);
      }
    }
  }

  return finish();
}

/** Most bytes of the job summary the change record may take; a larger one is only pointed to. */
const PLAN_SUMMARY_BYTES = 256 * 1024;

/** The change record for the job summary, collapsed; a record too large for it is named with where it is. */
function planAppendix(record: PlanRecord): string {
  const head = `<details><summary>📋 Upgrade change record (${plural(record.clusters.length, 'cluster')}): the ${'`'}plan-file${'`'} output</summary>`;
  const body = [head, '', planProvenance(record), '', ...record.clusters.map((c) => renderClusterPlanMarkdown(c, 2)), '</details>', ''].join('\n');
  if (Buffer.byteLength(body, 'utf8') <= PLAN_SUMMARY_BYTES) return body;
  return `📋 The upgrade change record (${plural(record.clusters.length, 'cluster')}) is too large for the job summary: it is the ${'`'}plan-file${'`'} output.\n`;
}

/** The record for the comment: its clusters' sections two heading levels down, inside the comment's collapsed block. */
function commentPlan(record: PlanRecord, changed: readonly string[]): CommentPlan {
  return { changed, intro: planProvenance(record), clusters: record.clusters.map((c) => ({ name: c.name, markdown: renderClusterPlanMarkdown(c, 2) })) };
}

/** With only-changed: findings about the files keep counting only in the files the pull request changes. */
function scopeTo(changed: ReadonlySet<string>): (f: Finding) => boolean {
  return (f) => ruleMeta(f.ruleId)?.gate !== 'files' || f.file === null || changed.has(f.file);
}

function failureMessage(result: ScanResult, gates: GateThresholds, blocking: readonly Finding[], onlyChanged: boolean): string {
  const s = result.summary;
  const byGate = (g: string): boolean => blocking.some((f) => (ruleMeta(f.ruleId)?.gate ?? 'files') === g);
  const why = [byGate('files') ? `${INPUT.failOn} is "${gates.files}"` : null, byGate('clusters') ? `${INPUT.failOnClusters} is "${gates.clusters}"` : null]
    .filter((x): x is string => x !== null)
    .join(' and ');
  const scope = onlyChanged ? ` (${INPUT.onlyChanged}: ${plural(blocking.length, 'finding')} in scope)` : '';
  return (
    `Kubernetes ${result.target}: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}; ` +
    `${why}${scope}. See the annotations and the job summary.`
  );
}

/** The client, made on first use; null (with one warning) when no token is given. */
function lazyClient(io: ActionIo, inputs: GitHubInputs, run: RunContext): () => GitHubClient | null {
  let client: GitHubClient | null | undefined;
  return () => {
    if (client !== undefined) return client;
    if (inputs.token === '') {
      io.warning(`${INPUT.token} is empty: nothing is written to GitHub`);
      client = null;
    } else {
      client = (io.github ?? ((token, baseUrl) => createGitHubClient({ token, baseUrl })))(inputs.token, run.apiUrl);
    }
    return client;
  };
}

function describe(err: unknown): string {
  const status = httpStatus(err);
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return status !== undefined ? `HTTP ${status}: ${message}` : (message ?? 'unknown error');
}
