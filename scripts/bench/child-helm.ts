/** Runs the Helm measurement (d) in its own process, so the heap of the other measurements does not weigh on it. */
import { benchHelm } from './helm.js';

const [dir, runs, workers] = process.argv.slice(2);
if (!dir || !runs || !workers) throw new Error('usage: child-helm DIR RUNS WORKERS');
process.stdout.write(JSON.stringify(await benchHelm(dir, Number(runs), Number(workers))));
