/**
 * The terminal report: errors first, then warnings, then notices, each grouped by file, then a summary line. A
 * warning or notice repeated for many files for the same reason (twenty overlays failing alike) is one line with a
 * count; the JSON report keeps every finding. Pure: result in, text out.
 */
import type { RenderCounts, ScanResult } from '../app/result.js';
import type { Finding, Severity } from '../findings/types.js';
import { clustersTextLines } from './clusters.js';

export interface TextOptions {
  color: boolean;
  /** Errors only, as a linter's --quiet (the summary line still counts every finding). */
  quiet?: boolean;
  /** How a workspace-relative path is shown (the CLI shows it relative to the working directory). */
  displayPath?: (file: string) => string;
}

const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'notice' };
const COLOR: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', notice: '\u001b[36m' };
const SECTION: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], notice: ['notice', 'notices'] };
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';
/** Files named on a grouped line before "…". */
const GROUP_FILES_SHOWN = 3;

export function renderText(result: ScanResult, opts: TextOptions = { color: false }): string {
  const paint = (code: string, s: string): string => (opts.color && code ? `${code}${s}${RESET}` : s);
  const show = opts.displayPath ?? ((f: string) => f);
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const out: string[] = [];
  const header = `kube-upgrade-gate ${result.tool.version} · target Kubernetes ${result.target}` +
    (result.current ? ` (current ${result.current})` : '') + ` · API catalog ${result.catalog.version}`;
  out.push(paint(BOLD, header), '');
  const severities: Severity[] = opts.quiet ? ['error'] : ['error', 'warning', 'notice'];
  for (const severity of severities) {
    // Suppressed findings are counted in the summary line; the JSON and SARIF reports list them, marked.
    const list = result.findings.filter((f) => f.severity === severity && !f.suppressed);
    if (list.length === 0) continue;
    const [one, many] = SECTION[severity];
    out.push(paint(COLOR[severity] + BOLD, `${list.length === 1 ? one : many} (${list.length})`.replace(/^./, (c) => c.toUpperCase())), '');
    // Repeats of a warning or notice are folded into their first occurrence; errors are each shown.
    const repeats = severity === 'error' ? new Map<Finding, Finding[]>() : foldRepeats(list);
    const folded = new Set<Finding>([...repeats.values()].flat());
    const groups = new Map<string, Finding[]>();
    for (const f of list) {
      if (folded.has(f)) continue;
      const key = f.file ?? '';
      const group = groups.get(key) ?? [];
      group.push(f);
      groups.set(key, group);
    }
    for (const [file, group] of groups) {
      // A path is never the start of a line: a name such as "::error::x.yaml" must not read as a runner's command.
      out.push(paint(BOLD, file === '' ? '(scan)' : `file: ${oneLine(show(file))}`));
      for (const f of group) {
        const where = f.line !== null ? `${f.line}:${f.column ?? 1}` : '-';
        out.push(`  ${paint(DIM, where.padEnd(8))} ${paint(COLOR[f.severity], LABEL[f.severity].padEnd(7))}  ${oneLine(f.message)}  ${paint(DIM, f.ruleId)}`);
        const more = repeats.get(f);
        if (more) {
          const files = [...new Set(more.map((m) => (m.file === null ? '(scan)' : show(m.file))))];
          const named = files.slice(0, GROUP_FILES_SHOWN).join(', ') + (files.length > GROUP_FILES_SHOWN ? ', …' : '');
          out.push(`  ${' '.repeat(8)} ${paint(DIM, `+ ${`${more.length} more`} like this: ${oneLine(named)} (the JSON report lists each)`)}`);
        }
      }
      out.push('');
    }
  }
  const clusters = opts.quiet ? [] : clustersTextLines(result);
  if (clusters.length > 0) {
    out.push(paint(BOLD, clusters[0]!));
    for (const line of clusters.slice(1)) out.push(logLine(line));
    out.push('');
  }
  const s = result.summary;
  for (const line of rendersLine(result.renders)) out.push(line);
  out.push(
    `${plural(s.files, 'file')}, ${plural(s.documents, 'document')} checked: ` +
      `${paint(s.errors ? COLOR.error : '', plural(s.errors, 'error'))}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}` +
      (s.suppressed ? `, ${s.suppressed} suppressed` : '') + '.' +
      (opts.quiet && s.warnings + s.notices > 0 ? ' Warnings and notices are not listed (--quiet).' : ''),
  );
  if (result.findings.length === 0) out.push(`Nothing that Kubernetes ${result.target} removed or deprecated.`);
  return `${out.join('\n')}\n`;
}

/**
 * Findings of one severity that say the same thing about different files or charts: same rule, and the same message
 * once the finding's own file, directory, chart or overlay is taken out of it. Returns each group's first finding
 * with the others.
 */
function foldRepeats(list: readonly Finding[]): Map<Finding, Finding[]> {
  const byKey = new Map<string, Finding[]>();
  for (const f of list) {
    const key = `${f.ruleId}\u0000${generic(f)}`;
    const group = byKey.get(key) ?? [];
    group.push(f);
    byKey.set(key, group);
  }
  const out = new Map<Finding, Finding[]>();
  for (const [first, ...rest] of byKey.values()) if (first && rest.length > 0) out.set(first, rest);
  return out;
}

function generic(f: Finding): string {
  const own = [f.data['chart'], f.data['kustomization'], f.file, f.file?.includes('/') ? f.file.slice(0, f.file.lastIndexOf('/')) : null]
    .filter((v): v is string => typeof v === 'string' && v.length > 1)
    .sort((a, b) => b.length - a.length);
  let message = f.message;
  for (const s of own) message = message.split(s).join('\u0000');
  return message;
}

/**
 * What the renders came to, in one line (none when the scan rendered nothing): `Rendered 3 of 4 Helm charts (1 without
 * a dependency, 1 failed) and 2 of 2 Kustomize overlays; 18 rendered documents checked.`
 */
function rendersLine(r: RenderCounts | undefined): string[] {
  if (!r) return [];
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  const parts: string[] = [];
  const { charts: c, overlays: o } = r;
  if (c.found > 0) {
    const notes = [c.renderedWithoutDependency > 0 ? `${c.renderedWithoutDependency} without a dependency` : '', c.failed > 0 ? `${c.failed} failed` : ''].filter((x) => x !== '');
    parts.push(`${c.rendered + c.renderedWithoutDependency} of ${plural(c.found, 'Helm chart')}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`);
  }
  if (o.found > 0) parts.push(`${o.rendered} of ${plural(o.found, 'Kustomize overlay')}${o.failed > 0 ? ` (${o.failed} failed)` : ''}`);
  if (parts.length === 0 && r.renderedDocuments === 0) return [];
  const docs = `${plural(r.renderedDocuments, 'rendered document')} checked.`;
  return [parts.length > 0 ? `Rendered ${parts.join(' and ')}; ${docs}` : docs.charAt(0).toUpperCase() + docs.slice(1)];
}

/**
 * Text from scanned files (object names, paths) on one line with no control characters: a name holding a newline
 * or an escape sequence must not start a new line a CI runner reads as a command, nor repaint the terminal. The
 * runner also reads `##[command]` anywhere in a line: its bracket is written `\x5b`.
 */
export function oneLine(text: string): string {
  return (
    text
      .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
      .replace(/##\[/g, '##\\x5b')
  );
}

/**
 * The one escape for a log line that carries text the scanned repository controls (a file or chart name, what helm
 * or kubectl printed): `oneLine`, and a line that would start with `::` after its leading blanks (a workflow command
 * for the GitHub runner) has its first colon written `\x3a`.
 */
export function logLine(text: string): string {
  const line = oneLine(text);
  const m = /^\s*::/.exec(line);
  return m ? `${line.slice(0, m[0].length - 2)}\\x3a${line.slice(m[0].length - 1)}` : line;
}
