/**
 * Network isolation of the programs a runner starts (`networkNamespaceRunner`): each in an empty network namespace
 * of its own where the kernel allows it, found out once; where it does not, programs run as before and
 * `networkIsolation()` says why.
 */
import { platform } from 'node:os';
import type { NetworkIsolation, ProcessRunner } from '../../ports/index.js';

export interface NetworkNamespaceOptions {
  /** util-linux's unshare (default /usr/bin/unshare). */
  unsharePath?: string;
}

/**
 * Runs every program in an empty network namespace of its own where the kernel allows it: `unshare -rn` makes a
 * user namespace (so that no privilege is needed) and in it a network namespace whose only device, loopback, is
 * down, so nothing connects anywhere, not even to this machine's local ports (which Go's HTTP client reaches without
 * the proxy the renderers' environment names). unshare replaces itself with the program, which so keeps the pid,
 * process group, time limit and kill of the runner underneath.
 *
 * Whether it is allowed is found out once, by the first run (`unshare -rn true`); where it is not (no unshare, not
 * Linux, unprivileged user namespaces refused) programs run as before, and `networkIsolation()` says why.
 */
export function networkNamespaceRunner(inner: ProcessRunner, options: NetworkNamespaceOptions = {}): ProcessRunner {
  const unshare = options.unsharePath ?? '/usr/bin/unshare';
  let known: NetworkIsolation | null = null;
  let detection: Promise<NetworkIsolation> | null = null;
  const detect = async (): Promise<NetworkIsolation> => {
    if (platform() !== 'linux') return { kind: 'proxy-only', reason: 'network namespaces are a Linux feature' };
    const r = await inner.run(unshare, ['-rn', 'true'], { env: { PATH: '/usr/bin:/bin' }, timeoutMs: 10_000 });
    if (r.exitCode === 0) return { kind: 'namespace' };
    const said = r.spawnError ?? (r.stderr.trim().split('\n')[0] || (r.timedOut ? 'timed out' : `exit code ${r.exitCode}`));
    return { kind: 'proxy-only', reason: `${unshare} -rn true failed: ${said}` };
  };
  return {
    async run(command, args, opts) {
      detection ??= detect().then((d) => (known = d));
      const isolation = await detection;
      return isolation.kind === 'namespace' ? inner.run(unshare, ['-rn', '--', command, ...args], opts) : inner.run(command, args, opts);
    },
    networkIsolation: () => known,
  };
}
