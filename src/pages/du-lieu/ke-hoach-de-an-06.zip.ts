import type { APIRoute } from 'astro';
import { getBundle } from '../_data/bundle.ts';

/** Every table in one zip: CSV and JSON of plans, tasks, targets, duties, units, agencies and metrics. */
export const GET: APIRoute = async () => {
  const { bytes } = await getBundle();
  return new Response(bytes, { headers: { 'Content-Type': 'application/zip' } });
};
