import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../src/rules/index.js';
import { encodeUri, fingerprintAll, FINGERPRINT_KEY, INFORMATION_URI, plainText, renderSarif } from '../../src/reporters/sarif.js';
import { HOSTILE_FILE, sampleFindings, sampleResult } from './sample-result.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/* eslint-disable @typescript-eslint/no-explicit-any -- SARIF is checked as plain parsed JSON */
type Json = any;

interface ValidatorResult {
  ruleId: string;
  level: string;
  text: string;
}

const validator = join(
  repo,
  'node_modules',
  '@microsoft',
  `sarif-multitool-${process.platform}`,
  process.platform === 'win32' ? 'Sarif.Multitool.exe' : 'Sarif.Multitool',
);

/**
 * Runs `Sarif.Multitool validate` with the SARIF and GitHub rule sets and every level, and returns what it
 * reported. The validator exits 0 whatever it finds, so its own SARIF log is read instead of the exit code.
 */
function validate(sarifText: string): ValidatorResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'kug-sarif-'));
  try {
    const input = join(dir, 'report.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, sarifText);
    if (process.platform !== 'win32') chmodSync(validator, 0o755);
    const run = spawnSync(
      validator,
      ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note'],
      { encoding: 'utf8', timeout: 120_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } },
    );
    if (run.status !== 0 || !existsSync(output)) {
      throw new Error(`validator did not run (status ${run.status}): ${run.stdout}\n${run.stderr}`);
    }
    const log = JSON.parse(readFileSync(output, 'utf8')) as Json;
    const rules = (log.runs[0].tool.driver.rules ?? []) as Json[];
    return ((log.runs[0].results ?? []) as Json[]).map((r) => ({
      ruleId: r.ruleId as string,
      level: (r.level as string | undefined) ?? 'warning',
      text: (r.message.text as string | undefined) ?? `${r.message.id} ${JSON.stringify(r.message.arguments)} ${JSON.stringify(rules[r.ruleIndex]?.messageStrings ?? {})}`,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('renderSarif', () => {
  const result = sampleResult();
  const text = renderSarif(result);
  const log = JSON.parse(text) as Json;
  const run = log.runs[0] as Json;

  it('matches the snapshot', () => {
    // Rule metadata is listed by id only: it follows the rule list, which grows, and is checked field by field below.
    const driver = run.tool.driver;
    const trimmed = { ...log, runs: [{ ...run, tool: { driver: { ...driver, rules: (driver.rules as Json[]).map((r) => r.id) } } }] };
    expect(trimmed).toMatchSnapshot();
  });

  it('is SARIF 2.1.0 with one run and the tool described', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'kube-upgrade-gate', version: '0.1.0', informationUri: INFORMATION_URI });
  });

  it('describes every rule from the rule metadata, in order', () => {
    const rules = run.tool.driver.rules as Json[];
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    for (const [i, r] of rules.entries()) {
      const meta = (RULES[i] as (typeof RULES)[number]).meta;
      expect(r.shortDescription.text).toBe(meta.description);
      expect(r.fullDescription.text.length).toBeGreaterThan(0);
      expect(r.help.text.length).toBeGreaterThan(0);
      expect(r.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', notice: 'note' }[meta.defaultSeverity]);
    }
  });

  it('gives each finding with a file a result whose ruleIndex points at its rule', () => {
    const results = run.results as Json[];
    expect(results).toHaveLength(result.findings.filter((f) => f.file !== null).length);
    for (const r of results) {
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
      expect(['error', 'warning', 'note']).toContain(r.level);
      expect(r.locations).toHaveLength(1);
      expect(r.locations[0].physicalLocation.artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(Object.keys(r.partialFingerprints)).toEqual([FINGERPRINT_KEY]);
    }
    expect(results.map((r) => r.level)).toEqual(['warning', 'note', 'error', 'warning', 'error']);
  });

  it('puts line and column in the region, and line 1 for a file-level finding', () => {
    const byUri = new Map((run.results as Json[]).map((r) => [r.locations[0].physicalLocation.artifactLocation.uri, r]));
    expect(byUri.get('k8s/broken.yaml').locations[0].physicalLocation.region).toEqual({ startLine: 7, startColumn: 3 });
    expect(byUri.get('k8s/huge.json').locations[0].physicalLocation.region).toEqual({ startLine: 1 });
    expect(byUri.get(encodeUri(HOSTILE_FILE)).locations[0].physicalLocation.region).toEqual({ startLine: 12, startColumn: 1 });
  });

  it('treats a line or column below 1 as unknown', () => {
    const f = { ...(sampleFindings[3] as (typeof sampleFindings)[number]), line: 0, column: 0 };
    const r = JSON.parse(renderSarif(sampleResult([f]))).runs[0].results[0];
    expect(r.locations[0].physicalLocation.region).toEqual({ startLine: 1 });
  });

  it('escapes square brackets and backslashes so names cannot become embedded links', () => {
    expect(plainText('CronJob "[docs](https://example.com)" uses a\\b')).toBe('CronJob "\\[docs\\](https://example.com)" uses a\\\\b');
    const f = { ...(sampleFindings[1] as (typeof sampleFindings)[number]), message: 'Ingress "[x](1)" is old.' };
    const r = JSON.parse(renderSarif(sampleResult([f]))).runs[0].results[0];
    expect(r.message.text).toBe('Ingress "\\[x\\](1)" is old.');
  });

  it('percent-encodes each path segment of the URI', () => {
    expect(encodeUri('k8s/my app/a#1.yaml')).toBe('k8s/my%20app/a%231.yaml');
    expect(encodeUri(HOSTILE_FILE)).toBe('k8s/team%7Ca/%3Cb%3Ecron%3C/b%3E.yaml');
  });

  it('reports run-scope findings as tool execution notifications, not results', () => {
    const notes = run.invocations[0].toolExecutionNotifications as Json[];
    expect(notes).toEqual([
      {
        level: 'warning',
        message: { text: (sampleFindings[0] as (typeof sampleFindings)[number]).message },
        associatedRule: { id: 'no-manifests', index: RULES.findIndex((r) => r.meta.id === 'no-manifests') },
      },
    ]);
    expect((run.results as Json[]).some((r) => r.ruleId === 'no-manifests')).toBe(false);
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it('omits the notifications when every finding has a file', () => {
    const clean = JSON.parse(renderSarif(sampleResult(sampleFindings.filter((f) => f.file !== null)))) as Json;
    expect(clean.runs[0].invocations).toEqual([{ executionSuccessful: true }]);
  });

  describe('fingerprints', () => {
    const base = sampleFindings[1] as (typeof sampleFindings)[number];

    it('do not change when the object moves to another line or column', () => {
      const [a] = fingerprintAll([base]);
      const [b] = fingerprintAll([{ ...base, line: 99, column: 5, message: `${base.message} (reworded)` }]);
      expect(a).toBe(b);
    });

    it('change with the rule, file, apiVersion, kind, namespace or name', () => {
      const o = base.object as NonNullable<typeof base.object>;
      const variants = [
        { ...base, ruleId: 'deprecated-api' as const },
        { ...base, file: 'other.yaml' },
        { ...base, object: { ...o, apiVersion: 'networking.k8s.io/v1beta1' } },
        { ...base, object: { ...o, kind: 'IngressClass' } },
        { ...base, object: { ...o, namespace: 'other' } },
        { ...base, object: { ...o, name: 'other' } },
      ];
      const all = [base, ...variants].map((f) => fingerprintAll([f])[0]);
      expect(new Set(all).size).toBe(all.length);
    });

    it('tell identical objects in one file apart by occurrence', () => {
      const twin = { ...base, line: 30 };
      const [a, b] = fingerprintAll([base, twin]);
      expect(a?.replace(/:1$/, ':2')).toBe(b);
    });

    it('are unique within the sample report', () => {
      const values = (run.results as Json[]).map((r) => r.partialFingerprints[FINGERPRINT_KEY]);
      expect(new Set(values).size).toBe(values.length);
    });
  });

  describe('Sarif.Multitool validate', () => {
    it('reports no errors or warnings for the sample report', () => {
      const findings = validate(text);
      // The rules ran: the validator always has notes to offer (no version control provenance, no snippets).
      expect(findings.some((f) => f.ruleId === 'SARIF2003')).toBe(true);
      expect(findings.filter((f) => f.level === 'error' || f.level === 'warning')).toEqual([]);
    });

    it('reports no errors or warnings for an empty report', () => {
      const findings = validate(renderSarif(sampleResult([])));
      expect(findings.some((f) => f.ruleId === 'SARIF2003')).toBe(true);
      expect(findings.filter((f) => f.level === 'error' || f.level === 'warning')).toEqual([]);
    });

    it('catches a result without a location (the check would notice a regression)', () => {
      const broken = JSON.parse(text) as Json;
      delete broken.runs[0].results[0].locations;
      const findings = validate(JSON.stringify(broken));
      expect(findings.some((f) => f.level === 'error' && f.ruleId.startsWith('GH'))).toBe(true);
    });
  });
});
