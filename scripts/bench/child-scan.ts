/** Runs one full scan in its own process and prints its time and peak RSS as JSON. */
import { measureScan } from './measure.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: child-scan DIR');
const t0 = performance.now();
const r = await measureScan(dir);
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ ms, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), documents: r.documents, findings: r.findings }));
