import type { APIRoute } from 'astro';
import { getBundle } from '../_data/bundle.ts';

/** Every table in one zip: CSV and JSON of plans, tasks, targets, duties, reported figures, units, agencies and metrics. */
export const GET: APIRoute = async () => {
  const { bytes } = await getBundle();
  // A Blob, as Response's body types take no Uint8Array over a shared buffer.
  return new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), { headers: { 'Content-Type': 'application/zip' } });
};
