/**
 * Kustomize overlays stay inside the workspace and off the network: every path and URL a kustomization (or a base,
 * component, generator or transformer it builds on) names is checked before kubectl runs, and anything outside the
 * workspace, remote, not a regular file, or a cycle is a render-failed finding at the entry that names it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isRemote } from '../../src/render/kustomize.js';
import { layerBinaries } from '../helpers/binaries.js';
import { runCli } from '../helpers/cli.js';
import { makeSandbox, SECRET, startTrap, type Sandbox, type Trap } from './harness.js';

interface JsonFinding {
  ruleId: string;
  severity: string;
  file: string | null;
  line: number | null;
  message: string;
  data: Record<string, unknown>;
}

const OVERLAY = 'app/overlay/kustomization.yaml';
const OUT = '../../../outside'; // from app/overlay to the sandbox's outside directory
const CONFIGMAP = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: b\n';

let sb: Sandbox;
let trap: Trap;
/** A kustomization outside the workspace whose only resource is named after the secret. */
let ext: string;
let extBefore: string[];

const listing = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().map((f) => `${f}:${readFileSync(join(dir, f), 'utf8')}`);

beforeAll(() => {
  layerBinaries('v35');
});

beforeEach(async () => {
  sb = makeSandbox('kug-kust-');
  trap = await startTrap();
  ext = mkdtempSync(join(tmpdir(), 'kug-kust-ext-'));
  writeFileSync(join(ext, 'kustomization.yaml'), 'resources:\n  - secret.yaml\n');
  writeFileSync(join(ext, 'secret.yaml'), `apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: ${SECRET}\n`);
  extBefore = listing(ext);
  sb.write('legacy/cronjob.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n');
  sb.write('app/overlay/cm.yaml', CONFIGMAP);
});

afterEach(async () => {
  sb.assertOutsideUnchanged();
  expect(listing(ext)).toEqual(extBefore);
  expect(trap.requests).toEqual([]);
  await trap.close();
  sb.remove();
  rmSync(ext, { recursive: true, force: true });
});

/** Workspace-relative path of the outside kustomization, and its path from the overlay directory. */
const extFromRoot = (): string => relative(sb.root, ext);
const extFromOverlay = (): string => relative(join(sb.root, 'app/overlay'), ext);

function lineOf(text: string, needle: string): number {
  const i = text.split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`${needle} not in fixture`);
  return i + 1;
}

/** Scans the sandbox with the real kubectl and checks what every case must hold; returns the render-failed findings. */
async function scan(): Promise<{ failed: JsonFinding[]; ms: number }> {
  const started = Date.now();
  const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json', '--kubectl-path', layerBinaries('v35').kubectl, '--render-timeout', '10'], sb.root);
  const ms = Date.now() - started;
  expect(r.stdout).not.toContain(SECRET);
  expect(r.stderr).not.toContain(SECRET);
  const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
  // The rest of the scan still runs: the removed API elsewhere in the workspace is reported.
  expect(findings.filter((f) => f.ruleId === 'removed-api').map((f) => [f.severity, f.file, f.line])).toEqual([['error', 'legacy/cronjob.yaml', 1]]);
  for (const f of findings) expect(f.message).not.toContain(tmpdir());
  return { failed: findings.filter((f) => f.ruleId === 'render-failed'), ms };
}

const rowsOf = (failed: JsonFinding[]): Array<[string, string, string | null, number | null]> => failed.map((f) => [f.ruleId, f.severity, f.file, f.line]);

interface Case {
  /** The overlay's kustomization.yaml. */
  kust: () => string;
  /** Text of the offending line. */
  at: () => string;
  /** The path the finding names (workspace-relative). */
  named: () => string;
  /** Other files of the workspace. */
  setup?: () => void;
  /** Where the finding is, when not in the overlay's kustomization (file and the text of its line). */
  where?: () => { file: string; text: string };
}

const plain = (field: string): Case => ({
  kust: () => `resources:\n  - cm.yaml\n${field}:\n  - ${OUT}/secret.yaml\n`,
  at: () => `${OUT}/secret.yaml`,
  named: () => '../outside/secret.yaml',
});

describe('a path outside the workspace is refused before kustomize runs', () => {
  const cases: Array<[string, Case]> = [
    ['resources: a kustomization outside', { kust: () => `resources:\n  - cm.yaml\n  - ${extFromOverlay()}\n`, at: () => extFromOverlay(), named: extFromRoot }],
    ['bases: a kustomization outside', { kust: () => `resources:\n  - cm.yaml\nbases:\n  - ${extFromOverlay()}\n`, at: () => extFromOverlay(), named: extFromRoot }],
    ['components: a directory outside', { kust: () => `resources:\n  - cm.yaml\ncomponents:\n  - ${extFromOverlay()}\n`, at: () => extFromOverlay(), named: extFromRoot }],
    [
      'resources: a link in the workspace to a kustomization outside',
      { setup: () => symlinkSync(ext, join(sb.root, 'app/linked')), kust: () => 'resources:\n  - cm.yaml\n  - ../linked\n', at: () => '../linked', named: () => 'app/linked' },
    ],
    ['Resources: (any letter case, as kustomize reads it)', { kust: () => `Resources:\n  - cm.yaml\n  - ${extFromOverlay()}\n`, at: () => extFromOverlay(), named: extFromRoot }],
    ['resources: an alias to a path outside', { kust: () => `namePrefix: &p ${extFromOverlay()}\nresources:\n  - cm.yaml\n  - *p\n`, at: () => '*p', named: extFromRoot }],
    ['resources: a file outside', { kust: () => `resources:\n  - cm.yaml\n  - ${OUT}/secret.yaml\n`, at: () => 'secret.yaml', named: () => '../outside/secret.yaml' }],
    ['crds', plain('crds')],
    ['configurations', plain('configurations')],
    ['patchesStrategicMerge', plain('patchesStrategicMerge')],
    ['transformers', plain('transformers')],
    ['generators', plain('generators')],
    ['validators', plain('validators')],
    ['patches path', { kust: () => `resources:\n  - cm.yaml\npatches:\n  - path: ${OUT}/secret.yaml\n`, at: () => 'path:', named: () => '../outside/secret.yaml' }],
    [
      'patchesJson6902 path',
      { kust: () => `resources:\n  - cm.yaml\npatchesJson6902:\n  - target: {version: v1, kind: ConfigMap, name: settings}\n    path: ${OUT}/secret.yaml\n`, at: () => 'path:', named: () => '../outside/secret.yaml' },
    ],
    ['replacements path', { kust: () => `resources:\n  - cm.yaml\nreplacements:\n  - path: ${OUT}/secret.yaml\n`, at: () => 'path:', named: () => '../outside/secret.yaml' }],
    ['openapi path', { kust: () => `resources:\n  - cm.yaml\nopenapi:\n  path: ${OUT}/secret.yaml\n`, at: () => 'path:', named: () => '../outside/secret.yaml' }],
    ['configMapGenerator files', { kust: () => `configMapGenerator:\n  - name: x\n    files:\n      - ${OUT}/secret.txt\n`, at: () => 'secret.txt', named: () => '../outside/secret.txt' }],
    ['configMapGenerator files key=path', { kust: () => `configMapGenerator:\n  - name: x\n    files:\n      - data=${OUT}/secret.txt\n`, at: () => 'secret.txt', named: () => '../outside/secret.txt' }],
    ['configMapGenerator envs', { kust: () => `configMapGenerator:\n  - name: x\n    envs:\n      - ${OUT}/secret.txt\n`, at: () => 'secret.txt', named: () => '../outside/secret.txt' }],
    ['secretGenerator env', { kust: () => `secretGenerator:\n  - name: x\n    env: ${OUT}/secret.txt\n`, at: () => 'secret.txt', named: () => '../outside/secret.txt' }],
    ['secretGenerator files', { kust: () => `secretGenerator:\n  - name: x\n    files:\n      - ${OUT}/secret.txt\n`, at: () => 'secret.txt', named: () => '../outside/secret.txt' }],
    [
      'patches path: a link in the overlay to a file outside',
      {
        setup: () => symlinkSync(join(sb.outside, 'secret.yaml'), join(sb.root, 'app/overlay/leak.yaml')),
        kust: () => 'resources:\n  - cm.yaml\npatches:\n  - path: leak.yaml\n',
        at: () => 'leak.yaml',
        named: () => 'app/overlay/leak.yaml',
      },
    ],
    [
      'an inline transformer whose patch file is outside (reported at its line in the block)',
      {
        kust: () => `resources:\n  - cm.yaml\ntransformers:\n  - |-\n    apiVersion: builtin\n    kind: PatchTransformer\n    metadata:\n      name: p\n    path: ${OUT}/secret.yaml\n`,
        at: () => 'path:',
        named: () => '../outside/secret.yaml',
      },
    ],
    [
      'a transformer file whose patch file is outside',
      {
        setup: () => sb.write('app/overlay/tr.yaml', `apiVersion: builtin\nkind: PatchTransformer\nmetadata:\n  name: p\npath: ${OUT}/secret.yaml\n`),
        kust: () => 'resources:\n  - cm.yaml\ntransformers:\n  - tr.yaml\n',
        at: () => '',
        named: () => '../outside/secret.yaml',
        where: () => ({ file: 'app/overlay/tr.yaml', text: 'path:' }),
      },
    ],
    [
      "a base's resource outside (the base is checked too)",
      {
        setup: () => sb.write('app/base/kustomization.yaml', `resources:\n  - ${relative(join(sb.root, 'app/base'), ext)}\n`),
        kust: () => 'resources:\n  - cm.yaml\n  - ../base\n',
        at: () => '',
        named: extFromRoot,
        where: () => ({ file: 'app/base/kustomization.yaml', text: 'kug-kust-ext-' }),
      },
    ],
  ];

  it.each(cases)('%s', async (_name, c) => {
    c.setup?.();
    const kust = c.kust();
    sb.write(OVERLAY, kust);
    const where = c.where?.();
    const file = where?.file ?? OVERLAY;
    const line = where ? lineOf(readFileSync(join(sb.root, where.file), 'utf8'), where.text) : lineOf(kust, c.at());
    const { failed } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', file, line]]);
    expect(failed[0]?.message).toContain(`${c.named()} leads outside the workspace (not read)`);
    if (where?.file === 'app/base/kustomization.yaml') expect(failed[0]?.data['kustomizations']).toEqual(['app/base', 'app/overlay']);
    else expect(failed[0]?.data['kustomization']).toBe('app/overlay');
  });
});

describe('a kustomization file that is a link to a file outside', () => {
  it('is refused at the file, and the overlay using it at its entry', async () => {
    sb.write('app/evil/README.md', 'x\n');
    symlinkSync(join(sb.outside, 'secret.yaml'), join(sb.root, 'app/evil/kustomization.yaml'));
    sb.write(OVERLAY, 'resources:\n  - cm.yaml\n  - ../evil\n');
    const { failed } = await scan();
    expect(rowsOf(failed)).toEqual([
      ['render-failed', 'warning', 'app/evil/kustomization.yaml', null],
      ['render-failed', 'warning', OVERLAY, 3],
    ]);
    for (const f of failed) expect(f.message).toContain('app/evil/kustomization.yaml leads outside the workspace (not read)');
  });
});

describe('a remote location is refused and never fetched', () => {
  const url = (path: string): string => `${trap.url}/${path}`;
  const cases: Array<[string, () => string, () => string]> = [
    ['resources (http)', () => `resources:\n  - cm.yaml\n  - ${url('res.yaml')}\n`, () => url('res.yaml')],
    ['resources (HTTP, any letter case)', () => `resources:\n  - cm.yaml\n  - ${url('res.yaml').replace('http', 'HTTP')}\n`, () => url('res.yaml').replace('http', 'HTTP')],
    ['bases', () => `resources:\n  - cm.yaml\nbases:\n  - ${url('base')}\n`, () => url('base')],
    ['components', () => `resources:\n  - cm.yaml\ncomponents:\n  - ${url('component')}\n`, () => url('component')],
    ['crds', () => `resources:\n  - cm.yaml\ncrds:\n  - ${url('crd.yaml')}\n`, () => url('crd.yaml')],
    ['configurations', () => `resources:\n  - cm.yaml\nconfigurations:\n  - ${url('conf.yaml')}\n`, () => url('conf.yaml')],
    ['patches path', () => `resources:\n  - cm.yaml\npatches:\n  - path: ${url('patch.yaml')}\n`, () => url('patch.yaml')],
    ['Patches PATH (any letter case)', () => `resources:\n  - cm.yaml\nPatches:\n  - PATH: ${url('patch.yaml')}\n`, () => url('patch.yaml')],
    ['patchesStrategicMerge', () => `resources:\n  - cm.yaml\npatchesStrategicMerge:\n  - ${url('psm.yaml')}\n`, () => url('psm.yaml')],
    ['patchesJson6902 path', () => `resources:\n  - cm.yaml\npatchesJson6902:\n  - target: {version: v1, kind: ConfigMap, name: settings}\n    path: ${url('json.yaml')}\n`, () => url('json.yaml')],
    ['replacements path', () => `resources:\n  - cm.yaml\nreplacements:\n  - path: ${url('repl.yaml')}\n`, () => url('repl.yaml')],
    ['openapi path', () => `resources:\n  - cm.yaml\nopenapi:\n  path: ${url('openapi.json')}\n`, () => url('openapi.json')],
    ['configMapGenerator files', () => `configMapGenerator:\n  - name: x\n    files:\n      - ${url('f.txt')}\n`, () => url('f.txt')],
    ['configMapGenerator files key=url', () => `configMapGenerator:\n  - name: x\n    files:\n      - data=${url('f.txt')}\n`, () => `data=${url('f.txt')}`],
    ['configMapGenerator envs', () => `configMapGenerator:\n  - name: x\n    envs:\n      - ${url('env.txt')}\n`, () => url('env.txt')],
    ['secretGenerator files', () => `secretGenerator:\n  - name: x\n    files:\n      - ${url('s.txt')}\n`, () => url('s.txt')],
    ['transformers', () => `resources:\n  - cm.yaml\ntransformers:\n  - ${url('t.yaml')}\n`, () => url('t.yaml')],
    ['generators', () => `resources:\n  - cm.yaml\ngenerators:\n  - ${url('g.yaml')}\n`, () => url('g.yaml')],
    ['validators', () => `resources:\n  - cm.yaml\nvalidators:\n  - ${url('v.yaml')}\n`, () => url('v.yaml')],
    [
      'an inline transformer fetching its patch',
      () => `resources:\n  - cm.yaml\ntransformers:\n  - |-\n    apiVersion: builtin\n    kind: PatchTransformer\n    metadata:\n      name: p\n    path: ${url('inline.yaml')}\n`,
      () => url('inline.yaml'),
    ],
    ['git over ssh', () => 'resources:\n  - cm.yaml\n  - git@github.com:example/platform.git\n', () => 'git@github.com:example/platform.git'],
    ['ssh URL', () => 'resources:\n  - cm.yaml\n  - ssh://git@example.com/example/platform.git\n', () => 'ssh://git@example.com/example/platform.git'],
    ['github.com path with a ref', () => 'resources:\n  - cm.yaml\n  - github.com/example/platform/deploy?ref=v1\n', () => 'github.com/example/platform/deploy?ref=v1'],
    ['https git URL with a subdirectory', () => 'resources:\n  - cm.yaml\n  - https://github.com/example/platform//deploy?ref=v1\n', () => 'https://github.com/example/platform//deploy?ref=v1'],
    ['gh: shorthand', () => 'resources:\n  - cm.yaml\n  - gh:example/platform\n', () => 'gh:example/platform'],
  ];

  it.each(cases)('%s', async (_name, kust, entry) => {
    const text = kust();
    sb.write(OVERLAY, text);
    const { failed } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', OVERLAY, lineOf(text, entry())]]);
    expect(failed[0]?.message).toContain(`"${entry()}"`);
    expect(failed[0]?.message).toMatch(/remote location.*never downloaded/);
    expect(failed[0]?.data['remote']).toBe(entry());
  });

  it('an inline transformer in a quoted string is reported at its entry', async () => {
    const text = `resources:\n  - cm.yaml\ntransformers:\n  - "apiVersion: builtin\\nkind: PatchTransformer\\nmetadata:\\n  name: p\\npath: ${url('quoted.yaml')}\\n"\n`;
    sb.write(OVERLAY, text);
    const { failed } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', OVERLAY, 4]]);
    expect(failed[0]?.data['remote']).toBe(url('quoted.yaml'));
  });

  it('an overlay whose own path kustomize would take for a repository is not handed to it', async () => {
    sb.write('app/platform.git/overlay/cm.yaml', CONFIGMAP);
    sb.write('app/platform.git/overlay/kustomization.yaml', 'resources:\n  - cm.yaml\n');
    sb.write(OVERLAY, 'resources:\n  - cm.yaml\n');
    const { failed } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', 'app/platform.git/overlay/kustomization.yaml', null]]);
    expect(failed[0]?.message).toContain('kustomize would take its path for a remote location (app/platform.git/overlay)');
  });

  it('a transformer file of the workspace that fetches its patch', async () => {
    const tr = `apiVersion: builtin\nkind: PatchTransformer\nmetadata:\n  name: p\npath: ${url('tr.yaml')}\n`;
    sb.write('app/overlay/tr.yaml', tr);
    sb.write(OVERLAY, 'resources:\n  - cm.yaml\ntransformers:\n  - tr.yaml\n');
    const { failed } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', 'app/overlay/tr.yaml', 5]]);
    expect(failed[0]?.data['remote']).toBe(url('tr.yaml'));
  });

  it("a base's remote patch is refused when the overlay is rendered", async () => {
    sb.write('app/base/cm.yaml', CONFIGMAP);
    sb.write('app/base/kustomization.yaml', `resources:\n  - cm.yaml\npatches:\n  - path: ${url('base-patch.yaml')}\n`);
    sb.write(OVERLAY, 'resources:\n  - ../base\n');
    const { failed } = await scan();
    // The overlay, and the base on its own after its only overlay failed: one finding at the base's entry.
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', 'app/base/kustomization.yaml', 4]]);
    expect(failed[0]?.data['kustomizations']).toEqual(['app/base', 'app/overlay']);
  });
});

describe('kustomizations that use each other', () => {
  it('two overlays that are each other’s base: one finding naming both, and the word cycle', async () => {
    sb.write('app/a/cm.yaml', CONFIGMAP);
    sb.write('app/a/kustomization.yaml', 'resources:\n  - cm.yaml\n  - ../b\n');
    sb.write('app/b/kustomization.yaml', 'resources:\n  - ../a\n');
    sb.write(OVERLAY, 'resources:\n  - cm.yaml\n');
    const { failed } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', 'app/a/kustomization.yaml', 3]]);
    expect(failed[0]?.message).toBe(
      'Kustomize overlay app/a could not be rendered: the kustomizations app/a and app/b use one another in a cycle (app/a → app/b → app/a), which kustomize cannot build. Its objects were not checked.',
    );
    expect(failed[0]?.data['cycle']).toEqual(['app/a', 'app/b']);
  });

  it('an overlay on a base that is in a cycle', async () => {
    sb.write('app/a/kustomization.yaml', 'resources:\n  - ../b\n');
    sb.write('app/b/kustomization.yaml', 'resources:\n  - ../c\n');
    sb.write('app/c/kustomization.yaml', 'resources:\n  - ../a\n');
    sb.write(OVERLAY, 'resources:\n  - cm.yaml\n  - ../b\n');
    const { failed } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', 'app/a/kustomization.yaml', 2]]);
    expect(failed[0]?.message).toContain('the kustomizations app/a, app/b and app/c use one another in a cycle (app/a → app/b → app/c → app/a)');
  });

  it('a kustomization that lists itself', async () => {
    const kust = 'resources:\n  - cm.yaml\n  - .\n';
    sb.write(OVERLAY, kust);
    const { failed } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', OVERLAY, 3]]);
    expect(failed[0]?.message).toContain('the kustomization app/overlay uses itself (app/overlay → app/overlay), a cycle kustomize cannot build');
  });
});

describe('nesting', () => {
  it('a chain of bases deeper than 32 kustomizations is not followed', async () => {
    const name = (i: number): string => `deep/k${String(i).padStart(2, '0')}`;
    for (let i = 0; i < 40; i++) sb.write(`${name(i)}/kustomization.yaml`, i < 39 ? `resources:\n  - ../k${String(i + 1).padStart(2, '0')}\n` : 'resources:\n  - cm.yaml\n');
    sb.write(`${name(39)}/cm.yaml`, CONFIGMAP);
    sb.write(OVERLAY, 'resources:\n  - cm.yaml\n');
    const { failed } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', 'deep/k31/kustomization.yaml', 2]]);
    expect(failed[0]?.message).toContain('resources entry "../k32": kustomizations nested more than 32 deep are not followed.');
  });
});

describe('a FIFO is refused at once, not read until the time limit', () => {
  const fifo = (rel: string): void => {
    execFileSync('mkfifo', [join(sb.root, rel)]);
  };

  it("the overlay's own kustomization.yaml", async () => {
    fifo('app/overlay/kustomization.yaml');
    const { failed, ms } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', OVERLAY, null]]);
    expect(failed[0]?.message).toContain('app/overlay/kustomization.yaml is not a regular file (a FIFO, device or socket is never read)');
    expect(ms).toBeLessThan(8000);
  });

  it("a base's kustomization.yaml", async () => {
    sb.write('app/base/x.txt', 'x\n');
    fifo('app/base/kustomization.yaml');
    sb.write(OVERLAY, 'resources:\n  - cm.yaml\n  - ../base\n');
    const { failed, ms } = await scan();
    expect(rowsOf(failed)).toEqual([
      ['render-failed', 'warning', 'app/base/kustomization.yaml', null],
      ['render-failed', 'warning', OVERLAY, 3],
    ]);
    for (const f of failed) expect(f.message).toContain('app/base/kustomization.yaml is not a regular file');
    expect(failed.some((f) => f.data['timedOut'])).toBe(false);
    expect(ms).toBeLessThan(8000);
  });

  it.each([
    ['resources', 'resources:\n  - cm.yaml\n  - pipe.yaml\n'],
    ['patches path', 'resources:\n  - cm.yaml\npatches:\n  - path: pipe.yaml\n'],
    ['configMapGenerator files', 'configMapGenerator:\n  - name: x\n    files:\n      - pipe.yaml\n'],
  ])('%s', async (_name, kust) => {
    fifo('app/overlay/pipe.yaml');
    sb.write(OVERLAY, kust);
    const { failed, ms } = await scan();
    expect(rowsOf(failed)).toEqual([['render-failed', 'warning', OVERLAY, lineOf(kust, 'pipe.yaml')]]);
    expect(failed[0]?.message).toContain('app/overlay/pipe.yaml is not a regular file');
    expect(ms).toBeLessThan(8000);
  });
});

describe('what stays as it was', () => {
  it('an overlay inside the workspace renders, with its base, patches and generated files', async () => {
    sb.write('app/base/kustomization.yaml', 'resources:\n  - cronjob.yaml\n');
    sb.write('app/base/cronjob.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: base-job\n');
    sb.write('app/overlay/data.txt', 'hello\n');
    sb.write('app/overlay/patch.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  c: d\n');
    sb.write(OVERLAY, 'resources:\n  - cm.yaml\n  - ../base\npatches:\n  - path: patch.yaml\nconfigMapGenerator:\n  - name: gen\n    files:\n      - data.txt\n');
    const r = await runCli(['scan', '.', '--target', '1.25', '--format', 'json', '--kubectl-path', layerBinaries('v35').kubectl], sb.root);
    const findings = (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => [f.ruleId, f.file, f.line])).toEqual([
      ['removed-api', 'app/base/cronjob.yaml', 1],
      ['removed-api', 'legacy/cronjob.yaml', 1],
    ]);
    expect(findings[0]?.data['kustomizations']).toEqual(['app/overlay']);
  });
});

describe('isRemote', () => {
  it.each([
    'http://127.0.0.1:8080/a.yaml',
    'HTTPS://example.com/a.yaml',
    'oci://registry.example.com/app',
    'file:///srv/repo.git',
    'git@github.com:org/repo.git',
    'git@gitlab.example.com/org/repo',
    'git::https://example.com/org/repo',
    'gh:org/repo',
    'example.com:org/repo',
    'github.com/org/repo',
    'GitHub.com/org/repo/deploy',
    'deploy?ref=v1',
    'example.com/org/repo.git',
    'example.com/org/repo.git/deploy',
    'dev.azure.com/org/project/_git/repo',
    'example.com/org/repo//deploy',
  ])('%s is remote', (entry) => expect(isRemote(entry)).toBe(true));

  it.each(['base', '../base', './cm.yaml', '../../common/base', 'deploy.v2/app.yaml', 'values@2.yaml', 'github/app', 'my.gitignored/x.yaml', 'a/b/'])(
    '%s is local',
    (entry) => expect(isRemote(entry)).toBe(false),
  );
});
