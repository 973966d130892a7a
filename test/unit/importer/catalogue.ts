import { loadCatalogue } from '../../../src/lib/importer/loadCatalogue.ts';
import { buildAgencyIndex } from '../../../src/lib/importer/agencyRoles.ts';

/** The project's own catalogues, shared by the importer tests. */
export const { catalogue } = loadCatalogue('content');
export const agencyIndex = buildAgencyIndex(catalogue.agencies);
