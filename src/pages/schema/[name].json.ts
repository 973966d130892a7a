import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_ORIGIN } from '../_data/site.ts';
import { EDITOR_SCHEMAS, editorSchema, type EditorSchemaName } from '../../lib/data/editorSchemas.ts';

export const getStaticPaths = (() => Object.keys(EDITOR_SCHEMAS).map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

/** A content file's JSON Schema at its stable URL, named by the file's `$schema`. */
export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(editorSchema(params['name'] as EditorSchemaName, SITE_ORIGIN), null, 1), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
