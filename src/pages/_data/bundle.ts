/** The bundle of everything, built once per build and shared by its endpoint and the /du-lieu/ page. */
import { buildBundle } from '../../lib/data/bundle.ts';
import { getRowContext } from './data.ts';

let cached: ReturnType<typeof load> | undefined;

async function load() {
  return buildBundle(await getRowContext());
}

/** The zip's bytes and the tables it holds. */
export function getBundle(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}
