import { z } from 'zod';
import type { DataTable } from './table.ts';

/** One column as the codebook describes it. */
export interface CodebookColumn {
  /** Machine-readable name: the JSON key. */
  key: string;
  /** Vietnamese header in the CSV. */
  header: string;
  /** The kind of value in Vietnamese: "chữ", "số", "ngày (YYYY-MM-DD)". */
  type: string;
  /** True when the cell may be empty. */
  nullable: boolean;
  description: string;
}

/** One table as the codebook describes it. */
export interface CodebookTable {
  name: string;
  title: string;
  description: string;
  columns: CodebookColumn[];
}

interface JsonSchemaProperty {
  title?: string;
  description?: string;
  type?: string | string[];
  format?: string;
  anyOf?: JsonSchemaProperty[];
}

function typeWords(p: JsonSchemaProperty): { type: string; nullable: boolean } {
  const variants = p.anyOf ?? [p];
  const types = variants.flatMap((v) => (Array.isArray(v.type) ? v.type : v.type ? [v.type] : []));
  const format = variants.find((v) => v.format)?.format;
  const nullable = types.includes('null');
  const main = types.find((t) => t !== 'null');
  const type = format === 'date' ? 'ngày (YYYY-MM-DD)' : main === 'number' || main === 'integer' ? 'số' : 'chữ';
  return { type, nullable };
}

/**
 * The codebook of a table, read from the JSON Schema that zod 4 generates from its row schema
 * (`z.toJSONSchema`), so the codebook cannot drift from the files.
 */
export function codebookTable(table: DataTable): CodebookTable {
  const json = z.toJSONSchema(table.schema) as { properties: Record<string, JsonSchemaProperty> };
  return {
    name: table.name,
    title: table.title,
    description: table.description,
    columns: Object.entries(json.properties).map(([key, p]) => ({
      key,
      header: p.title ?? key,
      description: p.description ?? '',
      ...typeWords(p),
    })),
  };
}

/** The codebook of every table. */
export function codebook(tables: readonly DataTable[]): CodebookTable[] {
  return tables.map(codebookTable);
}
