/**
 * The values of a YAML document, read as Kubernetes' decoder reads them (js-yaml with Kubernetes' tags and merge
 * keys, a depth limit), for the manifest parser.
 */
import * as jsYaml from 'js-yaml';

/**
 * How a document is read. js-yaml decides whether it is valid YAML and gives its values: it is why two YAML libraries
 * ship. Reading the values of every document of the bench corpus took the `yaml` package's `parse` 4.9× as long as
 * js-yaml (9.6 s against 2.0 s over three passes, `npm run bench` on 2026-12-06, ratios.yamlValuesOverJsYaml). The
 * `yaml` package's position-tracking parse runs only when a place below the top is asked for, or to check a document
 * with aliases for an alias bomb. A top-level `apiVersion:` that starts a line is placed without any second parse.
 */
// Local tags (`!vault secret`, `!Ref x`) are kept as their plain values, as Kubernetes' decoder does.
const localTag = (kind: 'scalar' | 'sequence' | 'mapping'): jsYaml.Type =>
  new jsYaml.Type('!', { kind, multi: true, construct: (data: unknown) => data } as jsYaml.TypeConstructorOptions);
// `!!timestamp` is a standard tag Kubernetes' decoder reads; a scan needs only its text.
const textTag = (name: string): jsYaml.Type =>
  new jsYaml.Type(`tag:yaml.org,2002:${name}`, { kind: 'scalar', construct: (data: unknown) => data } as jsYaml.TypeConstructorOptions);
// `!!binary` reads as the text its base64 encodes, as Kubernetes' decoder reads it (line breaks ignored, padding
// required); anything else under the tag is a broken document there and here.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const lossyUtf8 = new TextDecoder();
const binaryTag = new jsYaml.Type('tag:yaml.org,2002:binary', {
  kind: 'scalar',
  resolve: (data: unknown) => typeof data === 'string' && BASE64.test(data.replace(/[\r\n]/g, '')),
  construct: (data: string) => lossyUtf8.decode(Buffer.from(data.replace(/[\r\n]/g, ''), 'base64')),
} as jsYaml.TypeConstructorOptions);
// The merge key `<<` is implicit (a plain `<<` key merges, as in Kubernetes' decoder); the others apply when written.
const SCHEMA = jsYaml.CORE_SCHEMA.extend({
  implicit: [(jsYaml as unknown as { types: { merge: jsYaml.Type } }).types.merge],
  explicit: [binaryTag, textTag('timestamp'), localTag('scalar'), localTag('sequence'), localTag('mapping')],
});
/** Deeper than any real object (CRD schemas nest a few dozen levels); deeper documents are refused, not recursed. */
export const MAX_DEPTH = 1000;
/** `lastKeyWins`: a duplicated mapping key keeps its last value (js-yaml's `json` mode) instead of failing. */
export function loadYaml(text: string, lastKeyWins = false): unknown {
  return jsYaml.load(text, { schema: SCHEMA, json: lastKeyWins, maxDepth: MAX_DEPTH } as jsYaml.LoadOptions);
}
