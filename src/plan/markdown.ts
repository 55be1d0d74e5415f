/**
 * The change record as Markdown: one section per cluster. Names in the record follow safe patterns (the configuration
 * schema's, and inventory names validated when read); finding messages, file paths and catalog prose are escaped;
 * commands are fenced.
 */
import { escapeMarkdown } from '../reporters/escape-md.js';
import type { ClusterPlan, PlanMove, PlanRecord } from './types.js';

const md = escapeMarkdown;
const place = (file: string | null, line: number | null): string => (file === null ? '(no file)' : `${md(file)}${line !== null ? `:${line}` : ''}`);

export function renderPlanMarkdown(record: PlanRecord): string {
  const out: string[] = [];
  out.push(`# Upgrade change record`, '');
  out.push(`${planProvenance(record)}`, '');
  for (const c of record.clusters) out.push(...cluster(c, 0));
  return tidy(out);
}

/** Where the record's facts come from: the date and the catalogs. */
export function planProvenance(record: PlanRecord): string {
  return `Evaluated on ${record.asOf} with release catalog ${record.catalogs.releases}, advisory catalog ${record.catalogs.advisories} and API catalog ${record.catalogs.api} (${record.tool.name} ${md(record.tool.version)}). Everything below is derived from those catalogs and the scan of the repository.`;
}

/**
 * One cluster's section on its own, its headings `offset` levels deeper than in the whole record (where the cluster
 * is a level-2 heading): how a pull request comment shows it inside a collapsed block.
 */
export function renderClusterPlanMarkdown(c: ClusterPlan, offset = 0): string {
  return tidy(cluster(c, offset));
}

function tidy(lines: readonly string[]): string {
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function cluster(c: ClusterPlan, offset: number): string[] {
  // Markdown has six heading levels; deeper ones are shown as level 6.
  const h = (level: number): string => '#'.repeat(Math.min(6, level + offset));
  const out: string[] = [];
  out.push(`${h(2)} Cluster ${c.name}`, '');
  out.push(`- Provider: ${c.provider ?? 'not declared'}`);
  out.push(`- kube-apiserver now: ${c.current}`);
  out.push(`- Target: ${c.target}${c.targetVersion ? ` (${c.targetVersion})` : ''}`);
  if (c.declaredAt) out.push(`- Declared at: ${place(c.declaredAt.file, c.declaredAt.line)}`);
  out.push('');
  if (c.blocked) out.push(`**No plan:** ${c.blocked}.`, '');

  if (c.evidence) {
    out.push(`${h(3)} Evidence`, '', `Read from ${c.evidence.files.map(md).join(', ')}.`, '');
    out.push('| Node | Role | Pool | kubelet | kube-proxy | Container runtime |', '| --- | --- | --- | --- | --- | --- |');
    for (const n of c.evidence.nodes) out.push(`| ${md(n.name)} | ${n.role} | ${n.pool === null ? '' : md(n.pool)} | ${md(n.kubelet)} | ${n.kubeProxy === null ? '' : md(n.kubeProxy)} | ${n.runtime === null ? '' : md(n.runtime)} |`);
    out.push('', '| Component | Version | Node | Pod |', '| --- | --- | --- | --- |');
    for (const i of c.evidence.instances) out.push(`| ${md(i.component)} | ${md(i.version)} | ${md(i.node)} | ${i.pod === null ? '' : md(i.pod)} |`);
    out.push('');
  }

  out.push(`${h(3)} Advisories → target`, '');
  if (c.advisories.length === 0) out.push('No advisory in the catalog affects the versions this cluster runs.', '');
  else {
    out.push('| Advisory | Severity | Component | Runs | Where | Fixed in | This plan | Mitigation |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const a of c.advisories) {
      const fixed = Object.entries(a.fixedIn).map(([m, v]) => `${m}: ${v}`).join(', ') || '—';
      const plan = a.fixedBy ? `${a.fixedBy.version} (${a.fixedBy.step === 'catch-up' ? 'catch-up' : `step ${a.fixedBy.step}`})` : md(a.note);
      out.push(`| ${md(a.id)} | ${a.severity}${a.cvss ? ` (CVSS ${md(a.cvss)})` : ''} | ${a.component} | ${a.version} | ${a.where.join(', ')} | ${md(fixed)} | ${plan} | ${a.mitigation === null ? '—' : md(a.mitigation)} |`);
    }
    out.push('');
  }

  out.push(`${h(3)} Path`, '');
  if (c.steps.length === 0 && !c.blocked) out.push(`kube-apiserver already runs ${c.current}, the newest patch of ${c.target} on this date.`, '');
  for (const s of c.steps) {
    out.push(`${h(4)} Step ${s.index}: ${s.from} → ${s.to}`, '');
    out.push('| Component | Before | After |', '| --- | --- | --- |');
    for (const p of s.parts) out.push(`| ${p.label} | ${p.before} | ${p.after}${p.before === p.after ? '' : ' ⬆'} |`);
    out.push('');
    if (!s.startWithinPolicy) out.push(`Starting state is outside the skew policy: ${s.startProblems.join('; ')}.`, '');
    out.push(...moves(s.moves));
  }
  if (c.catchUp.length > 0) out.push(`${h(4)} Node pools catching up`, '', ...moves(c.catchUp));

  if (c.ownership) {
    out.push(`${h(3)} Who does what`, '', '**The provider:**', '', ...c.ownership.provider.map((x) => `- ${x}`), '', '**The cluster owner:**', '', ...c.ownership.owner.map((x) => `- ${x}`), '');
  }

  out.push(`${h(3)} Pre-flight evidence`, '');
  if (c.preflight.length === 0) out.push('The scan found nothing in this cluster\'s paths that blocks or complicates the upgrade.', '');
  else {
    out.push('| Where | Rule | Severity | Finding |', '| --- | --- | --- | --- |');
    for (const p of c.preflight) out.push(`| ${place(p.file, p.line)} | ${p.ruleId} | ${p.severity} | ${md(p.message)} |`);
    out.push('');
  }

  out.push(`${h(3)} Runbook`, '');
  for (const section of c.runbook) {
    out.push(`${h(4)} ${section.title}`, '');
    for (const item of section.items) {
      out.push(`- ${item.text}`);
      if (item.commands.length > 0) out.push('', '  ```sh', ...item.commands.flatMap((cmd) => cmd.split('\n')).map((l) => `  ${l}`), '  ```', '');
    }
    out.push('');
  }

  out.push(`${h(3)} Rollback`, '', '**Roll back when:**', '', ...c.rollback.triggers.map((t) => `- ${t}`), '', '**Not a reason to roll back:**', '', ...c.rollback.notReasons.map((t) => `- ${t}`), '', '**How:**', '', ...c.rollback.how.map((t) => `- ${t}`), '');

  if (c.validation.length > 0) {
    out.push(`${h(3)} After the upgrade`, '');
    for (const v of c.validation) {
      out.push(`- **${v.check}** — healthy: ${v.healthy}`, '', '  ```sh', ...v.command.split('\n').map((l) => `  ${l}`), '  ```', '');
    }
  }
  return out;
}

function moves(list: readonly PlanMove[]): string[] {
  if (list.length === 0) return [];
  const out = ['| # | Move | From | To | Why | State within policy |', '| --- | --- | --- | --- | --- | --- |'];
  list.forEach((m, i) => out.push(`| ${i + 1} | ${m.what} | ${m.from} | ${m.to} | ${m.why} | ${m.withinPolicy ? 'yes' : `**no**: ${m.problems.join('; ')}`} |`));
  out.push('');
  return out;
}
