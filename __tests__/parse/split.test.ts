import { splitDocuments } from '../../src/parse/split.js';

describe('splitDocuments', () => {
  const cases: Array<{ name: string; text: string; expect: Array<[number, string]> }> = [
    { name: 'single document without marker', text: 'a: 1\nb: 2', expect: [[0, 'a: 1\nb: 2']] },
    { name: 'leading marker', text: '---\na: 1', expect: [[0, '---\na: 1']] },
    { name: 'two documents', text: 'a: 1\n---\nb: 2\n', expect: [[0, 'a: 1'], [1, '---\nb: 2\n']] },
    { name: 'empty documents are dropped', text: '---\n---\n# only a comment\n---\na: 1', expect: [[3, '---\na: 1']] },
    { name: 'marker with content on the same line', text: 'a: 1\n--- {b: 2}', expect: [[0, 'a: 1'], [1, '--- {b: 2}']] },
    { name: 'PEM lines do not split', text: 'data: |\n  -----BEGIN CERTIFICATE-----\n  abc\n  -----END CERTIFICATE-----\nk: v', expect: [[0, 'data: |\n  -----BEGIN CERTIFICATE-----\n  abc\n  -----END CERTIFICATE-----\nk: v']] },
    { name: 'indented --- inside a block scalar does not split', text: 'x: |\n  ---\n  y\nz: 1', expect: [[0, 'x: |\n  ---\n  y\nz: 1']] },
    { name: 'dashes without a following space do not split', text: 'a: 1\n----\nb: 2', expect: [[0, 'a: 1\n----\nb: 2']] },
    { name: 'document end marker', text: 'a: 1\n...\nb: 2', expect: [[0, 'a: 1\n...'], [2, 'b: 2']] },
    { name: 'directives belong to the next document', text: 'a: 1\n...\n%YAML 1.2\n---\nb: 2', expect: [[0, 'a: 1\n...'], [2, '%YAML 1.2\n---\nb: 2']] },
    { name: 'CRLF line ends', text: 'a: 1\r\n---\r\nb: 2\r\n', expect: [[0, 'a: 1'], [1, '---\nb: 2\n']] },
  ];
  it.each(cases)('$name', ({ text, expect: want }) => {
    expect(splitDocuments(text).map((s) => [s.startLine, s.text])).toEqual(want);
  });

  it('numbers documents in file order, counting only documents with content', () => {
    expect(splitDocuments('a: 1\n---\n---\nb: 2').map((s) => s.index)).toEqual([0, 1]);
  });
});
