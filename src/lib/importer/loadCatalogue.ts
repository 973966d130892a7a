import { loadContent } from '../content/loadContent.ts';
import type { Catalogue } from './types.ts';

/**
 * Reads the catalogues the importer matches against (programmes, regions, agencies, metrics) from a
 * content root, plus the plan ids already taken. Reads files; the importer itself stays pure.
 */
export function loadCatalogue(contentRoot: string): { catalogue: Catalogue; takenIds: Set<string> } {
  const { corpus } = loadContent(contentRoot);
  return {
    catalogue: { programmes: corpus.programmes, regions: corpus.regions, agencies: corpus.agencies, metrics: corpus.metrics },
    takenIds: new Set(corpus.plans.map((p) => p.id)),
  };
}
