/** GitHub Action entry point (bundled to dist/index.js). The bundle also runs as its own scan worker. */
import { createBatchChecker } from '../app/run.js';
import { embeddedCatalogs } from '../platform/catalogs.js';
import { isScanWorker, runScanWorker } from '../platform/scan-worker.js';
import { exitCleanlyOnSignals } from '../platform/shutdown.js';
import { main } from './main.js';

if (isScanWorker()) runScanWorker(createBatchChecker(embeddedCatalogs()));
else {
  exitCleanlyOnSignals((line) => process.stderr.write(`kube-upgrade-gate: ${line}\n`));
  void main();
}
