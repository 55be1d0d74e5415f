/** Shared pieces for the cluster tests: synthetic advisories, cluster specs and a local HTTP server. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AdvisoriesCatalog, Advisory } from '../../src/catalog/advisories.js';
import { loadAdvisoriesCatalog } from '../../src/platform/catalogs.js';

import { type ClusterSpec } from '../../src/clusters/types.js';
import { parseVersion } from '../../src/version/index.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'advisories');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** An advisory with test defaults; ranges and fixes as given. */
export function advisory(over: Partial<Advisory> & Pick<Advisory, 'id'>): Advisory {
  return {
    aliases: [],
    title: `Test advisory ${over.id}`,
    kind: 'core',
    components: ['kube-apiserver'],
    componentsAsPublished: ['kube-apiserver'],
    versionScheme: 'kubernetes',
    versionedProduct: null,
    matchesClusterVersion: true,
    published: '2026-02-01',
    issueUrl: null,
    inOfficialFeed: true,
    severity: { version: '3.1', vector: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:N', baseScore: 8.1, severity: 'HIGH', source: 'test' },
    severityNvd: null,
    fix: 'available',
    affected: [],
    fixedByMinor: {},
    conditions: 'Attackers who can reach the API server.',
    mitigation: 'Restrict access to the API server.',
    provenance: {
      ranges: { from: 'test', rule: 'test' },
      severity: 'test',
      title: 'test',
      published: 'test',
      aliases: 'test',
      conditionsAndMitigation: 'test',
      records: [],
    },
    rulesApplied: [],
    notes: [],
    crossChecks: [],
    ...over,
  };
}

/** The seed advisory: affects 1.33.0–1.33.8 and 1.34.0–1.34.3; fixed in 1.33.9, 1.34.4 and 1.35.0. */
export const SEED = advisory({
  id: 'CVE-2026-10001',
  title: 'Seed scenario advisory',
  affected: [
    { minor: null, introduced: '0', lastAffected: null, fixed: '1.33.0', limit: null },
    { minor: '1.33', introduced: '1.33.0', lastAffected: '1.33.8', fixed: '1.33.9', limit: null },
    { minor: '1.34', introduced: '1.34.0', lastAffected: '1.34.3', fixed: '1.34.4', limit: null },
  ],
  fixedByMinor: { '1.33': '1.33.9', '1.34': '1.34.4', '1.35': '1.35.0' },
});

export function catalogOf(advisories: Advisory[], catalogVersion = '20261101'): AdvisoriesCatalog {
  const embedded = loadAdvisoriesCatalog();
  return { ...embedded, catalogVersion, advisories };
}

/** A cluster spec as the settings loader would build it. */
export function spec(over: Partial<ClusterSpec> & { name: string; version: string }): ClusterSpec {
  const v = parseVersion(over.version)!;
  return {
    provider: null,
    versionAsWritten: over.version,
    minor: v.release,
    target: v.release,
    apiservers: [v.normalized],
    controlPlane: [
      { component: 'kube-controller-manager', version: v.normalized, declared: false },
      { component: 'kube-scheduler', version: v.normalized, declared: false },
    ],
    nodePools: [],
    paths: [],
    file: null,
    lines: {},
    ...over,
    version: v.normalized,
  };
}

export interface LocalServer {
  url: string;
  /** Requests received, by path. */
  requests: string[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/** An HTTP server on 127.0.0.1 with one handler per path (404 otherwise); close() drops open connections. */
export async function startServer(routes: Record<string, Handler>): Promise<LocalServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(path);
    const handler = routes[path];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const json = (body: string, status = 200): Handler => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
};
