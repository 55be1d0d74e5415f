/**
 * The command line every generator shares: `--source DIR|URL`, `--out FILE`, `--check`. Generates the catalog,
 * then either writes it or (with --check) compares it with the committed file and exits 1 naming the differences.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatorArgs, jsonDifferences, openSource, stableJson, writeGeneratedText, type Source } from './source.js';

/** The repository root, from a script's import.meta.url. */
export function repoRootOf(scriptUrl: string): string {
  return resolve(dirname(fileURLToPath(scriptUrl)), '..');
}

export interface Generator<T> {
  /** Default source (the upstream mirror next to the repository) and output, absolute. */
  defaults: { source: string; out: string };
  generate(source: Source): Promise<T>;
  /** The file's text; default: stable JSON. */
  format?(catalog: T): string;
  /** One line about the result, e.g. "190 APIs (95 removed), catalog …". */
  summary(catalog: T): string;
  /** What differs between the committed catalog and the fresh one; default: a generic JSON comparison. */
  diff?(committed: unknown, fresh: T): string[];
}

async function run<T>(g: Generator<T>): Promise<number> {
  const args = generatorArgs(process.argv.slice(2), g.defaults);
  const catalog = await g.generate(openSource(args.source));
  const text = g.format ? g.format(catalog) : stableJson(catalog);
  const shownOut = relative(process.cwd(), args.out) || args.out;
  if (!args.check) {
    await writeGeneratedText(args.out, text);
    console.log(`wrote ${shownOut}: ${g.summary(catalog)}`);
    return 0;
  }
  let committedText: string;
  try {
    committedText = await readFile(args.out, 'utf8');
  } catch {
    console.error(`${shownOut} does not exist; run \`npm run generate\`.`);
    return 1;
  }
  if (committedText === text) {
    console.log(`${shownOut} is up to date: ${g.summary(catalog)}.`);
    return 0;
  }
  let committed: unknown;
  try {
    committed = JSON.parse(committedText);
  } catch (e) {
    console.error(`${shownOut} is not valid JSON (${(e as Error).message}); run \`npm run generate\`.`);
    return 1;
  }
  const diffs = g.diff ? g.diff(committed, catalog) : jsonDifferences(committed, catalog);
  console.error(`${shownOut} is out of date with the upstream data (${diffs.length} difference${diffs.length === 1 ? '' : 's'}):`);
  for (const d of diffs.length ? diffs : ['formatting differs']) console.error(`  - ${d}`);
  console.error('Run `npm run generate` and commit the result.');
  return 1;
}

/** Runs a generator as the script's main and exits: 0 written or up to date, 1 out of date, 2 failed. */
export function runGenerator<T>(g: Generator<T>): void {
  run(g).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(2);
    },
  );
}
