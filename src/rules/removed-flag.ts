/** The removed-flag rule: see its meta (what it reports, how to fix it). */
import { removalFor, removedAdmissionPlugin, removedFlag } from '../catalog/component-config.js';
import type { DocumentRule } from './types.js';
import { objectOf } from './lib/config.js';

export const removedFlagRule: DocumentRule = {
  meta: {
    id: 'removed-flag',
    description: 'A Kubernetes component is given a command-line flag, or kube-apiserver an admission plugin, that the target release no longer has; it refuses to start.',
    defaultSeverity: 'error',
    title: 'Removed flag',
    details: 'A Kubernetes component is given a command-line flag, or kube-apiserver an admission plugin, that the target release no longer has; the component refuses to start.',
    help: 'Delete the flag (or the plugin from the admission plugin list); the message names the replacement when there is one.',
    summary: 'a component is given a flag, or kube-apiserver an admission plugin, that the target no longer has',
    severityText: 'error',
    gate: 'files',
    annotationRank: 0,
  },
  scope: 'document',
  check(doc, ctx) {
    const s = ctx.settingsOf(doc);
    for (const f of s.flags) {
      const e = removedFlag(ctx.componentConfig, f.component, f.flag, ctx.target);
      if (!e) continue;
      const still = ctx.current && removedFlag(ctx.componentConfig, f.component, f.flag, ctx.current) === null ? ` Kubernetes ${ctx.current} still accepts it: delete it before the upgrade.` : '';
      const place = f.place();
      ctx.report({
        message:
          `--${f.flag} was removed from ${f.component} in Kubernetes ${removalFor(ctx.componentConfig, e, ctx.target)}${e.removedIn === null ? ' (per its draft release notes)' : ''}: ${f.component} ${ctx.target} refuses to start with it ("unknown flag"). ` +
          `Delete it from ${f.via}${e.replacement ? `; use ${e.replacement} instead` : ''}.${still}`,
        line: place.line,
        column: place.column,
        object: objectOf(doc),
        data: { flag: f.flag, component: f.component, value: f.value, source: f.source, via: f.via, target: ctx.target, removedIn: removalFor(ctx.componentConfig, e, ctx.target), replacement: e.replacement, evidence: e.evidence },
      });
    }
    for (const a of s.admissionPlugins) {
      const e = removedAdmissionPlugin(ctx.componentConfig, a.plugin, ctx.target);
      if (!e) continue;
      const still = ctx.current && removedAdmissionPlugin(ctx.componentConfig, a.plugin, ctx.current) === null ? ` Kubernetes ${ctx.current} still has it: remove it before the upgrade.` : '';
      const place = a.place();
      ctx.report({
        message:
          `Admission plugin ${a.plugin} was removed in Kubernetes ${removalFor(ctx.componentConfig, e, ctx.target)}${e.removedIn === null ? ' (per its draft release notes)' : ''}${e.deprecatedIn ? ` (deprecated in ${e.deprecatedIn})` : ''}: kube-apiserver ${ctx.target} refuses to start when --${a.flag} names it. ` +
          `Remove it from ${a.via}${e.replacement ? `; use ${e.replacement} instead` : ''}.${still}`,
        line: place.line,
        column: place.column,
        object: objectOf(doc),
        data: { admissionPlugin: a.plugin, flag: a.flag, component: 'kube-apiserver', source: a.source, via: a.via, target: ctx.target, deprecatedIn: e.deprecatedIn, removedIn: removalFor(ctx.componentConfig, e, ctx.target), replacement: e.replacement, evidence: e.evidence },
      });
    }
  },
};
