import { actionStates, markTemplate, stripMarkers } from '../../src/render/markers.js';

const T = 'f00d';

describe('markTemplate', () => {
  it('marks top-level apiVersion lines with the file and line, and nothing else', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  apiVersion: nested\n---\napiVersion: "apps/v1"\n';
    const r = markTemplate(text, T, 3);
    expect(r.marked).toEqual([1, 6]);
    expect(r.text).toBe('apiVersion: v1 #kug.f00d.3.1\nkind: ConfigMap\ndata:\n  apiVersion: nested\n---\napiVersion: "apps/v1" #kug.f00d.3.6\n');
  });

  it('leaves lines alone where a comment could change the render', () => {
    const text = [
      'apiVersion: {{ .Values.api -}}', // trimming would eat the space before the comment
      '{{ "\\n" }}kind: A',
      '{{- /* a comment',
      'apiVersion: inside/comment',
      '*/ -}}',
      'apiVersion: {{ printf "%s"', // the action goes on
      '  "v1" }}',
      '{{ `raw',
      'apiVersion: inside/raw` }}',
      'apiVersion: {{ "}}" | quote }}', // a }} inside a string does not end the action
    ].join('\n');
    expect(markTemplate(text, T, 0).marked).toEqual([10]);
  });

  it('keeps CRLF line ends after the marker', () => {
    expect(markTemplate('apiVersion: v1\r\nkind: A\r\n', T, 0).text).toBe('apiVersion: v1 #kug.f00d.0.1\r\nkind: A\r\n');
  });
});

describe('stripMarkers', () => {
  it('restores the text exactly and says where each marker was', () => {
    const out = '---\n# Source: x/templates/a.yaml\napiVersion: v1 #kug.f00d.2.7\nkind: A\n';
    const r = stripMarkers(out, T);
    expect(r.text).toBe('---\n# Source: x/templates/a.yaml\napiVersion: v1\nkind: A\n');
    expect([...r.hits]).toEqual([[3, { file: 2, line: 7 }]]);
  });

  it('gives a marker alone on its line to the line above (a value that ended in a newline)', () => {
    const r = stripMarkers('apiVersion: policy/v1\n #kug.f00d.0.4\nkind: B\n', T);
    expect(r.text).toBe('apiVersion: policy/v1\n\nkind: B\n');
    expect(r.hits.get(1)).toEqual({ file: 0, line: 4 });
  });

  it('ignores markers of another run', () => {
    const out = 'apiVersion: v1 #kug.beef.0.1\n';
    expect(stripMarkers(out, T)).toEqual({ text: out, hits: new Map() });
  });
});

describe('actionStates', () => {
  it('tracks actions across lines', () => {
    expect(actionStates('a {{ b\nc }} d\ne').map((s) => [s.startsInside, s.endsInside])).toEqual([[false, true], [true, false], [false, false]]);
  });
});
