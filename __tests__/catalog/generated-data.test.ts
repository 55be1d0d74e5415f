/**
 * The generated catalogs on a fresh clone, without the upstream data: each was written by its generator and not
 * edited since (the SHA-256 of its text is the one its generator recorded beside it), every hand-kept overlay it was
 * made from is unchanged since (so an overlay edit without `npm run generate` fails here), and the record is
 * well-formed. CI also regenerates each catalog from the upstream data (`npm run generate:check`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputsPathOf, sha256, type GeneratedInputs } from '../../scripts/lib/generator.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const CATALOGS = [
  ['data/api-catalog.json', 'scripts/generate-api-catalog.ts'],
  ['data/feature-gates.json', 'scripts/generate-feature-gates.ts'],
  ['data/component-config.json', 'scripts/generate-component-config.ts'],
  ['data/releases.json', 'scripts/generate-releases.ts'],
  ['data/advisories.json', 'scripts/generate-advisories.ts'],
  ['__tests__/fixtures/feature-gate-outcomes.json', 'scripts/generate-feature-gate-table.ts'],
  ['data/addon-apis.json', 'scripts/generate-addon-apis.ts'],
] as const;

const read = (rel: string): string => readFileSync(resolve(repoRoot, rel), 'utf8');

describe.each(CATALOGS)('%s', (catalog, script) => {
  const text = read(catalog);
  const inputs = JSON.parse(read(inputsPathOf(catalog))) as GeneratedInputs;

  it('names its generator, which exists', () => {
    expect((JSON.parse(text) as { _generated?: string })._generated).toContain(script);
    expect(inputs._generated).toContain(script);
    expect(existsSync(resolve(repoRoot, script))).toBe(true);
  });

  it('is exactly what its generator wrote (not edited by hand)', () => {
    expect(inputs.catalog).toEqual({ file: catalog, sha256: sha256(text) });
  });

  it('was made from upstream files, recorded in sorted order with their hashes', () => {
    const paths = Object.keys(inputs.upstream);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths).toEqual([...paths].sort());
    for (const [p, h] of Object.entries(inputs.upstream)) {
      expect(p.startsWith('/') || p.split('/').includes('..')).toBe(false);
      expect(h).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('every hand-kept file it was made from is unchanged since it was generated', () => {
    for (const [rel, h] of Object.entries(inputs.repository)) expect([rel, sha256(read(rel))]).toEqual([rel, h]);
  });

  it('is deterministic JSON: sorted keys where generated, two-space indent and a final newline', () => {
    expect(text.endsWith('\n')).toBe(true);
    expect(text.startsWith('{\n  "_generated": ')).toBe(true);
    expect(() => JSON.parse(text)).not.toThrow();
  });
});

it('the overlays of the component-config catalog are recorded', () => {
  const inputs = JSON.parse(read('data/component-config.inputs.json')) as GeneratedInputs;
  expect(Object.keys(inputs.repository).sort()).toEqual(['scripts/overlays/config-apis.yaml', 'scripts/overlays/kubeadm-feature-gates.yaml', 'scripts/overlays/removed-flags.yaml']);
});
