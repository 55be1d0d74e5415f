/**
 * Checks against the upstream data the catalogs are generated from: needs ../shared/data (present in CI, see
 * .ci/run) and fails without it. A fresh clone checks the committed catalogs without it (generated-data.test.ts).
 */
import { existsSync } from 'node:fs';
import base from './jest.config.js';

if (!existsSync(new URL('../shared/data/kubernetes', import.meta.url))) {
  throw new Error('the upstream data mirror ../shared/data is not beside the repository; `npm run test:upstream` needs it');
}
export default { ...base, testPathIgnorePatterns: [], roots: ['<rootDir>/__tests__/upstream'] };
