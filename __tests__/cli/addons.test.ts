/** Add-on APIs through the CLI: judged against `addons:` of the configuration file, else a warning. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../helpers/cli.js';

let root: string;
const write = (rel: string, text: string) => {
  mkdirSync(dirname(join(root, rel)), { recursive: true });
  writeFileSync(join(root, rel), text);
};
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kug-addons-'));
  write('deploy/cert.yaml', 'apiVersion: cert-manager.io/v1alpha2\nkind: Certificate\nmetadata:\n  name: web\n');
  write('deploy/keep.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: keep\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

type Report = { findings: Array<{ ruleId: string; severity: string; file: string; line: number }> };

describe('add-on APIs through the CLI', () => {
  it.each<[string, string | null, Array<[string, string, string, number]>]>([
    ['no configuration file', null, [['removed-addon-api', 'warning', 'deploy/cert.yaml', 1]]],
    ['cert-manager 1.14 declared', 'addons:\n  cert-manager: "1.14"\n', [['removed-addon-api', 'error', 'deploy/cert.yaml', 1]]],
    ['cert-manager 1.5 declared', 'addons:\n  cert-manager: "1.5"\n', [['deprecated-addon-api', 'warning', 'deploy/cert.yaml', 1]]],
    ['cert-manager 1.3 declared', 'addons:\n  cert-manager: "1.3"\n', []],
  ])('%s', async (_name, config, want) => {
    if (config) write('.github/kube-upgrade-gate.yaml', config);
    const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json'], root);
    const rows = (JSON.parse(r.stdout) as Report).findings.map((f) => [f.ruleId, f.severity, f.file, f.line]);
    expect(rows).toEqual([...want, ['removed-api', 'error', 'deploy/keep.yaml', 1]]);
  });
});
