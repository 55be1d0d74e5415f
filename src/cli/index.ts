#!/usr/bin/env node
/** CLI entry point: the only place the CLI touches `process`. */
import { availableParallelism } from 'node:os';
import { createBatchChecker } from '../app/run.js';
import { embeddedCatalogs } from '../platform/catalogs.js';
import { TOOL } from '../app/tool.js';
import { nodeFileSystem, nodeTempFileSystem } from '../platform/node-fs.js';
import { executableFinder, helperProcessRunner, networkNamespaceRunner } from '../platform/node-process.js';
import { exitCleanlyOnSignals } from '../platform/shutdown.js';
import { systemClock } from '../platform/clock.js';
import { fetchHttpClient } from '../platform/http.js';
import { isScanWorker, POOL_MIN_BYTES, runScanWorker, workerScanPool } from '../platform/scan-worker.js';
import { streamWriter, writeReportFile } from '../platform/output.js';
import { cliMain } from './main.js';

// The bundle also runs as its own scan worker.
if (isScanWorker()) runScanWorker(createBatchChecker(embeddedCatalogs()));
else main();

function main(): void {
  exitCleanlyOnSignals((line) => process.stderr.write(`kube-upgrade-gate: ${line}\n`));
  cliMain({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    stdout: streamWriter(process.stdout),
    stderr: (t) => process.stderr.write(t),
    writeFile: writeReportFile,
    fs: nodeFileSystem,
    catalogs: embeddedCatalogs,
    clock: systemClock,
    tool: TOOL,
    color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
    render: {
      // helm and kubectl start from a small helper process: a fork from this one costs more as the scan grows. They
      // run in an empty network namespace where the kernel allows it.
      process: networkNamespaceRunner(helperProcessRunner({ nodePath: process.execPath })),
      temp: nodeTempFileSystem,
      findExecutable: executableFinder(process.env['PATH'] ?? '', process.cwd()),
      cpus: availableParallelism(),
      now: () => performance.now(),
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    stderrIsTTY: Boolean(process.stderr.isTTY),
    scanPool: {
      cpus: availableParallelism(),
      minBytes: POOL_MIN_BYTES,
      create: (workers, minBytes) => workerScanPool({ script: new URL(import.meta.url), workers, minBytes }),
    },
    clusters: { http: fetchHttpClient(`${TOOL.name}/${TOOL.version}`) },
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`kube-upgrade-gate: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 3;
    },
  );
}
