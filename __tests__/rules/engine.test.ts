import type { Finding } from '../../src/findings/types.js';
import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { RULE_IDS } from '../../src/findings/rule-ids.js';
import { RULES } from '../../src/rules/index.js';
import type { DocumentRule, ScanRule } from '../../src/rules/types.js';
import { testCatalog } from '../helpers/catalog.js';

describe('rule engine', () => {
  const doc = parseManifestText('# c\napiVersion: v1\nkind: ConfigMap\n').documents[0]!;

  it('stamps the rule id, default severity and the location of the document', () => {
    const rule: DocumentRule = {
      meta: { ...RULES[0]!.meta, id: 'deprecated-api', description: 'test', defaultSeverity: 'warning', severities: undefined },
      scope: 'document',
      check: (_d, ctx) => ctx.report({ message: 'm', data: { a: 1 } }),
    };
    const out: Finding[] = [];
    createEngine([rule], { target: '1.30', current: null, catalog: testCatalog() }, (f) => out.push(f)).document(doc, 'a.yaml', { source: 'x' });
    expect(out).toEqual([{ ruleId: 'deprecated-api', severity: 'warning', message: 'm', file: 'a.yaml', line: 2, column: 1, object: null, data: { a: 1, source: 'x' } }]);
  });

  it('refuses a severity the rule does not declare', () => {
    const rule: DocumentRule = {
      meta: { ...RULES[0]!.meta, id: 'deprecated-api', description: 'test', defaultSeverity: 'warning', severities: undefined },
      scope: 'document',
      check: (_d, ctx) => ctx.report({ message: 'm', severity: 'error' }),
    };
    const engine = createEngine([rule], { target: '1.30', current: null, catalog: testCatalog() }, () => {});
    expect(() => engine.document(doc, 'a.yaml')).toThrow(/severity error/);
  });

  it('has exactly one rule for every id in the closed list', () => {
    expect(RULES.map((r) => r.meta.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it('reports a run that matched no Kubernetes documents', () => {
    const out: Finding[] = [];
    const engine = createEngine(RULES, { target: '1.30', current: null, catalog: testCatalog() }, (f) => out.push(f));
    engine.run({ files: 3, documents: 0, paths: ['.'] });
    expect(out).toMatchObject([{ ruleId: 'no-manifests', severity: 'warning', file: null, line: null }]);
    out.length = 0;
    engine.run({ files: 3, documents: 1, paths: ['.'] });
    expect(out).toEqual([]);
  });
});

describe('rules over the whole scan (scope "scan")', () => {
  const meta = { ...RULES[0]!.meta, id: 'drain-blocker' as const, defaultSeverity: 'warning' as const, severities: undefined };
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\nspec:\n  selector:\n    app: a\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n';
  const [service, configMap] = parseManifestText(text).documents as [ReturnType<typeof parseManifestText>['documents'][number], ReturnType<typeof parseManifestText>['documents'][number]];

  it('sees every object of its kinds once, after all documents, and reports each at its own place', () => {
    const seen: string[][] = [];
    const rule: ScanRule = {
      meta,
      scope: 'scan',
      kinds: ['Service'],
      check(objects, ctx) {
        seen.push(objects.map((o) => `${o.file}:${o.doc.name}`));
        for (const o of objects) ctx.report({ subject: o, path: ['spec', 'selector', 'app'], message: `m ${o.doc.name}` });
      },
    };
    const out: Finding[] = [];
    const engine = createEngine([rule], { target: '1.30', current: null, catalog: testCatalog() }, (f) => out.push(f));
    engine.document(service, 'plain.yaml');
    engine.document(configMap, 'plain.yaml');
    // A rendered object is reported at its template line.
    engine.document(service, 'chart/templates/svc.yaml', { chart: 'chart' }, { line: 12, column: 1 });
    expect(seen).toEqual([]);
    engine.finish();
    expect(seen).toEqual([['plain.yaml:a', 'chart/templates/svc.yaml:a']]);
    expect(out.map((f) => [f.file, f.line, f.message])).toEqual([
      ['plain.yaml', 7, 'm a'],
      ['chart/templates/svc.yaml', 12, 'm a'],
    ]);
    expect(out[0]).toMatchObject({ ruleId: 'drain-blocker', severity: 'warning' });
  });

  it('places a rendered object\'s finding at its source document\'s line when the value there is the one rendered, and stamps the render\'s data', () => {
    const rule: ScanRule = {
      meta,
      scope: 'scan',
      kinds: ['Service'],
      check(objects, ctx) {
        for (const o of objects) ctx.report({ subject: o, path: ['spec', 'selector', 'app'], message: `m ${o.file}` });
      },
    };
    const out: Finding[] = [];
    const engine = createEngine([rule], { target: '1.30', current: null, catalog: testCatalog() }, (f) => out.push(f));
    const overlay = { source: 'kustomize', kustomization: 'overlays/prod' };
    // The source has the value: its line. The source's value was patched (the locator says null): the document's line.
    engine.document(service, 'base/svc.yaml', overlay, { line: 1, column: 1, locate: (p) => (p.join('.') === 'spec.selector.app' ? { line: 7, column: 10 } : null) });
    engine.document(service, 'base/patched.yaml', overlay, { line: 1, column: 1, locate: () => null });
    engine.finish();
    expect(out.map((f) => [f.file, f.line, f.column, f.data])).toEqual([
      ['base/svc.yaml', 7, 10, overlay],
      ['base/patched.yaml', 1, 1, overlay],
    ]);
  });

  it('keeps only the declared kinds, and a worker\'s engine only notes the files that held them', () => {
    const got: string[] = [];
    const rule: ScanRule = { meta, scope: 'scan', kinds: ['Service'], check: (objects) => got.push(...objects.map((o) => o.doc.kind)) };
    const engine = createEngine([rule], { target: '1.30', current: null, catalog: testCatalog() }, () => {});
    expect([...engine.scanKinds]).toEqual(['Service']);
    engine.document(configMap, 'a.yaml');
    engine.collect(service, 'b.yaml');
    engine.collect(configMap, 'b.yaml');
    engine.finish();
    expect(got).toEqual(['Service']);

    got.length = 0;
    const worker = createEngine([rule], { target: '1.30', current: null, catalog: testCatalog(), scanObjects: 'note' }, () => {});
    worker.document(configMap, 'a.yaml');
    worker.document(service, 'b.yaml');
    worker.document(service, 'b.yaml');
    expect(worker.takeNotedFiles()).toEqual(['b.yaml']);
    expect(worker.takeNotedFiles()).toEqual([]);
    worker.finish();
    expect(got).toEqual([]);
  });
});
