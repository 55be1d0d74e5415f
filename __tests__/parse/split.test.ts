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
    { name: 'comments and % lines inside a document stay in it', text: 'a: 1\n# c\n%x\n  b\n---\nc: 2', expect: [[0, 'a: 1\n# c\n%x\n  b'], [4, '---\nc: 2']] },
    { name: 'a comment before --- after content stays with the document before', text: 'a: 1\n# about b\n---\nb: 2', expect: [[0, 'a: 1\n# about b'], [2, '---\nb: 2']] },
    { name: 'comments after an empty --- open the document; those after ... go with the next', text: '---\n# c\n\na: 1\n...\n# after\n---\nb: 2', expect: [[0, '---\n# c\n\na: 1\n...'], [5, '# after\n---\nb: 2']] },
    { name: 'a document end, comments and directives, then content without ---', text: 'a: 1\n...\n# c\n%TAG ! x\nb: 2', expect: [[0, 'a: 1\n...'], [2, '# c\n%TAG ! x\nb: 2']] },
    { name: 'CRLF line ends', text: 'a: 1\r\n---\r\nb: 2\r\n', expect: [[0, 'a: 1'], [1, '---\nb: 2\n']] },
  ];
  it.each(cases)('$name', ({ text, expect: want }) => {
    expect(splitDocuments(text).map((s) => [s.startLine, s.text])).toEqual(want);
  });

  it('numbers documents in file order, counting only documents with content', () => {
    expect(splitDocuments('a: 1\n---\n---\nb: 2').map((s) => s.index)).toEqual([0, 1]);
  });
});
