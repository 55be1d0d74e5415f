/**
 * Builds the temporary copy of a chart that Helm renders: templates marked (markers.ts), packaged subcharts
 * unpacked so their templates can be marked too, and dependencies that are not vendored resolved offline from the
 * repository — `file://` paths and charts of the same name (and a matching version) elsewhere in the workspace.
 * What cannot be resolved is dropped from the copy's dependency list and reported; nothing is ever downloaded.
 *
 * The copy is all Helm reads, so it holds only what may be read: every file comes from the workspace through the
 * WorkspaceBox (a link that leads out is reported, not followed), is written as a plain file (never a link), and
 * lands below the copy's directory. A dependency whose name or alias is not one path segment is left out; packaged
 * subcharts are always unpacked here (never handed to Helm as archives); each chart's values.schema.json loses the
 * references Helm would fetch or read from elsewhere (values-schema.ts).
 *
 * This module is the entry the rest of the scan imports; the work is in prepare/:
 * - copy.ts: the copy itself (prepareChart), templates marked, archives unpacked, schemas neutralised;
 * - dependencies.ts: a workspace chart's metadata (readRepoChart) and the offline resolution of a dependency;
 * - sources.ts: a chart's files from a workspace directory, a subchart directory or an archive, and their names;
 * - types.ts: the context, options and result of a copy, and the state it builds up.
 */
export { prepareChart } from './prepare/copy.js';
export { readRepoChart } from './prepare/dependencies.js';
export type { MissingDependency, PrepareContext, PreparedChart, PrepareOptions, PrepareProblem, RepoChart, ResolvedDependency, SubstitutedDependency } from './prepare/types.js';
