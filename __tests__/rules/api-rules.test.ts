import type { Finding } from '../../src/findings/types.js';
import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { deprecatedApi } from '../../src/rules/deprecated-api.js';
import { removedApi } from '../../src/rules/removed-api.js';
import type { Rule } from '../../src/rules/types.js';
import { testCatalog } from '../helpers/catalog.js';

function check(rules: Rule[], yaml: string, target: string, current: string | null = null): Finding[] {
  const out: Finding[] = [];
  const engine = createEngine(rules, { target, current, catalog: testCatalog() }, (f) => out.push(f));
  for (const doc of parseManifestText(yaml).documents) engine.document(doc, 'x.yaml');
  return out;
}

const obj = (apiVersion: string, kind: string) => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: demo\n`;

describe('removed-api', () => {
  const valid: Array<[string, string, string]> = [
    ['extensions/v1beta1', 'Ingress', '1.21'], // still served
    ['networking.k8s.io/v1', 'Ingress', '1.36'],
    ['v1', 'ConfigMap', '1.36'],
    ['example.com/v1', 'Widget', '1.36'], // unknown (CRD): never reported
    ['batch/v1beta1', 'CronJob', '1.24'],
  ];
  it.each(valid)('%s %s at %s: nothing', (av, kind, target) => {
    expect(check([removedApi], obj(av, kind), target)).toEqual([]);
  });

  const invalid: Array<[string, string, string, string, string | null]> = [
    ['extensions/v1beta1', 'Ingress', '1.22', '1.22', 'networking.k8s.io/v1'],
    ['extensions/v1beta1', 'Ingress', '1.36', '1.22', 'networking.k8s.io/v1'],
    ['batch/v1beta1', 'CronJob', '1.25', '1.25', 'batch/v1'],
    ['policy/v1beta1', 'PodSecurityPolicy', '1.25', '1.25', null],
    ['flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema', '1.32', '1.32', 'flowcontrol.apiserver.k8s.io/v1'],
  ];
  it.each(invalid)('%s %s at %s: removed in %s, replaced by %s', (av, kind, target, removedIn, replacement) => {
    const [f, ...rest] = check([removedApi], obj(av, kind), target);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'removed-api', severity: 'error', file: 'x.yaml', line: 1, column: 1,
      object: { apiVersion: av, kind, name: 'demo', namespace: null },
      data: { removedIn, replacement, target },
    });
    expect(f?.message).toContain(`${kind} "demo" uses ${av}, which Kubernetes ${target} no longer serves`);
    expect(f?.message).toContain(`removed in ${removedIn}`);
    if (replacement) expect(f?.message).toContain(`Migrate to ${replacement}`);
    else expect(f?.message).toContain('no replacement');
  });

  it('says whether the current release already serves the replacement', () => {
    const before = check([removedApi], obj('extensions/v1beta1', 'Ingress'), '1.22', '1.21')[0];
    expect(before?.message).toContain('already serves networking.k8s.io/v1: migrate before the upgrade');
    expect(before?.data['replacementServedByCurrent']).toBe(true);
    const during = check([removedApi], obj('flowcontrol.apiserver.k8s.io/v1beta3', 'FlowSchema'), '1.32', '1.28')[0];
    expect(during?.message).toContain('does not serve flowcontrol.apiserver.k8s.io/v1 yet: migrate during the upgrade window');
    expect(during?.data['replacementServedByCurrent']).toBe(false);
  });
});

describe('deprecated-api', () => {
  const valid: Array<[string, string, string]> = [
    ['extensions/v1beta1', 'Ingress', '1.22'], // removed: reported by removed-api only
    ['batch/v1beta1', 'CronJob', '1.20'], // before deprecation
    ['apps/v1', 'Deployment', '1.36'],
  ];
  it.each(valid)('%s %s at %s: nothing', (av, kind, target) => {
    expect(check([deprecatedApi], obj(av, kind), target)).toEqual([]);
  });

  const invalid: Array<[string, string, string, string]> = [
    ['batch/v1beta1', 'CronJob', '1.21', '1.21'],
    ['batch/v1beta1', 'CronJob', '1.24', '1.21'],
    ['extensions/v1beta1', 'Ingress', '1.16', '1.14'],
  ];
  it.each(invalid)('%s %s at %s: deprecated since %s', (av, kind, target, deprecatedIn) => {
    const found = check([deprecatedApi], obj(av, kind), target);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ ruleId: 'deprecated-api', severity: 'warning', data: { deprecatedIn } });
    expect(found[0]?.message).toContain(`deprecated since Kubernetes ${deprecatedIn}`);
  });
});
