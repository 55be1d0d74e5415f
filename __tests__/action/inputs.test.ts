import { SettingsError } from '../../src/app/settings.js';
import { readActionSettings } from '../../src/action/inputs.js';
import { testCatalog } from '../helpers/catalog.js';

const catalog = testCatalog();
const workspace = '/home/runner/work/repo/repo';

function read(inputs: Record<string, string>, ws: { workspace: string | undefined; cwd: string } = { workspace, cwd: '/somewhere/else' }) {
  return readActionSettings({ getInput: (name) => inputs[name] ?? '', workspace: ws.workspace, cwd: ws.cwd }, catalog);
}

function errorOf(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error');
}

describe('readActionSettings', () => {
  it('applies the defaults of action.yml when only the target is given', () => {
    expect(read({ 'target-version': '1.25' })).toMatchObject({
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

  it('reads every input', () => {
    const s = read({
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

  it('uses the working directory when GITHUB_WORKSPACE is not set', () => {
    expect(read({ 'target-version': '1.25' }, { workspace: undefined, cwd: '/tmp/checkout' }).root).toBe('/tmp/checkout');
    expect(read({ 'target-version': '1.25' }, { workspace: '', cwd: '/tmp/checkout' }).root).toBe('/tmp/checkout');
  });

  it('accepts latest for the newest release of the catalog', () => {
    expect(read({ 'target-version': 'latest' }).target).toBe(catalog.newestRelease);
  });

  it('makes absolute paths inside the workspace relative to it', () => {
    expect(read({ 'target-version': '1.25', paths: `${workspace}/k8s\n${workspace}` }).paths).toEqual(['k8s', '.']);
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
  ])('rejects %s with a SettingsError naming the input', (_label, inputs, message) => {
    const err = errorOf(() => read(inputs));
    expect(err).toBeInstanceOf(SettingsError);
    expect(err.message).toMatch(message);
  });
});
