import { parseBool, parseFlags, parseGateList, splitList } from '../../src/components/flags.js';
import { componentOfImage, componentOfProgram, invocationOf } from '../../src/components/identify.js';
import { isHostConfigPath, hostFileKind } from '../../src/components/host-files.js';
import { offsetPlacer, shellWords, type Token } from '../../src/components/text.js';

const tok = (text: string): Token => ({ text, placeAt: () => ({ line: 1, column: null }) });
const toks = (...t: string[]): Token[] => t.map(tok);

describe('flags as the components parse them', () => {
  test.each<[string[], Array<[string, string | null]>]>([
    [['--feature-gates=A=true,B=false'], [['feature-gates', 'A=true,B=false']]],
    [['--feature-gates', 'A=true'], [['feature-gates', 'A=true']]],
    [['--feature-gates', '--v=2'], [['feature-gates', null], ['v', '2']]],
    [['--allow-privileged', 'true'], [['allow-privileged', null]]],
    [['-v=4', 'positional', '--', '--after-dashes=1'], [['v', '4']]],
    [['--feature-gates='], [['feature-gates', '']]],
  ])('%j', (args, want) => {
    expect(parseFlags(toks(...args)).map((f) => [f.name, f.value])).toEqual(want);
  });

  test('gate lists keep each item and its offset; values follow strconv.ParseBool', () => {
    expect(parseGateList('A=true, B=False,,C=1,D=yes,E')).toEqual([
      { gate: 'A', raw: 'A=true', valueText: 'true', value: true, offset: 0 },
      { gate: 'B', raw: 'B=False', valueText: 'False', value: false, offset: 8 },
      { gate: 'C', raw: 'C=1', valueText: '1', value: true, offset: 17 },
      { gate: 'D', raw: 'D=yes', valueText: 'yes', value: null, offset: 21 },
      { gate: 'E', raw: 'E', valueText: '', value: null, offset: 27 },
    ]);
    expect(['t', 'T', 'TRUE', 'True'].map(parseBool)).toEqual([true, true, true, true]);
    expect(['0', 'f', 'F', 'FALSE'].map(parseBool)).toEqual([false, false, false, false]);
    expect(splitList(' NodeRestriction , PodSecurityPolicy')).toEqual([{ text: 'NodeRestriction', offset: 1 }, { text: 'PodSecurityPolicy', offset: 19 }]);
  });
});

describe('which component a container runs', () => {
  test.each<[string, string | null]>([
    ['registry.k8s.io/kube-apiserver:v1.30.2', 'kube-apiserver'],
    ['k8s.gcr.io/kube-proxy-amd64:v1.18.0', 'kube-proxy'],
    ['registry.local:5000/mirror/kube-scheduler@sha256:abc', 'kube-scheduler'],
    ['kube-controller-manager', 'kube-controller-manager'],
    ['ghcr.io/fluxcd/source-controller:v1.3.0', null],
    ['quay.io/prometheus-operator/prometheus-operator:v0.75.2', null],
    ['example.com/kube-apiserver-proxy:1.0', null],
  ])('image %s', (image, want) => {
    expect(componentOfImage(image)).toBe(want);
  });

  test.each<[string, string | null]>([
    ['/usr/local/bin/kubelet', 'kubelet'],
    ['kube-proxy', 'kube-proxy'],
    ['C:\\k\\kubelet.exe', 'kubelet'],
    ['/manager', null],
  ])('program %s', (p, want) => {
    expect(componentOfProgram(p)).toBe(want);
  });

  const script = (t: Token): Token[] => shellWords(t.text).map((w) => tok(w.text));
  test.each<[string, string[] | null, string[], string | null, string | null, string[]]>([
    ['command', ['kube-apiserver', '--a=1'], ['--b=2'], 'example/any:1', 'kube-apiserver', ['--a=1', '--b=2']],
    ['image when there is no command', null, ['--a=1'], 'registry.k8s.io/kube-proxy:v1.30.0', 'kube-proxy', ['--a=1']],
    ['another program with a Kubernetes image', ['/bin/tool'], ['--a=1'], 'registry.k8s.io/kube-proxy:v1.30.0', null, []],
    ['hyperkube', ['/hyperkube', 'apiserver', '--a=1'], [], 'k8s.gcr.io/hyperkube:v1.18.0', 'kube-apiserver', ['--a=1']],
    ['go-runner', ['/go-runner', '--log-file=x', '/usr/local/bin/kube-scheduler', '--a=1'], [], null, 'kube-scheduler', ['--a=1']],
    ['shell script', ['/bin/sh', '-c', 'echo hi; exec kube-proxy --a=1 && echo done'], [], null, 'kube-proxy', ['--a=1']],
    ['shell script without a component', ['/bin/sh', '-c', 'echo --feature-gates=A=true'], [], 'registry.k8s.io/kube-proxy:v1.30.0', null, []],
  ])('%s', (_name, command, args, image, component, componentArgs) => {
    const inv = invocationOf(command ? toks(...command) : null, toks(...args), image, script);
    expect(inv ? [inv.component, inv.args.map((a) => a.text)] : [null, []]).toEqual([component, componentArgs]);
  });
});

describe('shell words and places', () => {
  test('quotes, escapes, continuations, separators and comments', () => {
    const words = shellWords('a "b c" \'d\\e\' f\\ g \\\nh; i && j # k\nl');
    expect(words.map((w) => w.text)).toEqual(['a', 'b c', 'd\\e', 'f g', 'h', ';', 'i', '&&', 'j', '\n', 'l']);
    expect(words[1]?.offsets).toEqual([3, 4, 5]);
  });

  test('an unclosed quote ends at the end of the text', () => {
    expect(shellWords('x "y z').map((w) => w.text)).toEqual(['x', 'y z']);
  });

  test('offsets become 1-based lines and columns', () => {
    const place = offsetPlacer('ab\ncd\n\nef');
    expect([0, 1, 3, 4, 6, 7, 8].map(place)).toEqual([
      { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 2, column: 1 }, { line: 2, column: 2 }, { line: 3, column: 1 }, { line: 4, column: 1 }, { line: 4, column: 2 },
    ]);
  });
});

describe('host files', () => {
  test.each<[string, boolean]>([
    ['etc/systemd/system/kubelet.service.d/10-kubeadm.conf', true],
    ['kubelet.service.d/20-extra.conf', true],
    ['nodes/etc/systemd/system/kube-apiserver.service', true],
    ['etc/default/kubelet', true],
    ['etc/sysconfig/kubelet', true],
    ['var/lib/kubelet/kubeadm-flags.env', true],
    ['etc/systemd/system/containerd.service.d/override.conf', false],
    ['etc/default/grub', false],
    ['docs/kubelet.md', false],
  ])('%s is read: %s', (rel, want) => {
    expect(isHostConfigPath(rel)).toBe(want);
  });

  test.each<[string, string, string | null]>([
    ['etc/rancher/k3s/config.yaml', 'write-kubeconfig-mode: "0644"\n', 'k3s'],
    ['etc/rancher/rke2/config.yaml.d/10-x.yaml', 'token: x\n', 'k3s'],
    ['cluster/k3s.yaml', 'kubelet-arg:\n  - a=b\n', 'k3s'],
    ['cluster/other.yaml', 'kubelet: {arg: x}\n', null],
    ['etc/default/kubelet', 'KUBELET_EXTRA_ARGS=\n', 'env-file'],
  ])('%s', (rel, text, want) => {
    expect(hostFileKind(rel, text)).toBe(want);
  });
});
