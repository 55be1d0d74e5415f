/** The deprecated-config-api rule: see its meta (what it reports, how to fix it). */
import { configApiStatus } from '../catalog/component-config.js';
import type { DocumentRule } from './types.js';
import { apiData, migrate, objectOf, subject } from './lib/config.js';

export const deprecatedConfigApi: DocumentRule = {
  meta: {
    id: 'deprecated-config-api',
    description: 'A config file uses an apiVersion the target release still reads but has deprecated.',
    defaultSeverity: 'warning',
    title: 'Deprecated config API version',
    details: 'A config file uses an apiVersion the target release still reads but has deprecated; a later release stops reading it.',
    help: 'Migrate the file to the version the message names before the release that removes the deprecated one.',
    summary: 'a config file uses an `apiVersion` the target has deprecated',
    severityText: 'warning',
    gate: 'files',
    annotationRank: 3,
  },
  scope: 'document',
  check(doc, ctx) {
    for (const u of ctx.settingsOf(doc).configApis) {
      const st = configApiStatus(ctx.componentConfig, u.apiVersion, u.kind, ctx.target);
      if (!st || st.state !== 'deprecated') continue;
      const e = st.entry;
      const removal = e.plannedRemovalIn ? `; its removal is planned for ${e.plannedRemovalIn} (draft release notes)` : '';
      const place = u.place();
      ctx.report({
        message: `${subject(u)}: ${u.apiVersion} is deprecated since ${e.deprecatedIn}${removal}. ${migrate(e, st.alternatives, ctx.target)}`,
        line: place.line,
        column: place.column,
        object: objectOf(doc),
        data: apiData(u, e, st.alternatives, ctx),
      });
    }
  },
};
