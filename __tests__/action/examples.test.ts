/**
 * The example workflows: each asks for the least permissions its steps need, uses the current major of every
 * action, and only names inputs and outputs action.yml declares.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dir = join(repo, 'examples', 'workflows');
const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };

interface Step {
  uses?: string;
  with?: Record<string, string>;
  run?: string;
}
interface Job {
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const examples = readdirSync(dir).filter((f) => f.endsWith('.yml')).sort();
const load = (file: string): Workflow => parse(readFileSync(join(dir, file), 'utf8')) as Workflow;
const OURS = 'kube-upgrade-gate/kube-upgrade-gate@';

/** What a job's steps need, from what they do. */
function needed(workflow: Workflow, job: Job): Record<string, string> {
  const need: Record<string, string> = {};
  for (const step of job.steps) {
    if (step.uses?.startsWith('actions/checkout@')) need['contents'] = 'read';
    if (step.uses?.startsWith('github/codeql-action/upload-sarif@')) need['security-events'] = 'write';
    if (step.uses?.startsWith('actions/download-artifact@') && step.with?.['run-id'] !== undefined) need['actions'] = 'read';
    if (step.uses?.startsWith(OURS)) {
      const w = step.with ?? {};
      const mode = w['mode'] ?? 'scan';
      if (mode === 'advisories') need['issues'] = 'write';
      const comment = w['comment'] ?? 'auto';
      const events = Object.keys(workflow.on);
      // A part of a sharded scan only writes its report; the merge comments.
      const comments = w['shard'] === undefined && (comment === 'always' || (comment === 'auto' && events.includes('pull_request')));
      if (comments && mode !== 'advisories') need['pull-requests'] = 'write';
    }
  }
  return need;
}

describe('example workflows', () => {
  it('cover pull requests, forks, schedules and shards', () => {
    expect(examples).toEqual(['fork-comment.yml', 'fork-pull-request.yml', 'pull-request.yml', 'scheduled-advisories.yml', 'sharded-monorepo.yml']);
  });

  it.each(examples)('%s: each job gets exactly the permissions its steps need', (file) => {
    const wf = load(file);
    for (const job of Object.values(wf.jobs)) {
      expect(job.permissions ?? wf.permissions).toEqual(needed(wf, job));
    }
  });

  it.each(examples)('%s: current majors of the actions it uses', (file) => {
    const uses = Object.values(load(file).jobs).flatMap((j) => j.steps.map((s) => s.uses).filter((u): u is string => u !== undefined));
    for (const u of uses) {
      if (u.startsWith('actions/checkout@')) expect(u).toBe('actions/checkout@v5');
      if (u.startsWith('github/codeql-action/')) expect(u).toBe('github/codeql-action/upload-sarif@v4');
    }
  });

  it.each(examples)('%s: only inputs and outputs action.yml declares', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const wf = load(file);
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps.filter((s) => s.uses?.startsWith(OURS))) {
        for (const input of Object.keys(step.with ?? {})) expect([file, input, input in action.inputs]).toEqual([file, input, true]);
      }
    }
    for (const m of text.matchAll(/steps\.(?:gate|clusters)\.outputs\.([a-z-]+)/g)) expect([file, m[1], m[1]! in action.outputs]).toEqual([file, m[1], true]);
  });
});
