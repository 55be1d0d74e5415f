/**
 * Reads the feature gates a Kubernetes release compiles in, from the Go source files of that release
 * (data mirror `feature-gates/per-release/1.N/`, see its README). Pure: the caller passes file texts.
 *
 * What the files hold:
 *  - gate names: `Ident featuregate.Feature = "Name"`, `Ident = featuregate.Feature("Name")` (or `Ident Feature =
 *    "Name"` inside the featuregate and client-go packages), or an untyped `Ident = "Name"` used as a map key. The gate is the string, never the Go identifier (`CPUCFSQuotaPeriod` registers
 *    `CustomCPUCFSQuotaPeriod`).
 *  - specs: maps `map[featuregate.Feature]featuregate.FeatureSpec{Ident: {Default, PreRelease, LockToDefault}}`
 *    (one spec per gate, 1.18–1.31 and some packages later) or `…VersionedSpecs{Ident: {{Version, Default,
 *    PreRelease, LockToDefault}, …}}` (1.31+): the spec in force in release 1.N is the last one whose Version
 *    is ≤ 1.N; a gate none of whose specs is ≤ 1.N is not available in 1.N. Keys may name a constant of another
 *    package (`genericfeatures.APIListChunking`); it is resolved by identifier among the release's files.
 *  - `Default:` may be a boolean constant of the file (`contextualLoggingDefault = false`).
 */

export type CodeStage = 'alpha' | 'beta' | 'ga' | 'deprecated';

export interface CodeSpec {
  /** "1.0" for the pre-versioning state; null for an unversioned FeatureSpec. */
  version: string | null;
  default: boolean;
  lockToDefault: boolean;
  stage: CodeStage;
}

export interface CodeFile {
  /** The file's name in the release folder, e.g. "kube_features.go". */
  name: string;
  text: string;
}

export interface ParsedGoFile {
  /** Go identifier → gate name. */
  constants: Map<string, string>;
  /** Map entries: key as written (`Ident` or `pkg.Ident`) and its specs. */
  entries: Array<{ key: string; specs: CodeSpec[] }>;
}

/** The state of one gate in one release, as the code registers it. */
export interface CodeGateState {
  stage: CodeStage;
  default: boolean;
  locked: boolean;
  /** Files (release-folder names) that register the gate. */
  files: string[];
}

const PRERELEASE: Record<string, CodeStage> = { Alpha: 'alpha', Beta: 'beta', GA: 'ga', Deprecated: 'deprecated' };

/** Removes // and block comments, leaving string literals intact. */
export function stripGoComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    const n = text[i + 1];
    if (c === '"' || c === '`') {
      const end = c === '"' ? /(?<!\\)"/g : /`/g;
      end.lastIndex = i + 1;
      const m = end.exec(text);
      const stop = m ? m.index + 1 : text.length;
      out += text.slice(i, stop);
      i = stop;
    } else if (c === '/' && n === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? text.length : nl;
    } else if (c === '/' && n === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just after the brace matching the `{` at `open`. */
function matchBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = text.indexOf('"', i + 1);
      if (i < 0) break;
    } else if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('unbalanced braces');
}

function parseSpec(body: string, bools: ReadonlyMap<string, boolean>, where: string): CodeSpec {
  const field = (name: string): string | null => {
    const m = new RegExp(`\\b${name}\\s*:\\s*([^,}]+?)\\s*(?:,|$)`).exec(body);
    return m ? (m[1] as string).trim() : null;
  };
  const bool = (name: string, required: boolean): boolean => {
    const v = field(name);
    if (v === null) {
      if (required) throw new Error(`${where}: no ${name} in {${body}}`);
      return false;
    }
    if (v === 'true' || v === 'false') return v === 'true';
    const c = bools.get(v);
    if (c === undefined) throw new Error(`${where}: ${name} is ${v}, not a boolean`);
    return c;
  };
  const pre = field('PreRelease');
  const stage = pre === null ? undefined : PRERELEASE[pre.replace(/^\w+\./, '')];
  if (!stage) throw new Error(`${where}: unreadable PreRelease ${String(pre)}`);
  let version: string | null = null;
  if (/\bVersion\s*:/.test(body)) {
    const m = /\bVersion\s*:\s*version\.(?:MustParse\("v?(\d+)\.(\d+)(?:\.\d+)?"\)|MajorMinor\((\d+),\s*(\d+)\))/.exec(body);
    if (!m) throw new Error(`${where}: unreadable Version in {${body}}`);
    version = `${Number(m[1] ?? m[3])}.${Number(m[2] ?? m[4])}`;
  }
  return { version, default: bool('Default', true), lockToDefault: bool('LockToDefault', false), stage };
}

const MAP_RE = /map\[(?:\w+\.)?Feature\](?:\w+\.)?(FeatureSpec|VersionedSpecs)\{/g;

/** The gate constants and spec-map entries of one Go file. */
export function parseGoFeatureFile(file: CodeFile): ParsedGoFile {
  const text = stripGoComments(file.text);
  const constants = new Map<string, string>();
  const untyped = new Map<string, string>();
  for (const m of text.matchAll(/^\s*(?:const\s+)?([A-Za-z_]\w*)\s+(?:\w+\.)?Feature\s*=\s*"([^"]+)"/gm)) {
    constants.set(m[1] as string, m[2] as string);
  }
  for (const m of text.matchAll(/^\s*(?:const\s+)?([A-Za-z_]\w*)\s*=\s*(?:\w+\.)?Feature\("([^"]+)"\)/gm)) {
    constants.set(m[1] as string, m[2] as string);
  }
  // An untyped string constant becomes a gate name only where a spec map uses it as a key.
  for (const m of text.matchAll(/^\s*(?:const\s+)?([A-Za-z_]\w*)\s*=\s*"([^"]+)"\s*$/gm)) {
    if (!constants.has(m[1] as string)) untyped.set(m[1] as string, m[2] as string);
  }
  const bools = new Map<string, boolean>();
  for (const m of text.matchAll(/^\s*(?:const\s+)?([A-Za-z_]\w*)\s*=\s*(true|false)\s*$/gm)) bools.set(m[1] as string, m[2] === 'true');

  const entries: ParsedGoFile['entries'] = [];
  for (const m of text.matchAll(MAP_RE)) {
    const open = (m.index ?? 0) + m[0].length - 1;
    const close = matchBrace(text, open);
    const body = text.slice(open + 1, close - 1);
    const versioned = m[1] === 'VersionedSpecs';
    let i = 0;
    while (i < body.length) {
      const key = /\s*([A-Za-z_][\w.]*)\s*:\s*\{/y;
      key.lastIndex = i;
      const k = key.exec(body);
      if (!k) {
        if (body.slice(i).trim().replace(/^,/, '').trim() === '') break;
        throw new Error(`${file.name}: unreadable map entry near ${JSON.stringify(body.slice(i, i + 80))}`);
      }
      const valueOpen = key.lastIndex - 1;
      const valueClose = matchBrace(body, valueOpen);
      const value = body.slice(valueOpen + 1, valueClose - 1);
      const where = `${file.name}: ${k[1]}`;
      let specs: CodeSpec[];
      if (versioned) {
        specs = [];
        let j = 0;
        while (j < value.length) {
          const b = value.indexOf('{', j);
          if (b < 0) break;
          const e = matchBrace(value, b);
          specs.push(parseSpec(value.slice(b + 1, e - 1), bools, where));
          j = e;
        }
        if (specs.some((s) => s.version === null)) throw new Error(`${where}: a versioned spec without Version`);
      } else {
        specs = [parseSpec(value, bools, where)];
      }
      entries.push({ key: k[1] as string, specs });
      i = valueClose;
      const comma = /\s*,?/y;
      comma.lastIndex = i;
      comma.exec(body);
      i = comma.lastIndex;
    }
  }
  for (const e of entries) {
    const u = untyped.get(e.key);
    if (u !== undefined) constants.set(e.key, u);
  }
  return { constants, entries };
}

/** "1.31" → 1031, "0.0" → 0: an order over major.minor versions. */
function versionKey(v: string): number {
  const m = /^(\d+)\.(\d+)$/.exec(v);
  if (!m) throw new Error(`not a major.minor version: ${v}`);
  return Number(m[1]) * 1000 + Number(m[2]);
}

/** The spec in force in `release`: the only one of an unversioned gate, else the last with version ≤ release. */
export function specInForce(specs: readonly CodeSpec[], release: string): CodeSpec | null {
  if (specs.length === 1 && specs[0]?.version === null) return specs[0] as CodeSpec;
  let best: CodeSpec | null = null;
  for (const s of [...specs].sort((a, b) => versionKey(a.version as string) - versionKey(b.version as string))) {
    if (versionKey(s.version as string) <= versionKey(release)) best = s;
  }
  return best;
}

/**
 * Every gate the files of one release register, with the state in force in that release. A gate listed in
 * several files must have the same state in each (the release README checked that); a difference throws.
 */
export function releaseGates(files: readonly CodeFile[], release: string): Map<string, CodeGateState> {
  const parsed = files.map((f) => ({ name: f.name, p: parseGoFeatureFile(f) }));
  const byIdent = new Map<string, Set<string>>();
  for (const { p } of parsed) for (const [id, name] of p.constants) byIdent.set(id, (byIdent.get(id) ?? new Set()).add(name));
  const out = new Map<string, CodeGateState>();
  for (const { name: file, p } of parsed) {
    for (const e of p.entries) {
      const ident = e.key.includes('.') ? (e.key.split('.').pop() as string) : e.key;
      let gate = e.key.includes('.') ? undefined : p.constants.get(ident);
      if (gate === undefined) {
        const names = byIdent.get(ident);
        if (!names || names.size !== 1) throw new Error(`${release}/${file}: cannot resolve ${e.key}`);
        gate = [...names][0] as string;
      }
      const spec = specInForce(e.specs, release);
      if (!spec) continue;
      const state: CodeGateState = { stage: spec.stage, default: spec.default, locked: spec.lockToDefault, files: [file] };
      const seen = out.get(gate);
      if (!seen) out.set(gate, state);
      else {
        if (seen.stage !== state.stage || seen.default !== state.default || seen.locked !== state.locked) {
          throw new Error(`${release}: ${gate} differs between ${seen.files.join(', ')} and ${file}`);
        }
        if (!seen.files.includes(file)) seen.files.push(file);
      }
    }
  }
  return out;
}

/**
 * Which files of a release folder are the upstream code: `upstream-vX.Y.Z_<name>` replaces `<name>` (the
 * folder's `<name>` is then the OpenShift fork's copy), `openshift_*` files are the fork's own and are left
 * out, and only `.go` files hold gates. Returns [folder file, logical name] pairs, sorted by logical name.
 */
export function upstreamGoFiles(folderFiles: readonly string[]): Array<{ file: string; name: string }> {
  const replaced = new Map<string, string>();
  for (const f of folderFiles) {
    const m = /^upstream-v[\d.]+_(.+\.go)$/.exec(f);
    if (m) replaced.set(m[1] as string, f);
  }
  const out: Array<{ file: string; name: string }> = [];
  for (const f of folderFiles) {
    if (!f.endsWith('.go') || f.startsWith('openshift_') || f.startsWith('upstream-')) continue;
    out.push({ file: replaced.get(f) ?? f, name: f });
  }
  for (const [name, file] of replaced) if (!folderFiles.includes(name)) out.push({ file, name });
  return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
