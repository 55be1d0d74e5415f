/**
 * The runbook of a plan, per provider, following the moves of its boards in order: kubeadm (etcd snapshot, kubeadm
 * upgrade plan/apply/node, package pins and holds, drain/uncordon per node) or the managed providers' control-plane
 * and node-pool commands. Also the rollback triggers and the post-upgrade checks. Names from the configuration or the
 * inventory reach commands only shell-quoted.
 */
import type { Provider } from '../clusters/config.js';
import { minorOf } from '../version/index.js';
import type { PlanMove, PlanStep, RunbookSection, ValidationCheck } from './types.js';

/** A value as one shell word: plain when it is made of safe characters, else single-quoted (control characters dropped). */
export function sh(value: string): string {
  if (/^[A-Za-z0-9._:/=@+-]+$/.test(value)) return value;
  return `'${value.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, '?').replace(/'/g, `'\\''`)}'`;
}

export interface RunbookInput {
  cluster: string;
  provider: Provider | null;
  steps: readonly PlanStep[];
  catchUp: readonly PlanMove[];
  /** Node names per pool and the control-plane nodes, from inventory evidence (empty without it). */
  nodes: { controlPlane: string[]; pools: Record<string, string[]> };
}

const ETCD_TLS = '--cacert=/etc/kubernetes/pki/etcd/ca.crt --cert=/etc/kubernetes/pki/etcd/server.crt --key=/etc/kubernetes/pki/etcd/server.key';

function isManaged(provider: Provider | null): provider is 'eks' | 'gke' | 'aks' {
  return provider === 'eks' || provider === 'gke' || provider === 'aks';
}

export function runbook(input: RunbookInput): RunbookSection[] {
  if (input.provider === 'kubeadm') return kubeadm(input);
  if (isManaged(input.provider)) return managed(input, input.provider);
  return generic(input);
}

const snapshotFile = (cluster: string, version: string): string => `/var/backups/etcd-${cluster.replace(/[^A-Za-z0-9._-]/g, '_')}-before-${version}.db`;

function nodesOf(input: RunbookInput, pool: string): string[] {
  const names = input.nodes.pools[pool] ?? [];
  return names.length > 0 ? names : [`<each node of pool ${pool}>`];
}

function kubeadmNode(node: string, version: string, first: boolean): string[] {
  const n = sh(node);
  const pin = `'${version}-*'`;
  const lines = [
    `# on ${node}: the package repository of ${minorOf(version)} (pkgs.k8s.io has one per minor), then kubeadm`,
    `sudo sed -i -E 's#/v1\\.[0-9]+/#/v${minorOf(version)}/#' /etc/apt/sources.list.d/kubernetes.list`,
    `sudo apt-mark unhold kubeadm && sudo apt-get update && sudo apt-get install -y kubeadm=${pin} && sudo apt-mark hold kubeadm`,
    'kubeadm version -o short',
  ];
  if (first) lines.push('sudo kubeadm upgrade plan', `sudo kubeadm upgrade apply v${version}`);
  else lines.push('sudo kubeadm upgrade node');
  lines.push(
    `kubectl drain ${n} --ignore-daemonsets --delete-emptydir-data`,
    `sudo apt-mark unhold kubelet kubectl && sudo apt-get install -y kubelet=${pin} kubectl=${pin} && sudo apt-mark hold kubelet kubectl`,
    'sudo systemctl daemon-reload && sudo systemctl restart kubelet',
    `kubectl uncordon ${n}`,
    `kubectl get node ${n} -o jsonpath='{.status.nodeInfo.kubeletVersion}{"\\n"}'   # expect v${version}`,
  );
  return lines;
}

function kubeadm(input: RunbookInput): RunbookSection[] {
  const sections: RunbookSection[] = [];
  const first = input.steps[0];
  const cp = input.nodes.controlPlane.length > 0 ? input.nodes.controlPlane : ['<first control-plane node>'];
  if (first) {
    const file = snapshotFile(input.cluster, first.from);
    sections.push({
      title: 'Before the first step: etcd snapshot and configuration backup',
      items: [
        {
          text: `On ${cp[0]}, snapshot etcd and keep the snapshot off the node: it is the only way back, since kubeadm has no control-plane downgrade. Repeat before every step (the file name carries the version).`,
          commands: [
            `sudo ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 ${ETCD_TLS} snapshot save ${file}`,
            `sudo ETCDCTL_API=3 etcdctl --write-out=table snapshot status ${file}`,
            `sudo cp -a /etc/kubernetes /var/backups/kubernetes-before-${first.from}`,
          ],
        },
        {
          text: 'Restore (rollback only): stop the control plane on every control-plane node, restore the snapshot into a new data directory, point the etcd static pod at it, and reinstall the previous version\'s packages and manifests.',
          commands: [
            'sudo mv /etc/kubernetes/manifests /etc/kubernetes/manifests.stopped',
            `sudo ETCDCTL_API=3 etcdctl snapshot restore ${file} --data-dir /var/lib/etcd-restored --name <this node's etcd member name> --initial-cluster <name=https://ip:2380,…> --initial-advertise-peer-urls https://<this node's ip>:2380`,
            `sudo rm -rf /etc/kubernetes && sudo cp -a /var/backups/kubernetes-before-${first.from} /etc/kubernetes`,
            "sudo sed -i 's#path: /var/lib/etcd$#path: /var/lib/etcd-restored#' /etc/kubernetes/manifests.stopped/etcd.yaml",
            'sudo mv /etc/kubernetes/manifests.stopped /etc/kubernetes/manifests',
            `sudo ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 ${ETCD_TLS} endpoint health`,
          ],
        },
      ],
    });
  }
  for (const step of input.steps) {
    const items: RunbookSection['items'] = [];
    items.push({
      text: `Snapshot etcd before this step (on ${cp[0]}).`,
      commands: [`sudo ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 ${ETCD_TLS} snapshot save ${snapshotFile(input.cluster, step.from)}`],
    });
    // `kubeadm upgrade apply` runs once per step, on the first control-plane node that moves to the step's version;
    // a control-plane node catching up with the version the cluster already runs uses `kubeadm upgrade node`.
    let applied = false;
    let cpIndex = 0;
    for (const move of step.moves) {
      const apply = !applied && move.to === step.to && move.keys.some((k) => k.startsWith('kube-apiserver'));
      if (apply) applied = true;
      items.push(kubeadmMove(input, move, apply, () => cpIndex++, cp));
    }
    sections.push({ title: `Step ${step.index}: ${step.from} → ${step.to}`, items });
  }
  if (input.catchUp.length > 0) sections.push({ title: 'Node pools catching up', items: input.catchUp.map((m) => kubeadmMove(input, m, false, () => 1, cp)) });
  return sections;
}

function kubeadmMove(input: RunbookInput, move: PlanMove, apply: boolean, nextCp: () => number, cp: string[]): RunbookSection['items'][number] {
  const pool = poolOf(move);
  if (pool !== null && move.what.startsWith('kube-proxy')) {
    return {
      text: `${move.what}: ${move.from} → ${move.to}; kubeadm upgrades the kube-proxy DaemonSet once every control-plane node runs the new version.`,
      commands: [`kubectl -n kube-system get daemonset kube-proxy -o jsonpath='{.spec.template.spec.containers[0].image}{"\\n"}'   # expect :v${move.to}`],
    };
  }
  if (pool !== null) {
    return {
      text: `${move.what}: ${move.from} → ${move.to}, one node at a time (${move.why}).`,
      commands: nodesOf(input, pool).flatMap((n) => kubeadmNode(n, move.to, false)),
    };
  }
  if (move.keys.every((k) => !k.startsWith('kube-apiserver'))) {
    return { text: `${move.what}: ${move.from} → ${move.to}; kubeadm upgrades them with kube-apiserver on each control-plane node (${move.why}).`, commands: [] };
  }
  const i = nextCp();
  const node = move.keys[0]!.includes('@') ? move.keys[0]!.split('@')[1]! : (cp[i] ?? `<control-plane node ${i + 1}>`);
  return {
    text: `${move.what}: ${move.from} → ${move.to} on ${node}${apply ? ' (the first control-plane node of this step: kubeadm upgrade apply)' : ' (kubeadm upgrade node)'}.`,
    commands: kubeadmNode(node, move.to, apply),
  };
}

function poolOf(move: PlanMove): string | null {
  const key = move.keys.find((k) => k.startsWith('kubelet@') || k.startsWith('kube-proxy@'));
  return key ? key.slice(key.indexOf('@') + 1) : null;
}

function managed(input: RunbookInput, provider: 'eks' | 'gke' | 'aks'): RunbookSection[] {
  const c = sh(input.cluster);
  const sections: RunbookSection[] = [];
  const cpCommands = (step: PlanStep): string[] => {
    if (provider === 'eks') {
      return [
        `aws eks update-cluster-version --name ${c} --kubernetes-version ${step.minor}`,
        `aws eks wait cluster-active --name ${c}`,
        `aws eks describe-cluster --name ${c} --query 'cluster.[version,platformVersion,status]'`,
      ];
    }
    if (provider === 'gke') {
      return [
        `gcloud container get-server-config --location <location> --format='yaml(validMasterVersions)' | grep ${step.minor}`,
        `gcloud container clusters upgrade ${c} --master --cluster-version ${step.minor} --location <location>`,
      ];
    }
    return [`az aks get-upgrades --resource-group <resource-group> --name ${c} -o table`, `az aks upgrade --resource-group <resource-group> --name ${c} --kubernetes-version ${step.to} --control-plane-only --yes`];
  };
  const poolCommands = (pool: string, to: string): string[] => {
    const p = sh(pool);
    if (provider === 'eks') return [`aws eks update-nodegroup-version --cluster-name ${c} --nodegroup-name ${p} --kubernetes-version ${minorOf(to)}`, `aws eks wait nodegroup-active --cluster-name ${c} --nodegroup-name ${p}`];
    if (provider === 'gke') return [`gcloud container clusters upgrade ${c} --node-pool ${p} --cluster-version ${minorOf(to)} --location <location>`];
    return [`az aks nodepool upgrade --resource-group <resource-group> --cluster-name ${c} --name ${p} --kubernetes-version ${to} --yes`];
  };
  const addOns = (step: PlanStep): RunbookSection['items'][number] | null => {
    if (provider !== 'eks') return null;
    return {
      text: `Add-ons are yours on EKS: move kube-proxy, CoreDNS and the VPC CNI to the versions published for ${step.minor}.`,
      commands: ['kube-proxy', 'coredns', 'vpc-cni'].flatMap((a) => [
        `aws eks describe-addon-versions --kubernetes-version ${step.minor} --addon-name ${a} --query 'addons[0].addonVersions[0].addonVersion' --output text`,
        `aws eks update-addon --cluster-name ${c} --addon-name ${a} --addon-version <the version printed above> --resolve-conflicts PRESERVE`,
      ]),
    };
  };
  const poolItem = (move: PlanMove): RunbookSection['items'][number] => {
    const pool = poolOf(move)!;
    return {
      text: `${move.what}: ${move.from} → ${move.to} (${move.why}). The provider replaces or drains the nodes; disruption budgets decide whether each drain can finish.`,
      commands: poolCommands(pool, move.to),
    };
  };
  for (const step of input.steps) {
    const items: RunbookSection['items'] = [];
    let cpDone = false;
    for (const move of step.moves) {
      // EKS: the kube-proxy add-on moves with the add-ons item above.
      if (move.what.startsWith('kube-proxy')) continue;
      if (poolOf(move) !== null) items.push(poolItem(move));
      else if (!cpDone) {
        cpDone = true;
        items.push({ text: `Control plane ${step.from} → ${step.to}: the provider upgrades kube-apiserver, the controllers and etcd (upstream ${step.to}; the provider's build carries its own suffix).`, commands: cpCommands(step) });
        const add = addOns(step);
        if (add) items.push(add);
      }
    }
    sections.push({ title: `Step ${step.index}: ${step.from} → ${step.to}`, items });
  }
  if (input.catchUp.length > 0) sections.push({ title: 'Node pools catching up', items: input.catchUp.map(poolItem) });
  return sections;
}

function generic(input: RunbookInput): RunbookSection[] {
  const sections: RunbookSection[] = [];
  const item = (move: PlanMove): RunbookSection['items'][number] => {
    const pool = poolOf(move);
    if (pool === null) return { text: `${move.what}: ${move.from} → ${move.to} with the distribution's upgrade procedure (${move.why}).`, commands: [] };
    return {
      text: `${move.what}: ${move.from} → ${move.to}, one node at a time (${move.why}).`,
      commands: nodesOf(input, pool).flatMap((n) => [`kubectl drain ${sh(n)} --ignore-daemonsets --delete-emptydir-data`, `# upgrade kubelet and kube-proxy on ${n} to ${move.to}`, `kubectl uncordon ${sh(n)}`]),
    };
  };
  for (const step of input.steps) sections.push({ title: `Step ${step.index}: ${step.from} → ${step.to}`, items: step.moves.map(item) });
  if (input.catchUp.length > 0) sections.push({ title: 'Node pools catching up', items: input.catchUp.map(item) });
  return sections;
}

export function ownership(provider: Provider | null): { provider: string[]; owner: string[] } | null {
  if (!isManaged(provider)) return null;
  const name = provider === 'eks' ? 'EKS' : provider === 'gke' ? 'GKE' : 'AKS';
  return {
    provider: [
      `${name} upgrades kube-apiserver, kube-controller-manager, kube-scheduler and the cloud controller manager, one minor per request`,
      `${name} runs etcd, its backups and the control-plane certificates: there are no etcd or kubeadm steps`,
      `${name} never downgrades the control plane`,
    ],
    owner: [
      'starting each node-pool upgrade, one minor at a time, within the skew policy (surge and drain settings)',
      provider === 'eks' ? 'add-ons: kube-proxy, CoreDNS, the VPC CNI and CSI drivers (EKS does not move them with the control plane)' : `add-ons you installed yourself (CNI, CSI drivers, ingress controllers); ${name}'s own add-ons follow the control plane`,
      'admission webhooks and their availability while nodes drain',
      'PodDisruptionBudgets that block drains',
      'policies: Pod Security Admission labels, NetworkPolicies, RBAC',
      'manifests that use APIs the new release removes',
    ],
  };
}

export function rollback(provider: Provider | null, steps: readonly PlanStep[]): { triggers: string[]; notReasons: string[]; how: string[] } {
  const triggers = [
    'kube-apiserver does not start, or /readyz stays failing after the step',
    'authentication or authorization is broken: tokens, certificates or service accounts rejected, `kubectl auth can-i` answers that changed',
    provider === 'kubeadm' || !isManaged(provider) ? 'etcd is unhealthy: `etcdctl endpoint health` fails, no leader, or members missing' : 'the provider reports the control-plane update failed or the cluster unhealthy',
    'admission rejects valid workloads: pods or objects that were accepted before the step are refused',
  ];
  const notReasons = [
    'deprecation warnings (`Warning:` lines from kubectl, `apiserver_requested_deprecated_apis`): plan the migration, the APIs still work',
    'a node pool still on an older version within the skew policy',
    'pods restarted or rescheduled by the drains',
  ];
  const first = steps[0];
  const how =
    provider === 'kubeadm'
      ? [
          'kubeadm has no control-plane downgrade: the etcd snapshot taken before the step is the rollback.',
          `Restore it on every control-plane node (see "Restore" above), reinstall the previous version's kubeadm, kubelet and kubectl packages${first ? ` (${first.from} for the first step)` : ''}, and put back the saved /etc/kubernetes.`,
          'Objects written after the snapshot are lost: stop deployments during the window.',
        ]
      : isManaged(provider)
        ? [
            'The provider does not downgrade the control plane: fix forward (revert the change that broke admission or access), or restore workloads into a new cluster on the previous version.',
            'Node pools can be recreated on the previous version as long as it is within the skew policy of the control plane.',
          ]
        : ['Follow the distribution\'s rollback: restore the etcd (or datastore) backup taken before the step with the previous version\'s binaries.'];
  return { triggers, notReasons, how };
}

export function validation(targetVersion: string, provider: Provider | null): ValidationCheck[] {
  const checks: ValidationCheck[] = [
    { check: 'Component versions', command: "kubectl version -o json | grep -A3 serverVersion", healthy: `serverVersion.gitVersion is v${targetVersion}${isManaged(provider) ? ' (with the provider\'s suffix)' : ''}` },
    { check: 'Node versions', command: 'kubectl get nodes -o wide', healthy: `every node Ready, VERSION v${targetVersion} (or the version its pool is planned to be at)` },
    { check: 'API server health', command: "kubectl get --raw='/readyz?verbose'", healthy: 'every check "ok", last line "readyz check passed"' },
  ];
  if (provider === 'kubeadm') {
    checks.push(
      { check: 'Control-plane static pods', command: "kubectl -n kube-system get pods -l tier=control-plane -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[0].image", healthy: `every kube-apiserver, kube-controller-manager and kube-scheduler image tagged v${targetVersion}` },
      { check: 'etcd health', command: `sudo ETCDCTL_API=3 etcdctl --endpoints=https://127.0.0.1:2379 ${ETCD_TLS} endpoint health --cluster`, healthy: 'every member "is healthy"' },
    );
  }
  checks.push(
    { check: 'Authorization still grants', command: 'kubectl auth can-i list pods --all-namespaces', healthy: 'yes (as the cluster administrator)' },
    { check: 'Authorization still denies', command: 'kubectl auth can-i get secrets -n kube-system --as=system:serviceaccount:default:default', healthy: 'no' },
    {
      check: 'Admission still rejects',
      command:
        'kubectl create namespace upgrade-check && kubectl label namespace upgrade-check pod-security.kubernetes.io/enforce=restricted && kubectl -n upgrade-check run privileged --image=registry.k8s.io/pause:3.10 --privileged --dry-run=server; kubectl delete namespace upgrade-check',
      healthy: 'the pod is refused ("violates PodSecurity \\"restricted:latest\\""); the namespace is deleted',
    },
    {
      check: 'NetworkPolicy accepted',
      command: "kubectl -n default apply --dry-run=server -f - <<'EOF'\napiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: upgrade-check-deny\nspec:\n  podSelector: {}\n  policyTypes: [Ingress]\nEOF",
      healthy: '"networkpolicy.networking.k8s.io/upgrade-check-deny created (server dry run)"',
    },
    { check: 'Deprecated APIs still requested', command: 'kubectl get --raw /metrics | grep apiserver_requested_deprecated_apis', healthy: 'no series with removed_release at or below the next minor; each remaining one names an API the plan migrates' },
    { check: 'Benchmark', command: 'kube-bench run --targets master,node,policies', healthy: 'no FAIL that was not there before the upgrade' },
  );
  return checks;
}
