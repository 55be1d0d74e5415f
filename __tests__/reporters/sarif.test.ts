import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RULES } from '../../src/rules/index.js';
import { encodeUri, fingerprintAll, FINGERPRINT_KEY, INFORMATION_URI, plainText, renderSarif, ruleHelpUri } from '../../src/reporters/sarif.js';
import { ruleAnchor } from '../../scripts/lib/readme.js';
import { runCli } from '../helpers/cli.js';
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
 * Runs `Sarif.Multitool validate` once over every named sample (it starts slowly), with the SARIF and GitHub rule
 * sets and every level, and returns what it reported per sample. The validator exits 0 whatever it finds, so its own
 * SARIF log is read instead of the exit code.
 */
function validateAll(samples: Record<string, string>): Record<string, ValidatorResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kug-sarif-'));
  try {
    const output = join(dir, 'validation.sarif');
    const inputs = Object.entries(samples).map(([name, text]) => {
      const file = join(dir, `${name}.sarif`);
      writeFileSync(file, text);
      return file;
    });
    if (process.platform !== 'win32') chmodSync(validator, 0o755);
    const run = spawnSync(
      validator,
      ['validate', ...inputs, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note'],
      { encoding: 'utf8', timeout: 180_000, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } },
    );
    if (run.status !== 0 || !existsSync(output)) {
      throw new Error(`validator did not run (status ${run.status}): ${run.stdout}\n${run.stderr}`);
    }
    const log = JSON.parse(readFileSync(output, 'utf8')) as Json;
    const rules = (log.runs[0].tool.driver.rules ?? []) as Json[];
    const out: Record<string, ValidatorResult[]> = Object.fromEntries(Object.keys(samples).map((name) => [name, []]));
    for (const r of (log.runs[0].results ?? []) as Json[]) {
      const uri = String(r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '');
      const name = decodeURIComponent(uri.split('/').pop() ?? '').replace(/\.sarif$/, '');
      if (!(name in out)) throw new Error(`validator result for an unknown file ${uri}`);
      out[name]!.push({
        ruleId: r.ruleId as string,
        level: (r.level as string | undefined) ?? 'warning',
        text: (r.message.text as string | undefined) ?? `${r.message.id} ${JSON.stringify(r.message.arguments)} ${JSON.stringify(rules[r.ruleIndex]?.messageStrings ?? {})}`,
      });
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A repository with a removed API and one declared cluster (1.33.2, in its configuration file), scanned on a date. */
const CLUSTER_REPO: Record<string, string> = {
  '.github/kube-upgrade-gate.yaml': 'target: "1.33"\nclusters:\n  - name: prod\n    version: 1.33.2\n',
  'deploy/cron.yaml': 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n',
};

async function clusterSarif(asOf: string): Promise<Json> {
  const root = mkdtempSync(join(tmpdir(), 'kug-sarif-repo-'));
  try {
    for (const [rel, body] of Object.entries(CLUSTER_REPO)) {
      mkdirSync(dirname(join(root, rel)), { recursive: true });
      writeFileSync(join(root, rel), body);
    }
    const r = await runCli(['scan', '.', '--as-of', asOf, '--format', 'sarif'], root);
    if (r.stderr !== '') throw new Error(r.stderr);
    return JSON.parse(r.stdout) as Json;
  } finally {
    rmSync(root, { recursive: true, force: true });
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
      expect(r.help.text).toBe(meta.help);
      expect(r.help.markdown).toContain(meta.help);
      expect(r.helpUri).toBe(`https://github.com/kube-upgrade-gate/kube-upgrade-gate/blob/main/README.md#${ruleAnchor(meta.id)}`);
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

    it('do not change with the message, the apiVersion or data that is not identity (dates, versions)', () => {
      const o = base.object as NonNullable<typeof base.object>;
      const [a] = fingerprintAll([base]);
      for (const v of [
        { ...base, message: 'something else entirely' },
        { ...base, object: { ...o, apiVersion: 'networking.k8s.io/v1beta1' } },
        { ...base, data: { ...base.data, asOf: '2026-07-01', removedIn: '1.99', target: '1.40' } },
      ]) {
        expect(fingerprintAll([v])[0]).toBe(a);
      }
    });

    it('tell cluster findings apart by cluster, advisory and component, not by their text', () => {
      const advisory: (typeof sampleFindings)[number] = {
        ruleId: 'cluster-advisory',
        severity: 'warning',
        message: 'Cluster prod: CVE-2025-13281 affects kube-apiserver 1.33.2. Smallest fixed, supported target on 2026-05-01: 1.33.6.',
        file: '.github/kube-upgrade-gate.yaml',
        line: 4,
        column: null,
        object: null,
        data: { cluster: 'prod', cve: 'CVE-2025-13281', component: 'kube-apiserver', version: '1.33.2', asOf: '2026-05-01', smallestFixedTarget: '1.33.6' },
      };
      const [a] = fingerprintAll([advisory]);
      expect(fingerprintAll([{ ...advisory, line: 9, message: 'reworded', data: { ...advisory.data, asOf: '2026-07-01', smallestFixedTarget: '1.34.2' } }])[0]).toBe(a);
      for (const key of ['cluster', 'cve', 'component'] as const) {
        expect(fingerprintAll([{ ...advisory, data: { ...advisory.data, [key]: 'other' } }])[0]).not.toBe(a);
      }
    });

    it('change with the rule, file, kind, namespace or name', () => {
      const o = base.object as NonNullable<typeof base.object>;
      const variants = [
        { ...base, ruleId: 'deprecated-api' as const },
        { ...base, file: 'other.yaml' },
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

  describe('declared clusters', () => {
    let may: Json;
    let july: Json;
    beforeAll(async () => {
      may = await clusterSarif('2026-05-01');
      july = await clusterSarif('2026-07-01');
    }, 60_000);

    it('gives each advisory its own rule, tagged security, with the CVSS base score as security-severity', () => {
      const rules = may.runs[0].tool.driver.rules as Json[];
      const advisories = rules.filter((r) => String(r.id).startsWith('cluster-advisory/'));
      expect(advisories.map((r) => r.id)).toContain('cluster-advisory/CVE-2025-13281');
      for (const r of advisories) {
        expect(r.id).toMatch(/^cluster-advisory\/CVE-\d{4}-\d{4,}$/);
        expect(r.properties.tags).toEqual(['security', 'kubernetes']);
        expect(r.properties['security-severity']).toMatch(/^\d{1,2}\.\d$/);
        expect(r.helpUri).toBe(ruleHelpUri('cluster-advisory'));
      }
      expect(advisories.find((r) => r.id === 'cluster-advisory/CVE-2025-13281').properties['security-severity']).toBe('5.8');
      const results = may.runs[0].results as Json[];
      const cve = results.find((r) => r.ruleId === 'cluster-advisory/CVE-2025-13281');
      expect(cve.locations[0].physicalLocation.artifactLocation.uri).toBe('.github/kube-upgrade-gate.yaml');
      expect(rules[cve.ruleIndex].id).toBe(cve.ruleId);
      expect(results.some((r) => r.ruleId === 'cluster-advisory')).toBe(false);
    });

    it('keeps every fingerprint when only the evaluation date changes', () => {
      const prints = (log: Json): string[] => (log.runs[0].results as Json[]).map((r) => `${r.ruleId} ${r.partialFingerprints[FINGERPRINT_KEY]}`).sort();
      // The date changes what is said (support ends between the two dates) but not what each finding is about.
      const messages = (log: Json): string[] => (log.runs[0].results as Json[]).map((r) => r.message.text).sort();
      expect(messages(july)).not.toEqual(messages(may));
      expect(prints(july)).toEqual(prints(may));
      expect(new Set(prints(may)).size).toBe(prints(may).length);
    });

    it('reports the same results when run again', async () => {
      expect(JSON.stringify((await clusterSarif('2026-05-01')).runs[0].results)).toBe(JSON.stringify(may.runs[0].results));
    });

    describe('Sarif.Multitool validate (one run over every sample)', () => {
      let found: Record<string, ValidatorResult[]>;
      beforeAll(() => {
        const broken = JSON.parse(text) as Json;
        delete broken.runs[0].results[0].locations;
        found = validateAll({
          sample: text,
          empty: renderSarif(sampleResult([])),
          clustersMay: JSON.stringify(may),
          clustersJuly: JSON.stringify(july),
          broken: JSON.stringify(broken),
        });
      }, 180_000);

      it.each(['sample', 'empty', 'clustersMay', 'clustersJuly'])('reports no errors or warnings for the %s report', (name) => {
        // The rules ran: the validator always has notes to offer (no version control provenance, no snippets).
        expect(found[name]!.some((f) => f.ruleId === 'SARIF2003')).toBe(true);
        expect(found[name]!.filter((f) => f.level === 'error' || f.level === 'warning')).toEqual([]);
      });

      it('catches a result without a location (the check would notice a regression)', () => {
        expect(found['broken']!.some((f) => f.level === 'error' && f.ruleId.startsWith('GH'))).toBe(true);
      });
    });
  });
});
