import type { ClusterSummary, ScanResult } from '../../src/app/result.js';
import { compareFindings, summarize, type Finding } from '../../src/findings/types.js';
import { GITHUB_BODY_LIMIT, isClean, renderCommentBody, type CommentContext } from '../../src/reporters/comment.js';
import { HOSTILE_FILE, HOSTILE_NAME, sampleFindings, sampleResult } from '../reporters/sample-result.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const ctx: CommentContext = {
  serverUrl: 'https://github.com',
  repository: 'octo/shop',
  headSha: SHA,
  runUrl: 'https://github.com/octo/shop/actions/runs/42',
};

const advisory: Finding = {
  ruleId: 'cluster-advisory',
  severity: 'error',
  message: 'Cluster prod (1.31.2) is affected by CVE-2025-0001 (high); upgrade to 1.33.4 or later.',
  file: null,
  line: null,
  column: null,
  object: null,
  data: { cluster: 'prod', cve: 'CVE-2025-0001' },
};

const prod: ClusterSummary = {
  name: 'prod',
  version: '1.31.2',
  target: '1.33',
  recommendedTarget: '1.33.4',
  supported: true,
  endOfLife: '2025-10-28',
  path: ['1.31', '1.32', '1.33'],
  advisories: ['CVE-2025-0001', 'CVE-2025-0002'],
  blockingAdvisories: ['CVE-2025-0001'],
  skew: [],
  asOf: '2026-01-01',
};

function withClusters(findings: Finding[], clusters: ClusterSummary[]): ScanResult {
  return { ...sampleResult(findings), clusters };
}

describe('renderCommentBody', () => {
  it('renders a representative body', () => {
    const body = renderCommentBody(withClusters([...sampleFindings, advisory], [prod]), ctx);
    expect(body).toMatchSnapshot();
  });

  it('states the counts first, then blockers, warnings and notices in that order', () => {
    const body = renderCommentBody(withClusters([...sampleFindings, advisory], [prod]), ctx);
    const lines = body.split('\n');
    expect(lines[0]).toBe('## ❌ Kubernetes 1.25 upgrade: 3 blockers');
    expect(lines[2]).toMatch(/^\*\*3 errors · 3 warnings · 1 notice\*\* — 4 files and 5 documents checked against Kubernetes 1\.25 \(current 1\.21\) at commit \[0123456\]/);
    const at = (s: string) => body.indexOf(s);
    expect(at('### ❌ Blockers (3)')).toBeGreaterThan(0);
    expect(at('### ❌ Blockers (3)')).toBeLessThan(at('### ⚠️ Warnings (3)'));
    expect(at('### ⚠️ Warnings (3)')).toBeLessThan(at('<details><summary>ℹ️ Notices (1)</summary>'));
    expect(body.trimEnd().split('\n').pop()).toBe('[Workflow run](https://github.com/octo/shop/actions/runs/42) · kube-upgrade-gate 0.1.0 · API catalog 1.36.20260821');
  });

  it('links each row to its line at the head commit, with the path percent-encoded', () => {
    const body = renderCommentBody(sampleResult(), ctx);
    expect(body).toContain(`- [line 3](https://github.com/octo/shop/blob/${SHA}/k8s/ingress.yaml#L3) · \`removed-api\``);
    expect(body).toContain(`(https://github.com/octo/shop/blob/${SHA}/k8s/team%7Ca/%3Cb%3Ecron%3C/b%3E.yaml#L12)`);
  });

  it('lets nothing from the repository out of its text', () => {
    const body = renderCommentBody(sampleResult(), ctx);
    expect(body).not.toContain(HOSTILE_NAME);
    expect(body).not.toContain(HOSTILE_FILE);
    expect(body).not.toMatch(/<img|<b>|@admin|\*\*x\*\*/);
    expect(body).toContain('&lt;img src=x onerror=alert\\(1\\)&gt; @&#8203;admin \\| \\*\\*x\\*\\*');
  });

  it('shows the clusters with their recommended targets, an override winning, and the upgrade path as a flowchart', () => {
    const body = renderCommentBody(withClusters([advisory], [prod]), { ...ctx, recommendedTargets: { prod: '1.33.5' } });
    expect(body).toContain('| prod | 1.31.2 | 1.33 | 1.33.5 | ❌ CVE-2025-0001 |');
    expect(body).toContain('```mermaid\nflowchart LR\n  p0_0["prod · 1.31.2"] --> p0_1["1.32"] --> p0_2["1.33 (secure: 1.33.5)"]\n```');
  });

  it('draws the upgrade path it is given, and only version text in the chart', () => {
    const hostile = { ...prod, name: 'a"]; click x "https://evil' };
    const body = renderCommentBody(withClusters([], [hostile]), { ...ctx, upgradePath: ['1.30', '1.31', '1.32'] });
    expect(body).toContain('```mermaid\nflowchart LR\n  p0_0["1.30"] --> p0_1["1.31"] --> p0_2["1.32"]\n```');
    const own = renderCommentBody(withClusters([], [hostile]), ctx);
    expect(own).toContain('p0_0["a____click_x__https___evil · 1.31.2"]');
    const odd = renderCommentBody(withClusters([], [{ ...prod, path: ['1.31', '1.32"]; x'] }]), ctx);
    expect(odd).not.toContain('```mermaid');
  });

  it('says a clean pull request is clean', () => {
    const notices = sampleFindings.filter((f) => f.severity === 'notice');
    const result = sampleResult(notices);
    expect(isClean(result)).toBe(true);
    expect(isClean(sampleResult())).toBe(false);
    const body = renderCommentBody(result, ctx);
    expect(body.split('\n')[0]).toBe('## ✅ Kubernetes 1.25 upgrade: no blockers or warnings');
    expect(body).toContain('Nothing in this pull request blocks the upgrade any more.');
  });

  it('keeps 500 findings within the limit: notices left out first, then warnings, and every count stated', () => {
    const findings: Finding[] = [];
    const severities = ['error', 'warning', 'notice'] as const;
    for (let i = 0; i < 500; i++) {
      const severity = severities[i % 3]!;
      findings.push({
        ruleId: severity === 'error' ? 'removed-api' : severity === 'warning' ? 'deprecated-api' : 'skipped-file',
        severity,
        message: `${severity} ${i}: CronJob "ops/job-${i}" uses batch/v1beta1, which the target no longer serves.`,
        file: `k8s/app-${i % 40}.yaml`,
        line: i + 1,
        column: 1,
        object: { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: `job-${i}`, namespace: 'ops' },
        data: {},
      });
    }
    const result: ScanResult = { ...sampleResult(), summary: summarize(findings, 500, 500), findings: findings.sort(compareFindings) };
    const body = renderCommentBody(result, ctx);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).toContain('**167 errors · 167 warnings · 166 notices**');
    expect(body).toContain('### ❌ Blockers (167)');
    const note = /^> (\d+) rows left out \((\d+) warnings, 166 notices\) to keep this comment within GitHub's size limit/m.exec(body);
    expect(note).not.toBeNull();
    const shownWarnings = Number(/### ⚠️ Warnings \((\d+) of 167\)/.exec(body)?.[1]);
    expect(Number(note![2])).toBe(167 - shownWarnings);
    expect(Number(note![1])).toBe(167 - shownWarnings + 166);
    expect(body).not.toContain('Notices (');
  });

  it('leaves errors out last, and keeps the counts even when no row fits', () => {
    const findings = sampleFindings;
    const tiny = renderCommentBody(sampleResult(findings), { ...ctx, maxChars: 700 });
    expect(tiny.length).toBeLessThanOrEqual(700);
    expect(tiny).toContain('**2 errors · 3 warnings · 1 notice**');
    expect(tiny).toMatch(/^> 6 rows left out \(2 errors, 3 warnings, 1 notice\)/m);
    const some = renderCommentBody(sampleResult(findings), { ...ctx, maxChars: 1900 });
    expect(some).toContain('### ❌ Blockers (');
    expect(some).not.toContain('Warnings (');
  });
});

describe('renderCommentBody with the change record', () => {
  const section = (name: string, size = 0): { name: string; markdown: string } => ({
    name,
    markdown: `#### Cluster ${name}\n\n- Provider: kubeadm\n${'- filler line for size\n'.repeat(size)}`,
  });
  const plan = { changed: ['.github/kube-upgrade-gate.yaml'], intro: 'Evaluated on 2026-11-23 with release catalog r, advisory catalog a and API catalog c.', clusters: [section('prod'), section('staging')] };

  it('shows it collapsed after the clusters table, naming the changed declaration, with every cluster', () => {
    const body = renderCommentBody(withClusters([advisory], [prod]), { ...ctx, plan });
    const lines = body.split('\n');
    const open = lines.findIndex((l) => l.startsWith('<details><summary>📋'));
    expect(lines[open]).toBe('<details><summary>📋 Upgrade change record (2 clusters): this pull request changes .github/kube-upgrade-gate.yaml</summary>');
    expect(open).toBeGreaterThan(lines.indexOf('### Clusters'));
    expect(lines[open + 1]).toBe('');
    expect(lines[open + 2]).toBe(plan.intro);
    const close = lines.indexOf('</details>', open);
    expect(lines.slice(open, close).filter((l) => l.startsWith('#### Cluster '))).toEqual(['#### Cluster prod', '#### Cluster staging']);
    expect(close).toBeLessThan(lines.indexOf('### ❌ Blockers (1)'));
  });

  it('is absent without a record', () => {
    expect(renderCommentBody(withClusters([advisory], [prod]), ctx)).not.toContain('Upgrade change record');
  });

  it('keeps within half of the limit by leaving whole clusters out from the last, and names them', () => {
    const big = { ...plan, clusters: [section('prod', 40), section('staging', 40), section('dev', 40)] };
    const body = renderCommentBody(withClusters([advisory], [prod]), { ...ctx, plan: big, maxChars: 4000 });
    expect(body.length).toBeLessThanOrEqual(4000);
    expect(body).toContain('#### Cluster prod');
    expect(body).not.toContain('#### Cluster staging');
    expect(body).toContain("> 2 clusters left out to keep this comment within GitHub's size limit (staging, dev); the workflow run's plan-file output has the whole record.");
    // The findings keep their rows.
    expect(body).toContain('### ❌ Blockers (1)');
    const start = body.indexOf('<details><summary>📋');
    expect(body.indexOf('</details>', start) - start).toBeLessThanOrEqual(2000);
  });

  it('escapes the changed file names', () => {
    const body = renderCommentBody(sampleResult([]), { ...ctx, plan: { ...plan, changed: [HOSTILE_FILE] } });
    const summary = body.split('\n').find((l) => l.startsWith('<details><summary>📋'))!;
    expect(summary).not.toContain('<img');
    expect(summary).not.toContain('@');
  });
});
