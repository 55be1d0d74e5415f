import type { Finding } from '../../src/findings/types.js';
import { parseManifestText } from '../../src/parse/manifest.js';
import { createEngine } from '../../src/rules/engine.js';
import { RULE_IDS } from '../../src/findings/rule-ids.js';
import { RULES } from '../../src/rules/index.js';
import type { DocumentRule } from '../../src/rules/types.js';
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
