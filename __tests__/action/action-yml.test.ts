import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { INPUT } from '../../src/action/inputs.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../src/settings/scan.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface ActionYml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(action.name).toBe('kube-upgrade-gate');
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.branding.icon).toBeTruthy();
    expect(action.branding.color).toBeTruthy();
  });

  it('declares exactly the inputs the action reads, each described', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(Object.values(INPUT).sort());
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
  });

  it('leaves the target to the input or the configuration file and gives the same defaults as the code', () => {
    expect(action.inputs['target-version']).toMatchObject({ required: false });
    expect(action.inputs['target-version']?.default).toBe(''); // the configuration file may supply it
    expect(action.inputs['paths']?.default).toBe('.');
    expect(action.inputs['fail-on']?.default).toBe('error');
    expect(action.inputs['fail-on-clusters']?.default).toBe('error');
    expect(action.inputs['comment']?.default).toBe('auto');
    expect(action.inputs['only-changed']?.default).toBe('false');
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
    expect(action.inputs['max-file-bytes']?.default).toBe(String(DEFAULT_MAX_FILE_BYTES));
    expect(action.inputs['current-version']?.default).toBe('');
  });

  it('declares the outputs the action sets', () => {
    expect(Object.keys(action.outputs)).toEqual(['errors', 'warnings', 'blocked', 'report-json', 'sarif-file', 'plan-file', 'plan-json', 'recommended-targets', 'comment-url', 'issue-number', 'suggestions']);
    for (const output of Object.values(action.outputs)) expect(output.description.length).toBeGreaterThan(10);
  });

  it('points at a bundle that exists once built', () => {
    // dist/ is committed; this fails on a checkout where nobody ran npm run build.
    expect(existsSync(join(repo, action.runs.main))).toBe(true);
  });
});
