/**
 * Peer regression suite: 114 cases derived from other tools' fixtures (../shared/peers/cases.yaml), each an input,
 * a target release and the exact removed/deprecated findings expected. Runs only where that folder exists (CI);
 * the project's own fixtures cover the same ground on a fresh clone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { layerBinaries } from '../helpers/binaries.js';
import { runCli } from '../helpers/cli.js';

const here = dirname(fileURLToPath(import.meta.url));
const peers = resolve(here, '..', '..', '..', 'shared', 'peers');

interface Expect {
  kind: string;
  apiVersion: string;
  name: string | null;
  status: 'removed' | 'deprecated';
  removedIn?: string | null;
  deprecatedIn?: string | null;
  replacement?: string | null;
  sourceTemplate?: string;
}
interface Case {
  input: string;
  target: string;
  mode?: string;
  render?: string;
  expect: Expect[];
  note?: string;
}
interface Finding {
  ruleId: string;
  file: string | null;
  object: { kind: string; apiVersion: string; name: string | null } | null;
  data: { removedIn?: string | null; deprecatedIn?: string | null; replacement?: string | null; catalogReplacement?: string | null };
}

const present = existsSync(join(peers, 'cases.yaml'));
const cases: Case[] = present ? (parse(readFileSync(join(peers, 'cases.yaml'), 'utf8')) as { cases: Case[] }).cases : [];
const exceptions: Record<string, string> =
  (parse(readFileSync(join(here, 'exceptions.yaml'), 'utf8')) as { exceptions: Record<string, string> | null }).exceptions ?? {};

const norm = (s: string | null | undefined): string | null => (s === undefined || s === null ? null : String(s));

// This suite is run on purpose (npm run test:peers, which CI runs only when ../shared/peers is beside the
// repository): without its cases it fails and says where they were looked for, rather than passing empty.
describe('peer regression cases', () => {
  it('has all 114 cases', () => {
    if (!present) throw new Error(`the peer cases are missing: ${join(peers, 'cases.yaml')}`);
    expect(cases).toHaveLength(114);
  });

  const named = cases.map((c, i) => [`${i + 1} ${c.input} @ ${c.target}${c.mode ? ` (${c.mode})` : ''}`, c] as const);
  it.each(named)('%s', async (_name, c) => {
    const key = `${c.input}@${c.target}`;
    // A chart is rendered with the real helm for the target, and findings point at the template.
    const helm = c.render ? ['--helm-path', layerBinaries('v35').helm] : [];
    const r = await runCli(['scan', c.input, '--target', String(c.target), '--format', 'json', '--fail-on', 'never', ...helm], peers);
    expect(r.stderr).toBe('');
    const findings = (JSON.parse(r.stdout) as { findings: Finding[] }).findings.filter((f) => f.ruleId === 'removed-api' || f.ruleId === 'deprecated-api');
    const got = findings
      .map((f) => ({
        kind: f.object?.kind,
        apiVersion: f.object?.apiVersion,
        name: f.object?.name ?? null,
        status: f.ruleId === 'removed-api' ? 'removed' : 'deprecated',
        removedIn: norm(f.data.removedIn),
        deprecatedIn: norm(f.data.deprecatedIn),
        // The peers name the replacement the deprecation names, not the one the target serves.
        replacement: norm(f.data.catalogReplacement ?? null),
      }))
      .sort(byKey);
    // A case states only the facts it checks: fields it leaves out are not compared.
    const optional = ['removedIn', 'deprecatedIn', 'replacement'] as const;
    for (const g of got) {
      const e = c.expect.find((x) => x.kind === g.kind && x.apiVersion === g.apiVersion && (x.name ?? null) === g.name);
      for (const k of optional) if (e && e[k] === undefined) delete (g as Partial<typeof g>)[k];
    }
    const want = c.expect
      .map((e) => ({
        kind: e.kind,
        apiVersion: e.apiVersion,
        name: e.name ?? null,
        status: e.status,
        ...Object.fromEntries(optional.filter((k) => e[k] !== undefined).map((k) => [k, norm(e[k])])),
      }))
      .sort(byKey);
    for (const e of c.expect) {
      if (!e.sourceTemplate) continue;
      const f = findings.find((x) => x.object?.kind === e.kind && x.object?.apiVersion === e.apiVersion);
      expect(f?.file).toBe(`${c.input}/${e.sourceTemplate}`);
    }
    if (exceptions[key]) {
      // A documented disagreement (see exceptions.yaml) must still be one; otherwise drop the exception.
      expect(got).not.toEqual(want);
      expect(got.map((g) => [g.kind, g.apiVersion, g.status])).toEqual(want.map((w) => [w.kind, w.apiVersion, w.status]));
      return;
    }
    expect(got).toEqual(want);
  });
});

function byKey(a: { kind?: string; apiVersion?: string; name: string | null }, b: { kind?: string; apiVersion?: string; name: string | null }): number {
  const ka = `${a.apiVersion}/${a.kind}/${a.name}`;
  const kb = `${b.apiVersion}/${b.kind}/${b.name}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
