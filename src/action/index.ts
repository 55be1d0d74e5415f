/** GitHub Action entry point (bundled to dist/index.js). The bundle also runs as its own scan worker. */
import { isScanWorker, runScanWorker } from '../platform/scan-worker.js';
import { exitCleanlyOnSignals } from '../platform/shutdown.js';
import { main } from './main.js';

if (isScanWorker()) runScanWorker();
else {
  exitCleanlyOnSignals((line) => process.stderr.write(`kube-upgrade-gate: ${line}\n`));
  void main();
}
