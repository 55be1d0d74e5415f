/**
 * Objects in text that is not YAML this tool may edit: Helm templates (files under a chart's templates/, or any file
 * whose YAML does not parse). Read by lines, never parsed or rendered: for each document (between `---` lines) the
 * first `apiVersion:` and `kind:` lines written as literal words give the object, and the apiVersion line is where
 * a person is told what to change.
 */
export interface TemplateObject {
  /** 1-based line of the `apiVersion:` key. */
  line: number;
  /** Offset of that line in the text. */
  offset: number;
  apiVersion: string;
  kind: string;
}

const KEY = (name: string): RegExp => new RegExp(`^([ \\t]*)["']?${name}["']?[ \\t]*:[ \\t]*(["']?)([A-Za-z0-9][A-Za-z0-9./-]*)\\2[ \\t]*(?:#.*)?\\r?$`);
const API_VERSION = KEY('apiVersion');
const KIND = KEY('kind');
const DOC_START = /^---(?:[ \t]|\r?$)/;

export function templateObjects(text: string): TemplateObject[] {
  const out: TemplateObject[] = [];
  let av: { line: number; offset: number; indent: string; value: string } | null = null;
  let kinds: Array<{ indent: string; value: string }> = [];
  let blockedAv = false;
  const flush = (): void => {
    const a = av as { line: number; offset: number; indent: string; value: string } | null;
    const kind = a ? kinds.find((k) => k.indent === a.indent) : undefined;
    if (a && kind) out.push({ line: a.line, offset: a.offset, apiVersion: a.value, kind: kind.value });
    av = null;
    kinds = [];
    blockedAv = false;
  };
  let offset = 0;
  let line = 1;
  for (const l of text.split('\n')) {
    if (DOC_START.test(l)) flush();
    else {
      const a = API_VERSION.exec(l);
      if (a && !av && !blockedAv) av = { line, offset, indent: a[1]!, value: a[3]! };
      else if (!av && /^[ \t]*["']?apiVersion["']?[ \t]*:/.test(l)) blockedAv = true; // computed by the template
      const k = KIND.exec(l);
      if (k) kinds.push({ indent: k[1]!, value: k[3]! });
    }
    offset += l.length + 1;
    line++;
  }
  flush();
  return out;
}
