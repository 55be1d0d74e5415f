/** The JSON report (schemaVersion 1): a stable contract for machines. */
import type { ScanResult } from '../app/result.js';

/** Chunks of about this many characters: a report of a million findings is far longer than one string may be. */
const CHUNK_CHARS = 1 << 20;

/** An array written element by element by `jsonChunks`, never as one string. */
export class StreamedArray {
  constructor(readonly items: readonly unknown[]) {}
}

/**
 * `JSON.stringify(value, null, 2)`, as a sequence of chunks: every StreamedArray in `value` (in plain objects, at
 * any depth) is written one element at a time, so the whole text is never one string. A `##[` inside a string is
 * written `#\u0023[` (the same JSON value): read as a log line by a CI runner, a report must not hold a command.
 */
export function* jsonChunks(value: unknown, indent = ''): Generator<string> {
  let buf = '';
  for (const piece of pieces(value, indent)) {
    buf += piece;
    if (buf.length >= CHUNK_CHARS) {
      yield neutral(buf);
      buf = '';
    }
  }
  if (buf !== '') yield neutral(buf);
}

function* pieces(value: unknown, indent: string): Generator<string> {
  const inner = `${indent}  `;
  const items = value instanceof StreamedArray ? value.items : Array.isArray(value) && holdsStream(value) ? value : null;
  if (items !== null) {
    if (items.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < items.length; i++) {
      yield `${i > 0 ? ',' : ''}\n${inner}`;
      // As JSON.stringify writes them: null for what has no JSON form.
      const item: unknown = items[i];
      yield* pieces(item === undefined || typeof item === 'function' ? null : item, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  if (value !== null && typeof value === 'object' && holdsStream(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function');
    yield '{';
    for (let i = 0; i < entries.length; i++) {
      const [k, v] = entries[i]!;
      yield `${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(k)}: `;
      yield* pieces(v, inner);
    }
    yield entries.length > 0 ? `\n${indent}}` : '}';
    return;
  }
  const text = JSON.stringify(value, null, 2) ?? 'null';
  yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
}

/** Whether a StreamedArray is inside `value` (plain objects and arrays, at any depth; StreamedArrays are not searched). */
function holdsStream(value: object): boolean {
  return Object.values(value).some((v) => v instanceof StreamedArray || (v !== null && typeof v === 'object' && holdsStream(v)));
}

function neutral(text: string): string {
  return text.includes('##[') ? text.replace(/##\[/g, '#\\u0023[') : text;
}

/** The report as chunks: the findings are written one at a time (see jsonChunks). */
export function renderJsonChunks(result: ScanResult): Generator<string> {
  const ordered = {
    schemaVersion: result.schemaVersion,
    tool: result.tool,
    catalog: result.catalog,
    target: result.target,
    current: result.current,
    summary: result.summary,
    ...(result.renders ? { renders: result.renders } : {}),
    findings: new StreamedArray(
      result.findings.map((f) => ({
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        file: f.file,
        line: f.line,
        column: f.column,
        object: f.object,
        data: f.data,
        ...(f.suppressed
          ? { suppressed: { reason: f.suppressed.reason, source: f.suppressed.source, file: f.suppressed.file, line: f.suppressed.line, expires: f.suppressed.expires } }
          : {}),
      })),
    ),
    clusters: (result.clusters ?? []).map((c) => ({
      name: c.name,
      version: c.version,
      target: c.target,
      recommendedTarget: c.recommendedTarget,
      supported: c.supported,
      endOfLife: c.endOfLife,
      path: c.path,
      advisories: c.advisories,
      blockingAdvisories: c.blockingAdvisories,
      skew: c.skew,
      asOf: c.asOf,
    })),
    ...(result.shard ? { shard: { index: result.shard.index, count: result.shard.count, paths: result.shard.paths } } : {}),
    ...(result.scanObjects ? { scanObjects: new StreamedArray(result.scanObjects) } : {}),
    ...(result.suppressions ? { suppressions: result.suppressions } : {}),
  };
  return (function* () {
    yield* jsonChunks(ordered);
    yield '\n';
  })();
}

/** The whole report as one string (a report too long for one string needs renderJsonChunks). */
export function renderJson(result: ScanResult): string {
  return [...renderJsonChunks(result)].join('');
}
