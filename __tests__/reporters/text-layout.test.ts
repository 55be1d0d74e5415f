/**
 * The terminal report puts errors first (then warnings, then notices), lists errors only with `quiet`, folds a
 * warning repeated for many files into one line with a count, and shows paths as the caller asks.
 */
import type { Finding } from '../../src/findings/types.js';
import { renderText } from '../../src/reporters/text.js';
import { sampleResult } from './sample-result.js';

const finding = (f: Partial<Finding> & Pick<Finding, 'ruleId' | 'severity' | 'message'>): Finding => ({
  file: 'a.yaml', line: 1, column: 1, object: null, data: {}, ...f,
});

const removed = (file: string) => finding({ ruleId: 'removed-api', severity: 'error', message: `CronJob "c" uses batch/v1beta1 in ${file}`, file, line: 3 });
const overlayFailed = (dir: string) =>
  finding({
    ruleId: 'render-failed', severity: 'warning', file: `${dir}/kustomization.yaml`, line: null, column: null,
    message: `Kustomize overlay ${dir} could not be rendered: ${dir}/kustomization.yaml: remote bases are not fetched Its objects were not checked.`,
    data: { kustomization: dir, reason: `${dir}/kustomization.yaml: remote bases are not fetched` },
  });
const broken = (file: string) => finding({ ruleId: 'invalid-manifest', severity: 'warning', file, line: 2, message: 'Document 1 is not valid YAML: bad indentation' });
const skipped = (file: string) => finding({ ruleId: 'skipped-file', severity: 'notice', file, line: null, column: null, message: 'Not scanned: binary file' });

/** The report's lines without the header, the summary and blank lines. */
function body(findings: Finding[], opts: Parameters<typeof renderText>[1] = { color: false }): string[] {
  const lines = renderText(sampleResult(findings), opts).split('\n').filter((l) => l !== '');
  return lines.slice(1, -1);
}

describe('the text report', () => {
  it.each<[string, Finding[], string[]]>([
    [
      'errors come before the warnings and notices of the same and earlier files',
      [broken('a.yaml'), skipped('a.yaml'), removed('b.yaml'), removed('a.yaml')],
      [
        'Errors (2)', 'file: a.yaml', '  3:1      error    CronJob "c" uses batch/v1beta1 in a.yaml  removed-api',
        'file: b.yaml', '  3:1      error    CronJob "c" uses batch/v1beta1 in b.yaml  removed-api',
        'Warning (1)', 'file: a.yaml', '  2:1      warning  Document 1 is not valid YAML: bad indentation  invalid-manifest',
        'Notice (1)', 'file: a.yaml', '  -        notice   Not scanned: binary file  skipped-file',
      ],
    ],
    [
      'twenty overlays failing for one reason are one line with a count',
      Array.from({ length: 20 }, (_, i) => overlayFailed(`overlays/o${String(i).padStart(2, '0')}`)),
      [
        'Warnings (20)', 'file: overlays/o00/kustomization.yaml',
        '  -        warning  Kustomize overlay overlays/o00 could not be rendered: overlays/o00/kustomization.yaml: remote bases are not fetched Its objects were not checked.  render-failed',
        '           + 19 more like this: overlays/o01/kustomization.yaml, overlays/o02/kustomization.yaml, overlays/o03/kustomization.yaml, … (the JSON report lists each)',
      ],
    ],
    [
      'the same parse error in two files is folded; a different one is not',
      [broken('a.yaml'), broken('b.yaml'), { ...broken('c.yaml'), message: 'Document 1 is not valid YAML: other' }],
      [
        'Warnings (3)', 'file: a.yaml', '  2:1      warning  Document 1 is not valid YAML: bad indentation  invalid-manifest',
        '           + 1 more like this: b.yaml (the JSON report lists each)',
        'file: c.yaml', '  2:1      warning  Document 1 is not valid YAML: other  invalid-manifest',
      ],
    ],
    [
      'identical errors are never folded',
      [{ ...removed('a.yaml'), message: 'same' }, { ...removed('b.yaml'), message: 'same' }],
      ['Errors (2)', 'file: a.yaml', '  3:1      error    same  removed-api', 'file: b.yaml', '  3:1      error    same  removed-api'],
    ],
  ])('%s', (_name, findings, want) => {
    expect(body(findings)).toEqual(want);
  });

  it('quiet lists errors only and says that the others are not listed', () => {
    const text = renderText(sampleResult([broken('a.yaml'), removed('a.yaml'), skipped('b.yaml')]), { color: false, quiet: true });
    expect(text).toContain('Error (1)');
    expect(text).not.toContain('invalid-manifest');
    expect(text).not.toContain('skipped-file');
    expect(text).toContain('1 error, 1 warning, 1 notice. Warnings and notices are not listed (--quiet).');
  });

  it('shows each path as the caller asks, the findings keep theirs', () => {
    const findings = [removed('k8s/a.yaml'), ...Array.from({ length: 2 }, (_, i) => overlayFailed(`o/${i}`))];
    const result = sampleResult(findings);
    const text = renderText(result, { color: false, displayPath: (f) => `deploy/${f}` });
    expect(text).toContain('file: deploy/k8s/a.yaml');
    expect(text).toContain('file: deploy/o/0/kustomization.yaml');
    expect(text).toContain('+ 1 more like this: deploy/o/1/kustomization.yaml');
    expect(result.findings.map((f) => f.file)).toEqual(['k8s/a.yaml', 'o/0/kustomization.yaml', 'o/1/kustomization.yaml']);
  });
});
