/**
 * Kustomize overlays: which are rendered, what is checked before kustomize runs, running it, and mapping what it
 * renders back to the file and `apiVersion:` line each resource came from. This module only re-exports; the parts
 * live in kustomize/:
 *
 * - plan.ts: which kustomizations are rendered (those no other kustomization of the scan uses as a base; cycles).
 * - preflight.ts, read.ts: everything a kustomization reads, in it and in every base, component, generator and
 *   transformer it builds on, checked through the workspace box before kustomize runs. A path outside the workspace
 *   (links followed), a FIFO or other non-regular file, a remote location (http, git, …), `helmCharts:` or a cycle of
 *   kustomizations is a `render-failed` finding at the entry that names it, and kustomize is not started.
 * - fields.ts: a kustomization file's fields as kustomize reads them.
 * - run.ts: renderOverlay, running kubectl kustomize or kustomize build with origin annotations.
 * - origin.ts: each rendered resource found in its source file by kind and name (prefixes and suffixes allowed).
 * - errors.ts: kustomize's stderr turned into a cause in words, at the entry that names it.
 * - model.ts: the types and small helpers they share.
 */
export { isRemote, KUSTOMIZATION_FILES, type KustomizationInfo, type KustomizeOptions, type KustomizeTool, type OverlayRender, type Refusal } from './kustomize/model.js';
export { planKustomizations, type KustomizePlan } from './kustomize/plan.js';
export { renderOverlay } from './kustomize/run.js';
