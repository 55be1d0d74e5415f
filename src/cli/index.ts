#!/usr/bin/env node
/** CLI entry point: the only place the CLI touches `process`. */
import { writeFile } from 'node:fs/promises';
import { loadApiCatalog } from '../catalog/data.js';
import { TOOL } from '../app/tool.js';
import { nodeFileSystem } from '../platform/node-fs.js';
import { cliMain } from './main.js';

cliMain({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  writeFile: (p, t) => writeFile(p, t),
  fs: nodeFileSystem,
  catalog: loadApiCatalog,
  tool: TOOL,
  color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
}).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kube-upgrade-gate: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 3;
  },
);
