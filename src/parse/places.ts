/**
 * Places inside one YAML document: the line and column of a key path's node, a key's place, a line's text, and the
 * document's duplicated keys. The position-tracking parse (the `yaml` package) runs at most once per document, and
 * only when one of these is asked for; the values themselves come from js-yaml (yaml-values.ts).
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node as YamlNode, type YAMLMap } from 'yaml';

export interface Position {
  line: number;
  column: number;
}

/**
 * Places inside one YAML document of a file: the position-tracking parse runs at most once, and only when a place
 * below the top is asked for (or a document with aliases is checked for an alias bomb).
 */
export class SegmentPlaces {
  private full: { doc: Document; lc: LineCounter } | null = null;
  private lines: string[] | null = null;

  constructor(
    readonly text: string,
    readonly startLine: number,
  ) {}

  tree(): { doc: Document; lc: LineCounter } {
    if (!this.full) {
      const lc = new LineCounter();
      this.full = { doc: parseDocument(this.text, { lineCounter: lc, merge: true, uniqueKeys: false, strict: false }), lc };
    }
    return this.full;
  }

  placeOf(node: YamlNode | null | undefined): Position | null {
    if (!node?.range) return null;
    const p = this.tree().lc.linePos(node.range[0]);
    return { line: this.startLine + p.line, column: p.col };
  }

  /**
   * The node at a key path, read as the object is: through aliases, and through merge keys (`<<: *base`, `<<: [*a,
   * *b]`) for keys a mapping takes from the mappings it merges.
   */
  nodeAt(path: ReadonlyArray<string | number>): YamlNode | null {
    let node = this.deref((this.tree().doc.contents as YamlNode | null) ?? null);
    for (const step of path) {
      if (!node) return null;
      if (isSeq(node)) node = typeof step === 'number' ? this.deref((node.items[step] as YamlNode | undefined) ?? null) : null;
      else if (isMap(node)) node = this.deref(this.pairOf(node, String(step))?.value ?? null);
      else return null;
    }
    return node;
  }

  /**
   * The place of a key of the mapping at `path`. A key the mapping takes through a merge key is placed where the
   * merged (anchored) mapping writes it.
   */
  keyAt(path: ReadonlyArray<string | number>, key: string): Position | null {
    const node = this.nodeAt(path);
    if (!node || !isMap(node)) return null;
    const pair = this.pairOf(node, key);
    return pair ? this.placeOf(pair.key) : null;
  }

  /**
   * The pair that gives `key` its value in `map`, as a merge-aware decoder reads it: the mapping's own key first (the
   * last one, when the key is duplicated), then the merged mappings in their order (an earlier one wins), each with
   * its own merges. Each mapping is searched once, so merges that repeat or refer back cost nothing more.
   */
  private pairOf(map: YAMLMap, key: string, seen = new Set<YAMLMap>()): { key: YamlNode; value: YamlNode | null } | null {
    seen.add(map);
    let merges: YamlNode[] | null = null;
    let own: { key: YamlNode; value: YamlNode | null } | null = null;
    for (const pair of map.items) {
      const k = this.deref(pair.key as YamlNode | null);
      if (!isScalar(k)) continue;
      if (typeof k.value === 'symbol') {
        if (k.value.description === '<<' && pair.value) (merges ??= []).push(pair.value as YamlNode);
      } else if (k.value === key || (typeof k.value !== 'string' && String(k.value) === key)) {
        // A duplicated key: the last one gives the value.
        own = { key: pair.key as YamlNode, value: (pair.value as YamlNode | null) ?? null };
      }
    }
    if (own) return own;
    if (!merges) return null;
    for (const m of merges) {
      const source = this.deref(m);
      const sources = isSeq(source) ? source.items.map((it) => this.deref(it as YamlNode)) : [source];
      for (const s of sources) {
        if (!isMap(s) || seen.has(s)) continue;
        const found = this.pairOf(s, key, seen);
        if (found) return found;
      }
    }
    return null;
  }

  /** An alias's anchored node (the last anchor of that name before it), any other node itself. */
  private deref(node: YamlNode | null): YamlNode | null {
    if (!node || !isAlias(node)) return node;
    const order = (this.anchors ??= this.anchorOrder());
    let found: YamlNode | null = null;
    for (const n of order) {
      if (n === node) break;
      if (!isAlias(n) && n.anchor === (node as Alias).source) found = n;
    }
    return found;
  }

  private anchors: YamlNode[] | null = null;

  /** Anchored nodes and aliases in document order. */
  private anchorOrder(): YamlNode[] {
    const nodes: YamlNode[] = [];
    visit(this.tree().doc, {
      Node: (_key, n) => {
        if (isAlias(n) || (n as { anchor?: string }).anchor) nodes.push(n as YamlNode);
      },
    });
    return nodes;
  }

  /** Each key that repeats an earlier key of its mapping, where it is written (merge keys are not duplicates). */
  duplicateKeys(): Array<{ key: string; position: Position }> {
    const out: Array<{ key: string; position: Position }> = [];
    visit(this.tree().doc, {
      Map: (_key, map) => {
        const seen = new Set<unknown>();
        for (const pair of map.items) {
          const k = pair.key as YamlNode | null;
          if (!isScalar(k) || typeof k.value === 'symbol') continue;
          if (seen.has(k.value)) {
            const at = this.placeOf(k);
            if (at) out.push({ key: String(k.value), position: at });
          }
          seen.add(k.value);
        }
      },
    });
    return out;
  }

  lineText(line: number): string | undefined {
    this.lines ??= this.text.split(/\r?\n/);
    return this.lines[line - this.startLine - 1];
  }
}
