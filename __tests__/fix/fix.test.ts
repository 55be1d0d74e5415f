/**
 * `fix` end to end with real files: every fix against a byte-exact expected file (comments, quoting, CRLF and BOM
 * kept), every refusal with the file unchanged and its exact explanation, chart templates advised and never
 * written, and each fixed file scanned again at the target without a removed-api or deprecated-api finding.
 */
import { chmodSync, copyFileSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { makeSandbox, SECRET, type Sandbox } from '../sandbox/harness.js';
import { fixMain } from '../../src/fix/run.js';
import { loadApiCatalog } from '../../src/platform/catalogs.js';
import { nodeFileSystem } from '../../src/platform/node-fs.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'fix');

let box: Sandbox;
beforeEach(() => {
  box = makeSandbox('kug-fix-');
});
afterEach(() => {
  box.assertOutsideUnchanged();
  box.remove();
});

function place(dir: 'fixes' | 'refusals', name: string, as = name): string {
  const dest = join(box.root, as);
  copyFileSync(join(FIXTURES, dir, name), dest);
  return dest;
}

function expectedName(name: string): string {
  const dot = name.lastIndexOf('.');
  return `${name.slice(0, dot)}.expected${name.slice(dot)}`;
}

interface Report {
  findings: Array<{ ruleId: string; file: string | null; line: number | null }>;
}

async function scanFindings(file: string): Promise<Report['findings']> {
  const r = await runCli(['scan', file, '--target', '1.35', '--format', 'json', '--fail-on', 'never'], box.root);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as Report).findings;
}

const FIXES: ReadonlyArray<{ file: string; lines: string[] }> = [
  { file: 'rbac-role.yaml', lines: ['rbac-role.yaml:2: Role "reports/reader": changed apiVersion rbac.authorization.k8s.io/v1beta1 to rbac.authorization.k8s.io/v1'] },
  { file: 'rbac-clusterrole-crlf.yaml', lines: ['rbac-clusterrole-crlf.yaml:1: ClusterRole "aggregate-view": changed apiVersion rbac.authorization.k8s.io/v1beta1 to rbac.authorization.k8s.io/v1'] },
  { file: 'rbac-rolebinding.yaml', lines: ['rbac-rolebinding.yaml:1: RoleBinding "reports/reader": changed apiVersion rbac.authorization.k8s.io/v1beta1 to rbac.authorization.k8s.io/v1'] },
  { file: 'rbac-clusterrolebinding.yaml', lines: ['rbac-clusterrolebinding.yaml:2: ClusterRoleBinding "view-all": changed apiVersion rbac.authorization.k8s.io/v1beta1 to rbac.authorization.k8s.io/v1'] },
  { file: 'cronjob-bom-multidoc.yaml', lines: ['cronjob-bom-multidoc.yaml:10: CronJob "nightly": changed apiVersion batch/v1beta1 to batch/v1'] },
  { file: 'hpa-v2beta2.yaml', lines: ['hpa-v2beta2.yaml:1: HorizontalPodAutoscaler "web": changed apiVersion autoscaling/v2beta2 to autoscaling/v2'] },
  { file: 'flowschema.yaml', lines: ['flowschema.yaml:1: FlowSchema "batch-jobs": changed apiVersion flowcontrol.apiserver.k8s.io/v1beta3 to flowcontrol.apiserver.k8s.io/v1'] },
  {
    file: 'prioritylevelconfiguration.yaml',
    lines: [
      'prioritylevelconfiguration.yaml:2: PriorityLevelConfiguration "batch": changed apiVersion flowcontrol.apiserver.k8s.io/v1beta3 to flowcontrol.apiserver.k8s.io/v1',
      'prioritylevelconfiguration.yaml:15: PriorityLevelConfiguration "background": changed apiVersion flowcontrol.apiserver.k8s.io/v1beta3 to flowcontrol.apiserver.k8s.io/v1',
    ],
  },
  { file: 'priorityclass.yaml', lines: ['priorityclass.yaml:1: PriorityClass "high": changed apiVersion scheduling.k8s.io/v1beta1 to scheduling.k8s.io/v1'] },
  { file: 'storageclass.yaml', lines: ['storageclass.yaml:1: StorageClass "fast": changed apiVersion storage.k8s.io/v1beta1 to storage.k8s.io/v1'] },
  { file: 'csidriver.yaml', lines: ['csidriver.yaml:1: CSIDriver "ebs.csi.aws.com": changed apiVersion storage.k8s.io/v1beta1 to storage.k8s.io/v1'] },
  { file: 'endpointslice.yaml', lines: ['endpointslice.yaml:1: EndpointSlice "external-1": changed apiVersion discovery.k8s.io/v1beta1 to discovery.k8s.io/v1'] },
  { file: 'pdb-selector.yaml', lines: ['pdb-selector.yaml:1: PodDisruptionBudget "web": changed apiVersion policy/v1beta1 to policy/v1'] },
  {
    file: 'ingress-extensions.yaml',
    lines: ['ingress-extensions.yaml:2: Ingress "web": changed apiVersion extensions/v1beta1 to networking.k8s.io/v1 (backends as service.name/port, pathType ImplementationSpecific where unset)'],
  },
  {
    file: 'ingress-networking-crlf.yaml',
    lines: ['ingress-networking-crlf.yaml:1: Ingress "shop": changed apiVersion networking.k8s.io/v1beta1 to networking.k8s.io/v1 (backends as service.name/port, pathType ImplementationSpecific where unset)'],
  },
  {
    file: 'ingress-json.json',
    lines: ['ingress-json.json:2: Ingress "docs": changed apiVersion networking.k8s.io/v1beta1 to networking.k8s.io/v1 (backends as service.name/port, pathType ImplementationSpecific where unset)'],
  },
  {
    file: 'list.yaml',
    lines: [
      'list.yaml:4: ClusterRole "a": changed apiVersion rbac.authorization.k8s.io/v1beta1 to rbac.authorization.k8s.io/v1',
      'list.yaml:13: PriorityClass "c": changed apiVersion scheduling.k8s.io/v1beta1 to scheduling.k8s.io/v1',
    ],
  },
];

describe('fix: each mechanical migration, byte for byte', () => {
  it.each(FIXES)('$file', async ({ file, lines }) => {
    const path = place('fixes', file);
    const before = readFileSync(path);
    const expected = readFileSync(join(FIXTURES, 'fixes', expectedName(file)));
    // The scan finds the old API before the fix …
    const old = (await scanFindings(file)).filter((f) => f.ruleId === 'removed-api' || f.ruleId === 'deprecated-api');
    expect(old.length).toBe(lines.length);

    const r = await runCli(['fix', file, '--target', '1.35'], box.root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${lines.join('\n')}\nchanged ${lines.length} object${lines.length === 1 ? '' : 's'} in 1 file for Kubernetes 1.35\n`);
    const after = readFileSync(path);
    expect(after.equals(expected)).toBe(true);
    expect(after.equals(before)).toBe(false);
    // CRLF stays CRLF, a BOM stays.
    expect(after.includes('\r\n')).toBe(before.includes('\r\n'));
    expect(after.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(before.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));

    // … and not after it: the fixed file scanned again at the target is clean of API findings.
    const now = (await scanFindings(file)).filter((f) => f.ruleId === 'removed-api' || f.ruleId === 'deprecated-api');
    expect(now).toEqual([]);

    // A second run has nothing left to do.
    const again = await runCli(['fix', file, '--target', '1.35'], box.root);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('changed 0 objects in 0 files for Kubernetes 1.35\n');
    expect(readFileSync(path).equals(expected)).toBe(true);
  });

  it.each(FIXES)('--dry-run writes nothing and prints a diff that turns $file into the fixed file', async ({ file, lines }) => {
    const path = place('fixes', file);
    const before = readFileSync(path);
    const r = await runCli(['fix', file, '--target', '1.35', '--dry-run'], box.root);
    expect(r.code).toBe(0);
    expect(readFileSync(path).equals(before)).toBe(true);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe(`--- a/${file}`);
    expect(out[1]).toBe(`+++ b/${file}`);
    for (const l of lines) expect(out).toContain(l.replace(': changed apiVersion', ': would change apiVersion'));
    expect(out).toContain(`would change ${lines.length} object${lines.length === 1 ? '' : 's'} in 1 file for Kubernetes 1.35`);
    // The printed diff (carriage returns are not printed) applies to the file with patch.
    const diff = out.filter((l) => /^(---|\+\+\+|@@|[ +\-\\])/.test(l) && !l.startsWith(`${file}:`)).join('\n') + '\n';
    const crlf = before.includes('\r\n');
    const plain = join(box.root, 'plain.txt');
    writeFileSync(plain, crlf ? before.toString('utf8').replace(/\r\n/g, '\n') : before);
    execFileSync('patch', ['--quiet', '--no-backup-if-mismatch', plain], { input: diff });
    const want = readFileSync(join(FIXTURES, 'fixes', expectedName(file))).toString('utf8');
    expect(readFileSync(plain, 'utf8')).toBe(crlf ? want.replace(/\r\n/g, '\n') : want);
  });

  it('prints the exact unified diff', async () => {
    place('fixes', 'rbac-role.yaml');
    const r = await runCli(['fix', 'rbac-role.yaml', '--target', '1.35', '--dry-run'], box.root);
    expect(r.stdout).toBe(
      [
        '--- a/rbac-role.yaml',
        '+++ b/rbac-role.yaml',
        '@@ -1,5 +1,5 @@',
        ' # Role the reporting job reads with.',
        '-apiVersion: rbac.authorization.k8s.io/v1beta1 # moved in 1.22',
        '+apiVersion: rbac.authorization.k8s.io/v1 # moved in 1.22',
        ' kind: Role',
        ' metadata:',
        '   name: reader   # short name',
        'rbac-role.yaml:2: Role "reports/reader": would change apiVersion rbac.authorization.k8s.io/v1beta1 to rbac.authorization.k8s.io/v1',
        'would change 1 object in 1 file for Kubernetes 1.35',
        '',
      ].join('\n'),
    );
  });

  it('fixes a whole directory and touches only the files that change', async () => {
    for (const { file } of FIXES) place('fixes', file);
    writeFileSync(join(box.root, 'current.yaml'), 'apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: ok}\n');
    const untouched = statSync(join(box.root, 'current.yaml')).mtimeMs;
    const r = await runCli(['fix', '.', '--target', '1.35'], box.root);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').pop()).toBe(`changed ${FIXES.flatMap((f) => f.lines).length} objects in ${FIXES.length} files for Kubernetes 1.35`);
    for (const { file } of FIXES) expect(readFileSync(join(box.root, file)).equals(readFileSync(join(FIXTURES, 'fixes', expectedName(file))))).toBe(true);
    expect(statSync(join(box.root, 'current.yaml')).mtimeMs).toBe(untouched);
    const api = (await scanFindings('.')).filter((f) => f.ruleId === 'removed-api' || f.ruleId === 'deprecated-api');
    expect(api).toEqual([]);
  });
});

const WHY_NOT_TEMPLATE = 'not rewritten; change apiVersion to';
const REFUSALS: ReadonlyArray<{ file: string; line: string }> = [
  {
    file: 'hpa-v2beta1.yaml',
    line: 'hpa-v2beta1.yaml:1: HorizontalPodAutoscaler "web" (autoscaling/v2beta1) left as it is: autoscaling/v2 is not autoscaling/v2beta1 with a new name: metric targets changed (targetAverageUtilization, targetAverageValue and targetValue became target.type with averageUtilization, averageValue or value); rewrite spec.metrics by hand',
  },
  {
    file: 'psp.yaml',
    line: 'psp.yaml:2: PodSecurityPolicy "restricted" (policy/v1beta1) left as it is: PodSecurityPolicy has no replacement object: enforce Pod Security Admission (pod-security.kubernetes.io/* namespace labels) or an admission webhook instead, then delete this object',
  },
  {
    file: 'pdb-empty-selector.yaml',
    line: 'pdb-empty-selector.yaml:1: PodDisruptionBudget "all" (policy/v1beta1) left as it is: its spec.selector is empty: policy/v1beta1 reads an empty selector as no pods, policy/v1 as every pod in the namespace; write the selector out, then change apiVersion to policy/v1',
  },
  {
    file: 'pdb-empty-match-labels.yaml',
    line: 'pdb-empty-match-labels.yaml:1: PodDisruptionBudget "empty" (policy/v1beta1) left as it is: its spec.selector is empty: policy/v1beta1 reads an empty selector as no pods, policy/v1 as every pod in the namespace; write the selector out, then change apiVersion to policy/v1',
  },
  {
    file: 'pdb-no-selector.yaml',
    line: 'pdb-no-selector.yaml:1: PodDisruptionBudget "none" (policy/v1beta1) left as it is: it has no spec.selector, so it protects no pods; give it a non-empty spec.selector, then change apiVersion to policy/v1',
  },
  {
    file: 'endpointslice-topology.yaml',
    line: 'endpointslice-topology.yaml:1: EndpointSlice "external-2" (discovery.k8s.io/v1beta1) left as it is: endpoints[1].topology was removed in discovery.k8s.io/v1: move its kubernetes.io/hostname to nodeName and its zone label to zone by hand',
  },
  {
    file: 'plc-zero-shares.yaml',
    line: 'plc-zero-shares.yaml:1: PriorityLevelConfiguration "zero" (flowcontrol.apiserver.k8s.io/v1beta3) left as it is: spec.limited.nominalConcurrencyShares is 0, which v1beta3 reads as the default 30 and v1 as zero seats: write 30 to keep today\'s behaviour (or leave 0 to mean zero), then change apiVersion',
  },
  {
    file: 'plc-preserve-zero.yaml',
    line: 'plc-preserve-zero.yaml:1: PriorityLevelConfiguration "really-zero" (flowcontrol.apiserver.k8s.io/v1beta3) left as it is: it has the annotation flowcontrol.k8s.io/v1beta3-preserve-zero-concurrency-shares, which flowcontrol.apiserver.k8s.io/v1 rejects: remove it (and keep nominalConcurrencyShares as meant), then change apiVersion',
  },
  {
    file: 'anchor.yaml',
    line: `anchor.yaml:1: Role "anchored" (rbac.authorization.k8s.io/v1beta1) left as it is: it uses a YAML anchor (&read): ${WHY_NOT_TEMPLATE} rbac.authorization.k8s.io/v1 by hand`,
  },
  {
    file: 'alias.yaml',
    line: `alias.yaml:9: StorageClass "aliased" (storage.k8s.io/v1beta1) left as it is: it uses a YAML alias (*name): ${WHY_NOT_TEMPLATE} storage.k8s.io/v1 by hand`,
  },
  {
    file: 'merge-key.yaml',
    line: `merge-key.yaml:1: PriorityClass "merged" (scheduling.k8s.io/v1beta1) left as it is: it uses a YAML merge key (<<): ${WHY_NOT_TEMPLATE} scheduling.k8s.io/v1 by hand`,
  },
  {
    file: 'unknown-field.yaml',
    line: 'unknown-field.yaml:1: Role "odd" (rbac.authorization.k8s.io/v1beta1) left as it is: it has a field this tool does not know for Role (extra): change apiVersion to rbac.authorization.k8s.io/v1 by hand if it is right',
  },
  {
    file: 'ingress-unknown-field.yaml',
    line: 'ingress-unknown-field.yaml:1: Ingress "odd" (extensions/v1beta1) left as it is: it has a field this tool does not know for Ingress (spec.rules[0].http.paths[0].backend.serviceNamespace): not rewritten',
  },
  {
    file: 'ingress-quoted-port.yaml',
    line: 'ingress-quoted-port.yaml:1: Ingress "quoted" (networking.k8s.io/v1beta1) left as it is: spec.backend.servicePort is the string "80": say whether it is port number 80 or a port named "80": not rewritten',
  },
  {
    file: 'ingress-comment-between.yaml',
    line: 'ingress-comment-between.yaml:1: Ingress "commented" (networking.k8s.io/v1beta1) left as it is: comments or other text between serviceName and servicePort (line 7): not rewritten',
  },
  {
    file: 'template-syntax.yaml',
    line: 'template-syntax.yaml:1: CronJob "{{ .Values.name }}" (batch/v1beta1) left as it is: it contains template syntax ({{ … }}): not rewritten; change apiVersion to batch/v1 in the template',
  },
  { file: 'not-yaml-template.yaml', line: 'not-yaml-template.yaml:2: change apiVersion batch/v1beta1 to batch/v1 (not valid YAML, so not rewritten)' },
  {
    file: 'deployment-extensions.yaml',
    line: 'deployment-extensions.yaml:1: Deployment "legacy" (extensions/v1beta1) left as it is: Kubernetes 1.35 no longer serves extensions/v1beta1; moving to apps/v1 is not a mechanical change (fields or defaults differ): migrate by hand',
  },
];

describe('fix: what it cannot prove safe it leaves alone, and says why', () => {
  it.each(REFUSALS)('$file', async ({ file, line }) => {
    const path = place('refusals', file);
    const before = readFileSync(path);
    for (const dry of [[], ['--dry-run']]) {
      const r = await runCli(['fix', file, '--target', '1.35', ...dry], box.root);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(1);
      const summary = `${dry.length ? 'would change' : 'changed'} 0 objects in 0 files for Kubernetes 1.35; 1 left for a person (see above)`;
      expect(r.stdout).toBe(`${line}\n${summary}\n`);
      expect(readFileSync(path).equals(before)).toBe(true);
    }
  });

  it('fixes the safe objects of a file and leaves the others in it', async () => {
    const text = readFileSync(join(FIXTURES, 'refusals', 'pdb-empty-selector.yaml'), 'utf8') + '---\n' + readFileSync(join(FIXTURES, 'fixes', 'pdb-selector.yaml'), 'utf8');
    writeFileSync(join(box.root, 'both.yaml'), text);
    const r = await runCli(['fix', 'both.yaml', '--target', '1.35'], box.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('both.yaml:1: PodDisruptionBudget "all" (policy/v1beta1) left as it is: its spec.selector is empty');
    expect(r.stdout).toContain('both.yaml:9: PodDisruptionBudget "web": changed apiVersion policy/v1beta1 to policy/v1\n');
    expect(readFileSync(join(box.root, 'both.yaml'), 'utf8')).toBe(text.replace(/policy\/v1beta1(?![\s\S]*policy\/v1beta1)/, 'policy/v1'));
  });
});

describe('fix: only what the target asks for', () => {
  it.each([
    { target: '1.20', code: 0, out: 'changed 0 objects in 0 files for Kubernetes 1.20\n' }, // batch/v1beta1 still served and not deprecated
    { target: '1.21', code: 0, out: 'cronjob-bom-multidoc.yaml:10: CronJob "nightly": changed apiVersion batch/v1beta1 to batch/v1\nchanged 1 object in 1 file for Kubernetes 1.21\n' },
  ])('CronJob at $target', async ({ target, code, out }) => {
    place('fixes', 'cronjob-bom-multidoc.yaml');
    const r = await runCli(['fix', '.', '--target', target], box.root);
    expect(r.code).toBe(code);
    expect(r.stdout).toBe(out);
  });

  it('leaves an Ingress when the target does not serve networking.k8s.io/v1 yet', async () => {
    const path = place('fixes', 'ingress-extensions.yaml');
    const before = readFileSync(path);
    const r = await runCli(['fix', '.', '--target', '1.18'], box.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      'ingress-extensions.yaml:2: Ingress "web" (extensions/v1beta1) left as it is: Kubernetes 1.18 deprecates extensions/v1beta1 but does not serve networking.k8s.io/v1 yet: nothing to migrate to at this target\n' +
        'changed 0 objects in 0 files for Kubernetes 1.18; 1 left for a person (see above)\n',
    );
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('fix: kustomize selectors that name the old version', () => {
  const kustomization = (target: string): string =>
    `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ../../base\npatches:\n- path: patch.yaml\n  target: ${target}\n`;

  it.each([
    { target: '{group: batch, version: v1beta1, kind: CronJob}', refused: true },
    { target: '{version: v1beta1, kind: CronJob}', refused: true },
    { target: '{kind: CronJob, name: nightly}', refused: false },
    { target: '{group: batch, kind: CronJob}', refused: false },
    { target: '{group: batch, version: v1beta1, kind: Job}', refused: false },
  ])('target $target', async ({ target, refused }) => {
    const path = place('fixes', 'cronjob-bom-multidoc.yaml', 'cron.yaml');
    box.write('base/kustomization.yaml', 'resources: []\n');
    box.write('overlays/prod/kustomization.yaml', kustomization(target));
    const before = readFileSync(path);
    // The overlay lies outside the path given: it is still read.
    const r = await runCli(['fix', 'cron.yaml', '--target', '1.35'], box.root);
    if (refused) {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(
        'cron.yaml:10: CronJob "nightly" (batch/v1beta1) left as it is: the kustomize selector at overlays/prod/kustomization.yaml:7 picks CronJob by batch/v1beta1 and would stop matching: change the object and the selector together by hand\n' +
          'changed 0 objects in 0 files for Kubernetes 1.35; 1 left for a person (see above)\n',
      );
      expect(readFileSync(path).equals(before)).toBe(true);
    } else {
      expect(r.code).toBe(0);
      expect(readFileSync(path).equals(readFileSync(join(FIXTURES, 'fixes', 'cronjob-bom-multidoc.expected.yaml')))).toBe(true);
    }
  });

  it('an Ingress selected by its old group is left alone', async () => {
    place('fixes', 'ingress-extensions.yaml');
    box.write('kustomization.yaml', 'resources: [ingress-extensions.yaml]\nreplacements:\n- source: {kind: Service, name: web}\n  targets:\n  - select: {group: extensions, kind: Ingress}\n    fieldPaths: [spec.backend.serviceName]\n');
    const r = await runCli(['fix', '.', '--target', '1.35'], box.root);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('ingress-extensions.yaml:2: Ingress "web" (extensions/v1beta1) left as it is: the kustomize selector at kustomization.yaml:5 picks Ingress by extensions/v1beta1 and would stop matching');
  });
});

describe('fix: chart templates are advised, never rewritten', () => {
  const template = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: {{ .Release.Name }}-nightly\nspec:\n  schedule: "@daily"\n';
  const ingress = '{{- if .Values.ingress.enabled }}\n---\napiVersion: extensions/v1beta1\nkind: Ingress\nmetadata:\n  name: web\n{{- end }}\n';
  const current = '{{/* computed */}}\napiVersion: {{ include "cron.apiVersion" . }}\nkind: CronJob\n';

  beforeEach(() => {
    box.write('chart/Chart.yaml', 'apiVersion: v2\nname: web\nversion: 1.0.0\n');
    box.write('chart/values.yaml', 'ingress: {enabled: true}\n');
    box.write('chart/templates/cronjob.yaml', template);
    box.write('chart/templates/sub/ingress.yaml', ingress);
    box.write('chart/templates/computed.yaml', current);
  });

  it.each([['.'], ['chart'], ['chart/templates'], ['chart/templates/cronjob.yaml']])('fix %s', async (path) => {
    const r = await runCli(['fix', path, '--target', '1.35'], box.root);
    expect(r.code).toBe(1);
    const cron = 'chart/templates/cronjob.yaml:1: change apiVersion batch/v1beta1 to batch/v1';
    const ing =
      'chart/templates/sub/ingress.yaml:3: change apiVersion extensions/v1beta1 to networking.k8s.io/v1; rename spec.backend to spec.defaultBackend, write each serviceName/servicePort as service.name and service.port.number (service.port.name for a named port), and add pathType: ImplementationSpecific to each path';
    const lines = path.endsWith('.yaml') ? [cron] : [cron, ing];
    expect(r.stdout).toBe(`${lines.join('\n')}\nchanged 0 objects in 0 files for Kubernetes 1.35; ${lines.length} left for a person (see above)\n`);
    expect(readFileSync(join(box.root, 'chart/templates/cronjob.yaml'), 'utf8')).toBe(template);
    expect(readFileSync(join(box.root, 'chart/templates/sub/ingress.yaml'), 'utf8')).toBe(ingress);
  });

  it('advises with the template caveat where the move depends on the content', async () => {
    box.write('chart/templates/pdb.yaml', 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: x\nspec:\n  selector:\n    matchLabels: {{ toYaml .Values.labels | nindent 6 }}\n');
    const r = await runCli(['fix', 'chart/templates/pdb.yaml', '--target', '1.35'], box.root);
    expect(r.stdout).toContain('chart/templates/pdb.yaml:1: change apiVersion policy/v1beta1 to policy/v1 (only when spec.selector is non-empty: policy/v1 reads an empty selector as every pod in the namespace)\n');
  });
});

describe('fix: the workspace box decides what is read and written', () => {
  it('never reads or writes through a link out of the workspace, and says so', async () => {
    symlinkSync(join(box.outside, 'secret.yaml'), join(box.root, 'linked.yaml'));
    place('fixes', 'storageclass.yaml');
    const r = await runCli(['fix', '.', '--target', '1.35'], box.root);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'linked.yaml: skipped: symbolic link to a path outside the workspace (not followed)\n' +
        'storageclass.yaml:1: StorageClass "fast": changed apiVersion storage.k8s.io/v1beta1 to storage.k8s.io/v1\n' +
        'changed 1 object in 1 file for Kubernetes 1.35\n',
    );
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(lstatSync(join(box.root, 'linked.yaml')).isSymbolicLink()).toBe(true);
  });

  it('refuses a named path outside the workspace (usage error)', async () => {
    const r = await runCli(['fix', join(box.outside, 'secret.yaml'), '--target', '1.35'], box.root);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`kube-upgrade-gate: path "${join(box.outside, 'secret.yaml')}" leads outside the workspace (not read)\n`);
    expect(r.stdout).toBe('');
  });

  it('writes through a link inside the workspace to its target, keeping the link', async () => {
    place('fixes', 'priorityclass.yaml', 'real.yaml');
    symlinkSync('real.yaml', join(box.root, 'alias.yaml'));
    const r = await runCli(['fix', 'alias.yaml', '--target', '1.35'], box.root);
    expect(r.code).toBe(0);
    expect(lstatSync(join(box.root, 'alias.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(box.root, 'real.yaml')).equals(readFileSync(join(FIXTURES, 'fixes', 'priorityclass.expected.yaml')))).toBe(true);
  });

  it('never opens a FIFO', async () => {
    execFileSync('mkfifo', [join(box.root, 'pipe.yaml')]);
    place('fixes', 'csidriver.yaml');
    const r = await runCli(['fix', '.', '--target', '1.35'], box.root);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('changed 1 object in 1 file');
    expect(lstatSync(join(box.root, 'pipe.yaml')).isFIFO()).toBe(true);
  });

  it('keeps the file mode', async () => {
    const path = place('fixes', 'storageclass.yaml');
    chmodSync(path, 0o640);
    await runCli(['fix', '.', '--target', '1.35'], box.root);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('leaves the file whole when it cannot be written', async () => {
    const path = place('fixes', 'storageclass.yaml');
    const before = readFileSync(path);
    let out = '';
    const code = await fixMain(
      { command: 'fix', paths: [], target: '1.35', root: undefined, dryRun: false },
      {
        cwd: box.root, fs: nodeFileSystem, catalog: loadApiCatalog(), stdout: (t) => (out += t), stderr: () => {},
        write: async () => {
          throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
        },
      },
    );
    expect(code).toBe(1);
    expect(out).toBe('storageclass.yaml: not changed: cannot write the file: no space left on device (ENOSPC)\nchanged 0 objects in 0 files for Kubernetes 1.35; 1 left for a person (see above)\n');
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('fix: output the repository controls cannot turn into workflow commands', () => {
  it('escapes diff lines and object names', async () => {
    box.write('cmd.yaml', 'metadata:\n  annotations:\n    note: |\n      ::warning::from-the-file\n  name: "::error::name ##[group]x"\napiVersion: rbac.authorization.k8s.io/v1beta1\nkind: Role\nrules: []\n');
    const r = await runCli(['fix', 'cmd.yaml', '--target', '1.35', '--dry-run'], box.root);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => /^\s*::/.test(l) || l.includes('##['))).toEqual([]);
    expect(lines).toContain('       \\x3a:warning::from-the-file');
    expect(lines).toContain('cmd.yaml:6: Role "::error::name ##\\x5bgroup]x": would change apiVersion rbac.authorization.k8s.io/v1beta1 to rbac.authorization.k8s.io/v1');
  });
});

describe('fix: usage', () => {
  it.each([
    { argv: ['fix', '.'], err: 'kube-upgrade-gate: --target is required: the Kubernetes release to check against, e.g. 1.36\n' },
    { argv: ['fix', 'missing.yaml', '--target', '1.35'], err: 'kube-upgrade-gate: path "missing.yaml" does not exist\n' },
    { argv: ['fix', '.', '--target', '1.35', '--format', 'json'], err: 'kube-upgrade-gate: fix takes only --target, --root and --dry-run, not --format\n' },
    { argv: ['scan', '.', '--target', '1.35', '--dry-run'], err: 'kube-upgrade-gate: --dry-run is an option of fix\n' },
  ])('$argv', async ({ argv, err }) => {
    const r = await runCli(argv, box.root);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(err)).toBe(true);
  });
});
