/**
 * Inline suppression comments in a scanned file:
 *
 *   apiVersion: policy/v1beta1   # kube-upgrade-gate: ignore removed-api -- moving to policy/v1 in Q1
 *
 * A comment covers its own line when it follows content there, the next line when it stands alone on a line, and the
 * whole YAML document when it stands before the document's first content line. It names one or more rule ids
 * (separated by commas or blanks) and must give a reason after ` -- `; a comment that does not is reported
 * (invalid-suppression) and suppresses nothing.
 */
import { isRuleId, type RuleId } from '../findings/rule-ids.js';
import type { InlineDirective } from '../findings/types.js';
import { SUPPRESSION_RULES } from '../clusters/config.js';

const MARK = 'kube-upgrade-gate:';
const COMMENT = /(?:^|\s)#\s*kube-upgrade-gate:(.*)$/;
const SEPARATOR = /^(---|\.\.\.)(\s|#|$)/;
/** Longest reason kept, in characters. */
const MAX_REASON = 500;

/** The inline suppression comments of a file's text, in line order; [] for the (usual) file without any. */
export function inlineDirectives(text: string): InlineDirective[] {
  if (!text.includes(MARK)) return [];
  const lines = text.split(/\r\n|\n|\r/);
  const out: InlineDirective[] = [];
  // Document-scope comments of the current document, waiting for its last line.
  let pending: InlineDirective[] = [];
  let started = false;
  let docStart = 1;
  const endDocument = (last: number): void => {
    // A document with no content (comments before the first `---`) hands its comments on to the next one.
    if (!started) return;
    for (const d of pending) d.to = last;
    pending = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = lines[i]!;
    const separator = SEPARATOR.test(line);
    if (separator) {
      endDocument(n - 1);
      started = false;
      docStart = n + 1;
    }
    const m = line.includes(MARK) ? COMMENT.exec(line) : null;
    const alone = separator || /^\s*#/.test(line);
    if (m) {
      const d = directive(m[1]!, n);
      if (alone && !started) {
        d.scope = 'document';
        d.from = separator ? n + 1 : docStart;
        d.to = lines.length;
        pending.push(d);
      } else if (alone) {
        d.to = n + 1;
      }
      out.push(d);
    }
    if (!alone && line.trim() !== '') started = true;
  }
  endDocument(lines.length);
  return out;
}

function directive(body: string, line: number): InlineDirective {
  const d: InlineDirective = { line, from: line, to: line, scope: 'line', rules: [], reason: '' };
  const text = body.trim();
  const verb = /^ignore(\s|$)/.exec(text);
  if (!verb) {
    d.problem = 'it does not start with "ignore"';
    return d;
  }
  const rest = text.slice(verb[0].length);
  const dash = /(^|\s)--(\s|$)/.exec(rest);
  const names = (dash ? rest.slice(0, dash.index) : rest).split(/[\s,]+/).filter((s) => s !== '');
  const reason = dash ? rest.slice(dash.index + dash[0].length).trim() : '';
  if (names.length === 0) {
    d.problem = 'it names no rule';
    return d;
  }
  const unknown = names.find((r) => !isRuleId(r));
  if (unknown !== undefined) {
    d.problem = `"${unknown.slice(0, 64)}" is not a rule id`;
    return d;
  }
  const own = names.find((r) => SUPPRESSION_RULES.includes(r));
  if (own !== undefined) {
    d.problem = `${own} reports on suppressions themselves and cannot be suppressed`;
    return d;
  }
  d.rules = [...new Set(names)] as RuleId[];
  if (reason === '') {
    d.problem = 'it gives no reason after "--"';
    return d;
  }
  d.reason = reason.slice(0, MAX_REASON);
  return d;
}
