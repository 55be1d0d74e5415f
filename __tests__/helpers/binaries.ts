/** The helm and kubectl binaries of the kubectl layer packages (see scripts/lib/layer-binaries.ts). */
export { HELM_LAYERS, layerBinaries, type Binaries, type Layer } from '../../scripts/lib/layer-binaries.js';
