/** GitHub Action entry point (bundled to dist/index.js). */
import { main } from './main.js';

void main();
