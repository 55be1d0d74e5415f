/**
 * Runs the rules and turns what they report into findings: the engine, not the rule, stamps the rule id,
 * checks the severity against the rule's meta, and fills in the file and place of the subject.
 */
import type { ApiCatalog } from '../catalog/api-catalog.js';
import type { ComponentConfigCatalog } from '../catalog/component-config.js';
import type { AddonApiCatalog } from '../catalog/addon-apis.js';
import type { FeatureGateCatalog } from '../catalog/feature-gates.js';
import type { Finding } from '../findings/types.js';
import { readSettings, type ComponentSettings } from '../components/index.js';
import type { ManifestDocument, ParseProblem } from '../parse/manifest.js';
import type { AdvisorySourceFacts, ClusterEvaluation } from '../clusters/evaluate.js';
import type { At, RenderEvent, Report, Rule, RuleContext, RunSummaryFacts, ScanObject, ScanRuleContext, SkippedFile, SuppressionEvent } from './types.js';
export type { At } from './types.js';

export interface EngineOptions {
  target: string;
  current: string | null;
  catalog: ApiCatalog;
  /** The feature-gate catalog, or how to load it when a rule first asks (most scans have no gate). */
  featureGates?: FeatureGateCatalog | (() => FeatureGateCatalog);
  /** The component-config catalog, or how to load it when a rule first asks. */
  componentConfig?: ComponentConfigCatalog | (() => ComponentConfigCatalog);
  /** The add-on API catalog, or how to load it when a rule first asks. */
  addonApis?: AddonApiCatalog | (() => AddonApiCatalog);
  /** Add-on releases the configuration file declares (`addons:`); none by default. */
  addonVersions?: Readonly<Record<string, string>>;
  /**
   * What happens to objects of the kinds the scan rules read: `keep` them for `finish()` (default), or only `note`
   * which files held them (a scan worker's engine: the main thread reads those files again for the scan rules).
   */
  scanObjects?: 'keep' | 'note';
}

export interface Engine {
  /**
   * A document, reported at its own position in `file` unless `at` places it elsewhere (a rendered document is
   * reported at its template's line; `at.line` null when that line is unknown).
   */
  document(doc: ManifestDocument, file: string | null, extraData?: Record<string, unknown>, at?: At, settings?: ComponentSettings): void;
  problem(problem: ParseProblem, file: string | null, extraData?: Record<string, unknown>, at?: At): void;
  /** Something that happened while rendering charts or overlays, at the file (and line) it concerns. */
  render(event: RenderEvent, place: Place): void;
  /** A file not read; `file` null for input that is not a file of the workspace (standard input). */
  skipped(skipped: SkippedFile, file: string | null): void;
  run(facts: RunSummaryFacts): void;
  /** A declared cluster; `place` is its configuration file and the line of its `name:`, or null (declared by flags). */
  cluster(evaluation: ClusterEvaluation, place: { file: string; line: number | null } | null): void;
  advisorySource(facts: AdvisorySourceFacts): void;
  /** A suppression that expired, matched nothing or is not valid, at its place (configuration file or manifest). */
  suppression(event: SuppressionEvent, place: Place): void;
  /** Keeps an object for the scan rules only (no other rule sees it): for files a scan worker already checked. */
  collect(doc: ManifestDocument, file: string | null, at?: At, data?: Record<string, unknown>): void;
  /** Runs the scan rules over the objects kept; called once, after every document of the scan. */
  finish(): void;
  /** The objects kept, handed over instead of checked (one part of a sharded scan: the merge runs the scan rules). */
  takeScanObjects(): ScanObject[];
  /** The kinds the scan rules read. */
  readonly scanKinds: ReadonlySet<string>;
  /** With `scanObjects: 'note'`: the files that held objects of those kinds since the last call. */
  takeNotedFiles(): string[];
}

export interface Place {
  file: string | null;
  line: number | null;
  column: number | null;
}



export function createEngine(rules: readonly Rule[], opts: EngineOptions, emit: (f: Finding) => void): Engine {
  // The gate and component-config catalogs are loaded when a rule first asks for them: most scans have no gate.
  const lazy = <T>(what: string, given: T | (() => T) | undefined): (() => T) => {
    let value: T | undefined = typeof given === 'function' ? undefined : given;
    return () => {
      if (value === undefined) {
        if (typeof given !== 'function') throw new Error(`the engine was given no ${what} catalog`);
        value = (given as () => T)();
      }
      return value;
    };
  };
  const featureGates = lazy('feature-gate', opts.featureGates);
  const componentConfig = lazy('component-config', opts.componentConfig);
  const addonApis = lazy('add-on API', opts.addonApis);
  const addonVersions = opts.addonVersions ?? {};
  // The place is computed only when a finding is reported: most documents report nothing, and finding the
  // line of a document can cost a position-tracking parse.
  const contextFor = (rule: Rule, placeOf: () => Place, extraData?: Record<string, unknown> | (() => Record<string, unknown> | undefined)): RuleContext => ({
    target: opts.target,
    current: opts.current,
    catalog: opts.catalog,
    get featureGates() {
      return featureGates();
    },
    get componentConfig() {
      return componentConfig();
    },
    settingsOf(doc: ManifestDocument): ComponentSettings {
      // The document being checked: its settings as the pipeline read them, or read once here and kept with it.
      if (current && current.doc === doc) return (current.settings ??= readSettings(doc));
      return readSettings(doc);
    },
    get addonApis() {
      return addonApis();
    },
    addonVersions,
    report(r: Report) {
      const allowed = rule.meta.severities ?? [rule.meta.defaultSeverity];
      const severity = r.severity ?? rule.meta.defaultSeverity;
      if (!allowed.includes(severity)) throw new Error(`rule ${rule.meta.id} reported severity ${severity}, not in its meta`);
      const place = placeOf();
      const extra = typeof extraData === 'function' ? extraData() : extraData;
      emit({
        ruleId: rule.meta.id,
        severity,
        message: r.message,
        file: place.file,
        line: r.line !== undefined ? r.line : place.line,
        column: r.column !== undefined ? r.column : place.column,
        object: r.object ?? null,
        data: { ...(r.data ?? {}), ...(extra ?? {}) },
      });
    },
  });
  const byScope = <S extends Rule['scope']>(scope: S) => rules.filter((r): r is Extract<Rule, { scope: S }> => r.scope === scope);
  const documentRules = byScope('document');
  const problemRules = byScope('problem');
  const skippedRules = byScope('skipped');
  const runRules = byScope('run');
  const clusterRules = byScope('cluster');
  const advisorySourceRules = byScope('advisory-source');
  const renderRules = byScope('render');
  const suppressionRules = byScope('suppression');
  const scanRules = byScope('scan');
  const scanKinds: ReadonlySet<string> = new Set(scanRules.flatMap((r) => r.kinds));
  // Only objects of the declared kinds are kept, so memory grows with them, not with the scan.
  let kept: ScanObject[] = [];
  const noted = new Set<string>();
  const keep = (doc: ManifestDocument, file: string | null, at: At | undefined, data: Record<string, unknown> | undefined): void => {
    if (!scanKinds.has(doc.kind)) return;
    if (opts.scanObjects === 'note') {
      if (file !== null) noted.add(file);
      return;
    }
    kept.push({ doc, file, at: at ?? null, ...(data ? { data } : {}) });
  };
  const scanContext = (rule: Rule): ScanRuleContext => {
    const base = contextFor(rule, () => ({ file: null, line: null, column: null }));
    return {
      target: base.target,
      current: base.current,
      catalog: base.catalog,
      get featureGates() {
        return base.featureGates;
      },
      get componentConfig() {
        return base.componentConfig;
      },
      get addonApis() {
        return base.addonApis;
      },
      addonVersions: base.addonVersions,
      settingsOf: (doc) => base.settingsOf(doc),
      report({ subject, path, ...r }) {
        const { doc, file, at } = subject;
        const deep = path !== undefined && path.length > 0;
        let place: Place;
        if (at) {
          // A rendered object: at the value's line in its source document when that value is the one rendered.
          const found = deep && at.locate ? at.locate(path) : null;
          place = found ? { file, ...found } : { file, line: at.line, column: at.line === null ? null : at.column };
        } else {
          const found = deep ? doc.locate(path) : null;
          place = { file, line: (found ?? doc.position).line, column: (found ?? doc.position).column };
        }
        // The finding carries what the render says of its object (source, chart, overlay), as a document rule's does.
        contextFor(rule, () => place, subject.data).report({ ...r, line: place.line, column: place.column });
      },
    };
  };
  // Documents are many: each document rule keeps one context, told which document it is checking (rules run
  // synchronously, one document at a time).
  let current: { doc: ManifestDocument; file: string | null; extraData: Record<string, unknown> | undefined; at: At | undefined; settings: ComponentSettings | undefined } | null = null;
  const documentPlace = (): Place => {
    const { doc, file, at } = current as NonNullable<typeof current>;
    return at ? { file, ...at } : { file, line: doc.position.line, column: doc.position.column };
  };
  const documentContexts = documentRules.map((r) => [r, contextFor(r, documentPlace, () => current?.extraData)] as const);
  return {
    document(doc, file, extraData, at, settings) {
      keep(doc, file, at, extraData);
      current = { doc, file, extraData, at, settings };
      try {
        for (const [r, ctx] of documentContexts) r.check(doc, ctx);
      } finally {
        current = null;
      }
    },
    problem(problem, file, extraData, at) {
      const place = (): Place => (at ? { file, ...at } : { file, line: problem.position.line, column: problem.position.column });
      for (const r of problemRules) r.check(problem, contextFor(r, place, extraData));
    },
    render(event, place) {
      for (const r of renderRules) r.check(event, contextFor(r, () => place));
    },
    skipped(skipped, file) {
      for (const r of skippedRules) r.check(skipped, contextFor(r, () => ({ file, line: null, column: null })));
    },
    run(facts) {
      for (const r of runRules) r.check(facts, contextFor(r, () => ({ file: null, line: null, column: null })));
    },
    cluster(evaluation, place) {
      const at = (): Place => ({ file: place?.file ?? null, line: place?.line ?? null, column: null });
      for (const r of clusterRules) r.check(evaluation, contextFor(r, at, { cluster: evaluation.spec.name }));
    },
    advisorySource(facts) {
      for (const r of advisorySourceRules) r.check(facts, contextFor(r, () => ({ file: null, line: null, column: null })));
    },
    suppression(event, place) {
      for (const r of suppressionRules) r.check(event, contextFor(r, () => place));
    },
    collect(doc, file, at, data) {
      keep(doc, file, at, data);
    },
    finish() {
      const objects = kept;
      kept = [];
      for (const r of scanRules) {
        const mine = objects.filter((o) => r.kinds.includes(o.doc.kind));
        r.check(mine, scanContext(r));
      }
    },
    takeScanObjects() {
      const objects = kept;
      kept = [];
      return objects;
    },
    scanKinds,
    takeNotedFiles() {
      const files = [...noted];
      noted.clear();
      return files;
    },
  };
}
