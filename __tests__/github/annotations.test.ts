import fc from 'fast-check';
import type { Finding, Severity } from '../../src/findings/types.js';
import {
  ANNOTATIONS_PER_SEVERITY,
  emitAnnotations,
  selectAnnotations,
  toAnnotation,
  type Annotation,
  type AnnotationProperties,
  type AnnotationSink,
} from '../../src/github/annotations.js';
import { manyFindings, sampleFindings } from '../reporters/sample-result.js';

function count(annotations: readonly Annotation[], severity: Severity): number {
  return annotations.filter((a) => a.severity === severity).length;
}

/** The "N more" notice, if any: the only annotation without a file whose title says so. */
function overflowNotice(annotations: readonly Annotation[]): Annotation | undefined {
  return annotations.find((a) => a.properties.title === 'More findings in the job summary');
}

function findings(errors: number, warnings: number, notices: number): Finding[] {
  return [...manyFindings(errors, 'error'), ...manyFindings(warnings, 'warning'), ...manyFindings(notices, 'notice')];
}

describe('selectAnnotations', () => {
  // [errors, warnings, notices] in → [errors, warnings, notices] shown (the "more" notice not counted), and its text.
  it.each<[string, [number, number, number], [number, number, number], string | null]>([
    ['nothing', [0, 0, 0], [0, 0, 0], null],
    ['a few of each', [5, 5, 5], [5, 5, 5], null],
    ['exactly the limit of each', [10, 10, 10], [10, 10, 10], null],
    ['25 errors and 3 warnings', [25, 3, 0], [10, 3, 0], '15 more findings (15 errors) are not shown as annotations'],
    ['11 errors', [11, 0, 0], [10, 0, 0], '1 more finding (1 error) is not shown as annotations'],
    ['12 notices alone', [3, 0, 12], [3, 0, 9], '3 more findings (3 notices) are not shown as annotations'],
    ['11 errors and 10 notices', [11, 0, 10], [10, 0, 9], '2 more findings (1 error, 1 notice) are not shown as annotations'],
    ['11 warnings and 10 notices', [0, 11, 10], [0, 10, 9], '2 more findings (1 warning, 1 notice) are not shown as annotations'],
    ['many of everything', [30, 20, 40], [10, 10, 9], '61 more findings (20 errors, 10 warnings, 31 notices) are not shown as annotations'],
  ])('%s', (_label, [e, w, n], [se, sw, sn], more) => {
    const out = selectAnnotations(findings(e, w, n));
    const notice = overflowNotice(out);
    expect([count(out, 'error'), count(out, 'warning'), count(out, 'notice') - (notice ? 1 : 0)]).toEqual([se, sw, sn]);
    if (more === null) {
      expect(notice).toBeUndefined();
    } else {
      expect(notice?.message).toContain(more);
      expect(notice?.message).toContain('The job summary and the JSON report list every finding.');
      expect(notice?.properties).toEqual({ title: 'More findings in the job summary' });
      expect(out[out.length - 1]).toBe(notice);
    }
  });

  it('words the "more" notice exactly', () => {
    const notice = overflowNotice(selectAnnotations(findings(25, 3, 0)));
    expect(notice).toEqual({
      severity: 'notice',
      message:
        '15 more findings (15 errors) are not shown as annotations: GitHub shows at most 10 annotations of each severity ' +
        'per step. The job summary and the JSON report list every finding.',
      properties: { title: 'More findings in the job summary' },
    });
  });

  it('orders errors, then warnings, then notices, then the "more" notice', () => {
    const out = selectAnnotations(findings(12, 2, 2).reverse());
    const order = out.map((a) => a.severity);
    expect(order).toEqual([...Array(10).fill('error'), 'warning', 'warning', 'notice', 'notice', 'notice']);
  });

  it('keeps the first findings of the report within a severity', () => {
    const out = selectAnnotations(manyFindings(25, 'error'));
    expect(out.slice(0, 10).map((a) => a.properties.startLine)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('prefers the findings that matter most within a severity', () => {
    const deprecated = manyFindings(10, 'warning');
    const invalid: Finding = { ...(sampleFindings[3] as Finding) };
    const noManifests: Finding = { ...(sampleFindings[0] as Finding) };
    const skipped: Finding = { ...(sampleFindings[4] as Finding), severity: 'warning' };
    const out = selectAnnotations([...deprecated, skipped, invalid, noManifests]);
    const warnings = out.filter((a) => a.severity === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings[0]?.properties.title).toBe('No manifests found');
    expect(warnings[1]?.properties.title).toBe('Invalid manifest');
    expect(warnings.some((a) => a.properties.title === 'File not scanned')).toBe(false);
    expect(overflowNotice(out)?.message).toContain('3 more findings (3 warnings)');
  });

  it('honours a smaller limit', () => {
    const out = selectAnnotations(findings(4, 0, 0), { perSeverity: 2 });
    expect(count(out, 'error')).toBe(2);
    expect(overflowNotice(out)?.message).toContain('2 more findings (2 errors)');
    expect(overflowNotice(out)?.message).toContain('at most 2 annotations');
  });

  it('leaves reserved slots free, and counts what no longer fits', () => {
    const out = selectAnnotations(findings(25, 3, 0), { reserved: { error: 1 } });
    expect(count(out, 'error')).toBe(9);
    expect(overflowNotice(out)?.message).toMatch(/^16 more findings \(16 errors\)/);
    const exact = selectAnnotations(findings(10, 0, 0), { reserved: { error: 1 } });
    expect(count(exact, 'error')).toBe(9);
    expect(overflowNotice(exact)?.message).toMatch(/^1 more finding \(1 error\) is not shown/);
    expect(selectAnnotations(findings(9, 0, 0), { reserved: { error: 1 } })).toHaveLength(9);
  });

  it('never exceeds the limit for any severity and accounts for every finding', () => {
    fc.assert(
      fc.property(fc.nat(30), fc.nat(30), fc.nat(30), fc.nat(2), (e, w, n, reservedErrors) => {
        const out = selectAnnotations(findings(e, w, n), { reserved: { error: reservedErrors } });
        expect(count(out, 'error')).toBeLessThanOrEqual(ANNOTATIONS_PER_SEVERITY - reservedErrors);
        for (const sev of ['warning', 'notice'] as const) expect(count(out, sev)).toBeLessThanOrEqual(ANNOTATIONS_PER_SEVERITY);
        const notice = overflowNotice(out);
        const shown = out.length - (notice ? 1 : 0);
        const hidden = notice ? Number(/^(\d+) more/.exec(notice.message)?.[1]) : 0;
        expect(shown + hidden).toBe(e + w + n);
      }),
    );
  });
});

describe('selectAnnotations ranking for a pull request', () => {
  const advisory = (i: number): Finding => ({
    ruleId: 'cluster-advisory',
    severity: 'error',
    message: `Cluster prod: CVE-2025-${1000 + i} affects kubelet.`,
    file: '.github/kube-upgrade-gate.yaml',
    line: 3,
    column: null,
    object: null,
    data: { cluster: 'prod', cve: `CVE-2025-${1000 + i}` },
  });

  it('shows the files the pull request changes first, then the rest of the repository, then the clusters', () => {
    const inChanged = manyFindings(6, 'error', 'k8s/changed.yaml');
    const elsewhere = manyFindings(6, 'error', 'k8s/a-untouched.yaml');
    const clusters = [0, 1, 2].map(advisory);
    const all = [...clusters, ...elsewhere, ...inChanged];
    const out = selectAnnotations(all, { changed: new Set(['k8s/changed.yaml']) });
    expect(out.filter((a) => a.severity === 'error').map((a) => a.properties.file)).toEqual([
      ...Array(6).fill('k8s/changed.yaml'),
      ...Array(4).fill('k8s/a-untouched.yaml'),
    ]);
    // Without a pull request the repository's files still come before the clusters.
    const plain = selectAnnotations(all);
    expect(plain.filter((a) => a.severity === 'error').some((a) => a.properties.file === '.github/kube-upgrade-gate.yaml')).toBe(false);
    const few = selectAnnotations([...clusters, ...manyFindings(2, 'error', 'k8s/x.yaml')]);
    expect(few.map((a) => a.properties.file)).toEqual(['k8s/x.yaml', 'k8s/x.yaml', ...Array(3).fill('.github/kube-upgrade-gate.yaml')]);
  });

  it('puts errors before warnings whatever the file', () => {
    const out = selectAnnotations([...manyFindings(3, 'warning', 'k8s/changed.yaml'), ...manyFindings(2, 'error', 'k8s/other.yaml')], { changed: new Set(['k8s/changed.yaml']) });
    expect(out.map((a) => a.severity)).toEqual(['error', 'error', 'warning', 'warning', 'warning']);
  });

  it('says exactly where the findings left out are', () => {
    const out = selectAnnotations(findings(12, 0, 0), { elsewhere: { summary: true, sarif: '/tmp/r.sarif', json: '/tmp/r.json' } });
    expect(overflowNotice(out)?.message).toBe(
      '2 more findings (2 errors) are not shown as annotations: GitHub shows at most 10 annotations of each severity per step. ' +
        "Every finding is in this step's job summary, the SARIF report /tmp/r.sarif (code scanning, once uploaded) and " +
        'the JSON report /tmp/r.json (upload it with actions/upload-artifact to keep it).',
    );
    const noSummary = selectAnnotations(findings(12, 0, 0), { elsewhere: { summary: false, sarif: '/tmp/r.sarif', json: '/tmp/r.json' } });
    expect(overflowNotice(noSummary)?.message).not.toContain('job summary');
  });
});

describe('toAnnotation', () => {
  it.each<[string, Finding, AnnotationProperties]>([
    [
      'a finding at a line and column',
      sampleFindings[1] as Finding,
      { file: 'k8s/ingress.yaml', startLine: 3, startColumn: 1, title: 'Removed API: Ingress extensions/v1beta1' },
    ],
    ['a finding about a whole file', sampleFindings[4] as Finding, { file: 'k8s/huge.json', title: 'File not scanned' }],
    ['a run-scope finding', sampleFindings[0] as Finding, { title: 'No manifests found' }],
    ['a finding placed at line 0', { ...(sampleFindings[3] as Finding), line: 0, column: 0 }, { file: 'k8s/broken.yaml', title: 'Invalid manifest' }],
    ['a finding without a column', { ...(sampleFindings[3] as Finding), column: null }, { file: 'k8s/broken.yaml', startLine: 7, title: 'Invalid manifest' }],
  ])('maps %s', (_label, finding, properties) => {
    expect(toAnnotation(finding)).toEqual({ severity: finding.severity, message: finding.message, properties });
  });
});

describe('emitAnnotations', () => {
  it('calls the sink once per annotation with the matching severity', () => {
    const calls: Array<[string, string, AnnotationProperties]> = [];
    const sink: AnnotationSink = {
      error: (m, p) => calls.push(['error', m, p]),
      warning: (m, p) => calls.push(['warning', m, p]),
      notice: (m, p) => calls.push(['notice', m, p]),
    };
    const annotations = selectAnnotations(sampleFindings);
    emitAnnotations(annotations, sink);
    expect(calls.map((c) => c[0])).toEqual(['error', 'error', 'warning', 'warning', 'warning', 'notice']);
    expect(calls[0]).toEqual(['error', (sampleFindings[1] as Finding).message, annotations[0]?.properties]);
    const run = calls.find((c) => c[2].title === 'No manifests found');
    expect(run?.[2].file).toBeUndefined();
  });
});
