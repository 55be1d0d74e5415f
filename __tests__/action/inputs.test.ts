
import { readActionSettings } from '../../src/action/inputs.js';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeFileSystem } from '../../src/platform/node-fs.js';
import { testCatalog } from '../helpers/catalog.js';
import { SettingsError } from '../../src/ports/errors.js';

const catalog = testCatalog();
const workspace = '/github/workspace';

function read(inputs: Record<string, string>, ws: { workspace: string | undefined; cwd: string } = { workspace, cwd: '/somewhere/else' }) {
  return readActionSettings({ getInput: (name) => inputs[name] ?? '', workspace: ws.workspace, cwd: ws.cwd }, catalog, nodeFileSystem);
}

async function errorOf(fn: () => Promise<unknown>): Promise<Error> {
  try {
    await fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}

describe('readActionSettings', () => {
  it('applies the defaults of action.yml when only the target is given', async () => {
    expect(await read({ 'target-version': '1.25' })).toMatchObject({
      root: workspace,
      paths: ['.'],
      target: '1.25',
      current: null,
      failOn: 'error',
      include: [],
      exclude: [],
      maxFileBytes: 5 * 1024 * 1024,
    });
  });

  it('reads every input', async () => {
    const s = await read({
      paths: 'k8s\ncharts/app/rendered.yaml, deploy/**/*.yaml\n',
      'target-version': ' v1.29.3 ',
      'current-version': '1.27',
      'fail-on': 'warning',
      include: '**/*.yaml',
      exclude: 'k8s/legacy/**\n  tests/**  ',
      'max-file-bytes': '1000',
    });
    expect(s).toMatchObject({
      root: workspace,
      paths: ['k8s', 'charts/app/rendered.yaml', 'deploy/**/*.yaml'],
      target: '1.29',
      current: '1.27',
      failOn: 'warning',
      include: ['**/*.yaml'],
      exclude: ['k8s/legacy/**', 'tests/**'],
      maxFileBytes: 1000,
    });
  });

  it('uses the working directory when GITHUB_WORKSPACE is not set', async () => {
    expect((await read({ 'target-version': '1.25' }, { workspace: undefined, cwd: '/tmp/checkout' })).root).toBe('/tmp/checkout');
    expect((await read({ 'target-version': '1.25' }, { workspace: '', cwd: '/tmp/checkout' })).root).toBe('/tmp/checkout');
  });

  it('accepts latest for the newest release of the catalog', async () => {
    expect((await read({ 'target-version': 'latest' })).target).toBe(catalog.newestRelease);
  });

  it('makes absolute paths inside the workspace relative to it', async () => {
    expect((await read({ 'target-version': '1.25', paths: `${workspace}/k8s\n${workspace}` })).paths).toEqual(['k8s', '.']);
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ['a missing target', {}, /^target-version is required/],
    ['a blank target', { 'target-version': '   ' }, /^target-version is required/],
    ['a target that is not a release', { 'target-version': 'banana' }, /^target-version "banana" is not a Kubernetes release/],
    ['a target newer than the catalog', { 'target-version': '1.99' }, /^target-version 1\.99 is newer than the newest release in the API catalog/],
    ['a current release that is not one', { 'target-version': '1.25', 'current-version': 'stable' }, /^current-version "stable" is not a Kubernetes release/],
    ['a current release newer than the target', { 'target-version': '1.25', 'current-version': '1.27' }, /^current-version 1\.27 is newer than target-version 1\.25/],
    ['an unknown fail-on', { 'target-version': '1.25', 'fail-on': 'errors' }, /^fail-on "errors" is not valid; expected one of error, warning, notice, never/],
    ['a bad size', { 'target-version': '1.25', 'max-file-bytes': '5MB' }, /^max-file-bytes "5MB" is not valid/],
    ['a path outside the workspace', { 'target-version': '1.25', paths: '/etc' }, /^paths: "\/etc" is outside the workspace/],
    ['a relative path leaving the workspace', { 'target-version': '1.25', paths: '../other' }, /^paths: "\.\.\/other" is outside the workspace/],
    ['a config file outside the workspace', { 'target-version': '1.25', config: '/etc/passwd' }, /^config: "\/etc\/passwd" is outside the workspace/],
    ['a values file outside the workspace', { 'target-version': '1.25', values: 'charts/app=/etc/values.yaml' }, /^values: "\/etc\/values.yaml" is outside the workspace/],
    ['an unknown advisories source', { 'target-version': '1.25', advisories: 'sometimes' }, /advisories/],
  ])('rejects %s with a SettingsError naming the input', async (_label, inputs, message) => {
    const err = await errorOf(() => read(inputs));
    expect(err).toBeInstanceOf(SettingsError);
    expect(err.message).toMatch(message);
  });
});

describe('readActionSettings with the cluster and render inputs', () => {
  let ws: string;
  beforeEach(() => {
    ws = mkdtempSync(join(tmpdir(), 'kug-inputs-'));
    mkdirSync(join(ws, '.github'));
    writeFileSync(join(ws, '.github', 'kube-upgrade-gate.yaml'), 'target: "1.30"\nclusters:\n  - name: prod\n    version: 1.29.4\n');
  });
  afterEach(() => rmSync(ws, { recursive: true, force: true }));

  it('takes the target and the clusters from the configuration file when target-version is not set', async () => {
    const s = await read({}, { workspace: ws, cwd: '/' });
    expect(s.target).toBe('1.30');
    expect(s.clusters?.clusters.map((c) => c.name)).toEqual(['prod']);
    expect(s.clusters?.configFile).toBe('.github/kube-upgrade-gate.yaml');
  });

  it('lets target-version override the file and reads the render inputs', async () => {
    const s = await read(
      { 'target-version': '1.31', 'helm-path': 'bin/helm', 'kubectl-path': 'kubectl', values: 'charts/app=charts/app/prod.yaml\n', 'release-name': 'rel', namespace: 'ns', 'render-timeout': '30', 'render-workers': '2', 'as-of': '2026-01-05', advisories: 'embedded' },
      { workspace: ws, cwd: '/' },
    );
    expect(s.target).toBe('1.31');
    expect(s.render).toMatchObject({ helmPath: join(ws, 'bin/helm'), kubectlPath: 'kubectl', releaseName: 'rel', namespace: 'ns', renderTimeoutSec: 30, renderWorkers: 2 });
    expect(s.clusters?.asOf).toBe('2026-01-05');
  });
});
