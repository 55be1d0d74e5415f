/** The action's log: the text report and each render's output, with workflow commands switched off around them. */
import type { ScanResult } from '../app/result.js';
import type { RenderLogEntry } from '../render/index.js';
import { logLine, oneLine, renderText } from '../reporters/text.js';
import type { ActionIo } from './io.js';

/** The text report quotes names from the scanned files; the runner must not read any of it as a command. */
export function logTextReport(io: ActionIo, result: ScanResult): void {
  const token = io.randomToken();
  io.info(`::stop-commands::${token}`);
  io.info(renderText(result, { color: false }).trimEnd().split('\n').map(logLine).join('\n'));
  io.info(`::${token}::`);
}

/** One log group per render: the command, how long it took, and what helm or kubectl said. */
export function logRender(io: ActionIo, e: RenderLogEntry): void {
  const what = `${e.renderer === 'helm' ? 'helm template' : 'kustomize build'} ${e.subject}${e.values ? ` (values ${e.values})` : ''}`;
  const status = e.ok ? 'ok' : e.timedOut ? 'timed out' : 'failed';
  const token = io.randomToken();
  // What helm or kubectl printed is the repository's text (a template's fail message): each line escaped, and
  // workflow commands off around them besides.
  io.group(oneLine(`${what}: ${status} in ${Math.round(e.durationMs)} ms`), [
    `::stop-commands::${token}`,
    logLine(`$ ${e.command}`),
    ...(e.stderr.trim() === '' ? [] : e.stderr.trimEnd().split(/\r?\n/).map(logLine)),
    `::${token}::`,
  ]);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
