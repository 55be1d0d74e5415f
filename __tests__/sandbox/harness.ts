/**
 * Shared set-up of the sandbox suite: a workspace beside an "outside" directory holding a sentinel file, a loopback
 * HTTP trap that records every request a scan makes, and the checks each case ends with (the sentinel and the
 * outside directory unchanged, the trap never called).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Text that must never appear in a report: it is the content of the sentinel file outside the workspace. */
export const SECRET = 'SENTINEL-SECRET-7f3a9c';

export interface Sandbox {
  /** Parent of both directories below. */
  base: string;
  /** The workspace the scan runs in. */
  root: string;
  /** A directory outside the workspace, with `secret.txt` (holding SECRET) and `secret.yaml` (a manifest). */
  outside: string;
  /** Writes a file inside the workspace, making its directories. */
  write(rel: string, content: string | Buffer): string;
  /** Throws when anything outside the workspace changed: a file added, removed or rewritten under `base` or `outside`. */
  assertOutsideUnchanged(): void;
  remove(): void;
}

function listing(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (r === 'ws') continue; // the workspace itself may change (reports written into it)
      out.push(e.isDirectory() ? `${r}/` : r);
      if (e.isDirectory()) walk(join(d, e.name), r);
    }
  };
  walk(dir, '');
  return out.sort();
}

export function makeSandbox(prefix = 'kug-sandbox-'): Sandbox {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const root = join(base, 'ws');
  const outside = join(base, 'outside');
  mkdirSync(root);
  mkdirSync(outside);
  writeFileSync(join(outside, 'secret.txt'), `${SECRET}\n`);
  writeFileSync(join(outside, 'secret.yaml'), `apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: ${SECRET}\n`);
  const before = listing(base);
  const secretBefore = readFileSync(join(outside, 'secret.txt'), 'utf8');
  return {
    base,
    root,
    outside,
    write(rel, content) {
      const p = join(root, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
      return p;
    },
    assertOutsideUnchanged() {
      expect(listing(base)).toEqual(before);
      expect(readFileSync(join(outside, 'secret.txt'), 'utf8')).toBe(secretBefore);
    },
    remove() {
      rmSync(base, { recursive: true, force: true });
    },
  };
}

export interface Trap {
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Method and path of every request received, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** A loopback HTTP server that answers every request with a small YAML/JSON body and records it. */
export async function startTrap(): Promise<Trap> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method ?? '?'} ${req.url ?? '?'}`);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"apiVersion":"batch/v1beta1","kind":"CronJob","metadata":{"name":"fetched"}}\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
