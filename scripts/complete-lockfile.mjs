#!/usr/bin/env node
/**
 * Completes package-lock.json with the platform-specific optional bindings that npm left out (it records only the
 * bindings whose metadata it fetched while resolving), so that `npm ci` accepts the lock file on every platform.
 * Each added entry names its os/cpu/libc, so npm installs it only where it belongs. Idempotent; run it after
 * `npm install` changes the lock file.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const pkgs = lock.packages;

/** Platform from a binding's name, e.g. resolver-binding-linux-arm-musleabihf → linux / arm / musl. */
function platformOf(name) {
  const m = /-(android|darwin|freebsd|linux|openharmony|win32)-(arm64|arm|x64|ia32|loong64|ppc64|riscv64|s390x)(?:-(gnu|musl|gnueabihf|musleabihf|eabi|msvc))?$/.exec(name);
  if (!m) return null;
  const [, os, cpu, abi] = m;
  const entry = { os: [os], cpu: [cpu] };
  if (os === 'linux' && abi) entry.libc = [abi.startsWith('musl') ? 'musl' : 'glibc'];
  return entry;
}

let added = 0;
for (const [path, meta] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const nested = path ? `${path}/node_modules/${dep}` : `node_modules/${dep}`;
    if (pkgs[nested] || pkgs[`node_modules/${dep}`]) continue;
    const platform = platformOf(dep);
    if (!platform) throw new Error(`${dep} (optional dependency of ${path}) is missing from the lock file and its platform is unknown`);
    pkgs[`node_modules/${dep}`] = { version, ...platform, dev: meta.dev ?? undefined, optional: true };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} optional platform binding${added === 1 ? '' : 's'} added`);
