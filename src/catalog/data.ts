/** The committed, generated catalogs, bundled into the action and CLI. */
import apiCatalogJson from '../../data/api-catalog.json' with { type: 'json' };
import { ApiCatalog, type ApiCatalogData } from './api-catalog.js';

let api: ApiCatalog | undefined;

export function loadApiCatalog(): ApiCatalog {
  api ??= new ApiCatalog(apiCatalogJson as ApiCatalogData);
  return api;
}
