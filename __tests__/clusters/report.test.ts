import type { ClusterSummary, ScanResult } from '../../src/app/result.js';
import { clustersTextLines, renderClustersMarkdown } from '../../src/reporters/clusters.js';
import { renderJson } from '../../src/reporters/json.js';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { renderText } from '../../src/reporters/text.js';

const cluster = (over: Partial<ClusterSummary> & { name: string }): ClusterSummary => ({
  version: '1.34.2',
  target: '1.35',
  recommendedTarget: '1.34.4',
  supported: true,
  endOfLife: '2026-10-27',
  path: ['1.34', '1.35'],
  advisories: [],
  blockingAdvisories: [],
  skew: [],
  asOf: '2026-03-15',
  ...over,
});

function result(clusters: ClusterSummary[]): ScanResult {
  return {
    schemaVersion: 1,
    tool: { name: 'kube-upgrade-gate', version: '0.1.0' },
    catalog: { version: '1.36.20260821', newestRelease: '1.36' },
    target: '1.35',
    current: null,
    summary: { files: 1, documents: 1, errors: 0, warnings: 0, notices: 0 },
    findings: [],
    clusters,
  };
}

const three = [
  cluster({ name: 'staging', version: '1.34.1', advisories: ['CVE-2026-10001', 'CVE-2020-8554'], blockingAdvisories: ['CVE-2026-10001'] }),
  cluster({ name: 'production', skew: ['plan: moving the control plane …'] }),
  cluster({ name: 'development', version: '1.31.4', supported: false, endOfLife: '2025-11-11', recommendedTarget: '1.33.9', path: ['1.31', '1.32', '1.33', '1.34', '1.35'] }),
];

describe('cluster reports', () => {
  test('JSON: clusters follow findings, with the documented fields; [] without clusters', () => {
    const parsed = JSON.parse(renderJson(result(three))) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'catalog', 'target', 'current', 'summary', 'findings', 'clusters']);
    expect((parsed['clusters'] as ClusterSummary[])[2]).toEqual({
      name: 'development',
      version: '1.31.4',
      target: '1.35',
      recommendedTarget: '1.33.9',
      supported: false,
      endOfLife: '2025-11-11',
      path: ['1.31', '1.32', '1.33', '1.34', '1.35'],
      advisories: [],
      blockingAdvisories: [],
      skew: [],
      asOf: '2026-03-15',
    });
    expect(JSON.parse(renderJson(result([])))['clusters']).toEqual([]);
  });

  test('text: one aligned row per cluster after the findings', () => {
    expect(clustersTextLines(result(three))).toEqual([
      'Clusters on 2026-03-15',
      '  cluster      current  support           target  secure target  path                              blocking advisories        skew',
      '  staging      1.34.1   until 2026-10-27  1.35    1.34.4         1.34 → 1.35                       CVE-2026-10001 (+1 other)  ok',
      '  production   1.34.2   until 2026-10-27  1.35    1.34.4         1.34 → 1.35                       none                       1 for the upgrade',
      '  development  1.31.4   EOL 2025-11-11    1.35    1.33.9         1.31 → 1.32 → 1.33 → 1.34 → 1.35  none                       ok',
    ]);
    const text = renderText(result(three));
    expect(text.indexOf('Clusters on 2026-03-15')).toBeGreaterThan(0);
    expect(text.trimEnd().split('\n').at(-2)).toBe('1 file, 1 document checked: 0 errors, 0 warnings, 0 notices.');
    expect(renderText(result([]))).not.toMatch(/Clusters on/);
  });

  test('Markdown: a table and the paths as a Mermaid flowchart, inside the Markdown report', () => {
    const md = renderClustersMarkdown(result(three));
    expect(md).toBe(
      [
        '### Clusters on 2026\\-03\\-15',
        '',
        '| Cluster | Current | Support | Target | Recommended secure target | Path | Blocking advisories | Skew |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        '| staging | 1\\.34\\.1 | ✅ until 2026\\-10\\-27 | 1\\.35 | 1\\.34\\.4 | 1\\.34 → 1\\.35 | ❌ CVE\\-2026\\-10001 \\(\\+1 other\\) | ✅ ok |',
        '| production | 1\\.34\\.2 | ✅ until 2026\\-10\\-27 | 1\\.35 | 1\\.34\\.4 | 1\\.34 → 1\\.35 | none | ⚠️ 1 for the upgrade |',
        '| development | 1\\.31\\.4 | ❌ EOL 2025\\-11\\-11 | 1\\.35 | 1\\.33\\.9 | 1\\.31 → 1\\.32 → 1\\.33 → 1\\.34 → 1\\.35 | none | ✅ ok |',
        '',
        '```mermaid',
        'flowchart LR',
        '  c0_0["staging · 1.34.1"] --> c0_1["1.35"]',
        '  c1_0["production · 1.34.2"] --> c1_1["1.35"]',
        '  c2_0["development · 1.31.4"] --> c2_1["1.32"] --> c2_2["1.33"] --> c2_3["1.34"] --> c2_4["1.35"]',
        '```',
        '',
      ].join('\n'),
    );
    expect(renderMarkdown(result(three))).toContain(md.trimEnd());
    expect(renderClustersMarkdown(result([]))).toBe('');
    expect(renderMarkdown(result([]))).not.toMatch(/mermaid/);
  });

  test('the recommended target is shown on the last step when it lies in the target minor', () => {
    const md = renderClustersMarkdown(result([cluster({ name: 'a', recommendedTarget: '1.35.0' })]));
    expect(md).toContain('c0_0["a · 1.34.2"] --> c0_1["1.35 (secure: 1.35.0)"]');
  });

  test('hostile text cannot break out of the table or the diagram', () => {
    const md = renderClustersMarkdown(result([cluster({ name: '<img src=x>"] --> X[|@admin', path: ['1.34'] })]));
    expect(md).toContain('| &lt;img src=x&gt;"\\] \\-\\-&gt; X\\[\\|@&#8203;admin |');
    expect(md).toContain('c0_0["_img src_x___ --_ X___admin · 1.34.2"]');
  });
});
