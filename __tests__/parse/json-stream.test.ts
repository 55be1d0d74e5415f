/**
 * A file of JSON objects written back to back is read as kubectl reads it: each object is a document, placed at the
 * line (and column) of its own `apiVersion`. YAML, and a file that is not only JSON objects, is split as before.
 */
import { parseManifestText } from '../../src/parse/manifest.js';
import { splitDocuments } from '../../src/parse/split.js';

const cron = (name: string) => `{"apiVersion":"batch/v1beta1","kind":"CronJob","metadata":{"name":"${name}"}}`;
const ing = (name: string) => `{"apiVersion":"extensions/v1beta1","kind":"Ingress","metadata":{"name":"${name}"}}`;

const tricky = '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"x}{\\"y"},"data":{"k":"[{"}}';
const list = '{"apiVersion":"v1","kind":"List","items":[';

describe('JSON streams', () => {
  // name, text, expected [apiVersion, name, line, column] per document
  const cases: Array<[string, string, Array<[string, string, number, number]>]> = [
    ['back to back on one line', `${cron('a')}${ing('b')}`, [['batch/v1beta1', 'a', 1, 2], ['extensions/v1beta1', 'b', 1, 2 + cron('a').length]]],
    ['separated by a space', `${cron('a')} ${ing('b')}\n`, [['batch/v1beta1', 'a', 1, 2], ['extensions/v1beta1', 'b', 1, 3 + cron('a').length]]],
    ['one per line', `${cron('a')}\n${ing('b')}\n${cron('c')}\n`, [['batch/v1beta1', 'a', 1, 2], ['extensions/v1beta1', 'b', 2, 2], ['batch/v1beta1', 'c', 3, 2]]],
    ['blank lines and leading white space', `\n\n  ${cron('a')}\n\n\t${ing('b')}`, [['batch/v1beta1', 'a', 3, 4], ['extensions/v1beta1', 'b', 5, 3]]],
    [
      'pretty-printed objects',
      `{\n  "apiVersion": "batch/v1beta1",\n  "kind": "CronJob",\n  "metadata": {"name": "a"}\n}\n{\n  "kind": "Ingress",\n  "apiVersion": "extensions/v1beta1",\n  "metadata": {"name": "b"}\n}\n`,
      [['batch/v1beta1', 'a', 2, 3], ['extensions/v1beta1', 'b', 8, 3]],
    ],
    ['braces and quotes inside strings', `${tricky}${cron('a')}`, [['v1', 'x}{"y', 1, 2], ['batch/v1beta1', 'a', 1, tricky.length + 2]]],
    ['CRLF line ends', `${cron('a')}\r\n${ing('b')}\r\n`, [['batch/v1beta1', 'a', 1, 2], ['extensions/v1beta1', 'b', 2, 2]]],
    ['a List among the objects', `${list}${cron('a')}]}\n${ing('b')}`, [['batch/v1beta1', 'a', 1, list.length + 2], ['extensions/v1beta1', 'b', 2, 2]]],
  ];
  it.each(cases)('%s', (_name, text, want) => {
    const parsed = parseManifestText(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.documents.map((d) => [d.apiVersion, d.name, d.position.line, d.position.column])).toEqual(want);
    expect(parsed.documents.map((d) => d.docIndex)).toEqual(want.map((_, i) => i));
  });

  it('a broken object is reported on its own line and hides none of the others', () => {
    const parsed = parseManifestText(`${cron('a')}\n{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"m"},"data":{"k" 1}}\n${ing('b')}\n`);
    expect(parsed.documents.map((d) => d.name)).toEqual(['a', 'b']);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ docIndex: 1, position: { line: 2 } });
  });

  // Not a stream of JSON objects only: split as YAML, as before.
  const yaml: Array<[string, string, number]> = [
    ['a single JSON object', cron('a'), 1],
    ['YAML flow mappings between markers', `${cron('a')}\n---\n${ing('b')}\n`, 2],
    ['an object that does not end', `${cron('a')}\n{"apiVersion":"v1"`, 1],
    ['an object followed by other text', `${cron('a')}\nkind: x\n`, 1],
    ['a block YAML document', 'apiVersion: v1\nkind: ConfigMap\n', 1],
  ];
  it.each(yaml)('%s is split as YAML', (_name, text, segments) => {
    expect(splitDocuments(text)).toHaveLength(segments);
  });
});
