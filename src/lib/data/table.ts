import { z } from 'zod';

/**
 * A downloadable table: its rows are described by a Zod object whose keys are the machine-readable
 * column names (JSON keys, codebook) and whose `title` metadata is the Vietnamese CSV header.
 * One schema feeds the CSV header, the JSON file, the codebook and the JSON Schema.
 */
export interface DataTable<Shape extends z.ZodRawShape = z.ZodRawShape> {
  /** Machine name of the table, also the file name in the bundle: "nhiem-vu". */
  name: string;
  /** What one row is, in Vietnamese: "Mỗi dòng là một nhiệm vụ". */
  title: string;
  /** Vietnamese description for the codebook. */
  description: string;
  schema: z.ZodObject<Shape>;
}

/** A cell: text, a number, or empty. Booleans and codes are written out in Vietnamese before they get here. */
export type Cell = string | number | null;

/** One row of a table, keyed by machine column name. */
export type Row<T extends DataTable> = { [K in keyof T['schema']['shape']]: Cell };

/** One column: machine name and Vietnamese header. */
export interface Column {
  key: string;
  header: string;
  description: string;
}

/** A text column with its Vietnamese header (`title`) and meaning (`description`). */
export function text(title: string, description: string) {
  return z.string().nullable().meta({ title, description });
}

/** A number column with its Vietnamese header and meaning. */
export function number(title: string, description: string) {
  return z.number().nullable().meta({ title, description });
}

/** A date column (YYYY-MM-DD) with its Vietnamese header and meaning. */
export function date(title: string, description: string) {
  return z.iso.date().nullable().meta({ title, description });
}

/** Defines a table. */
export function defineTable<Shape extends z.ZodRawShape>(table: DataTable<Shape>): DataTable<Shape> {
  return table;
}

/** The columns of a table in order, read from its schema's metadata. */
export function columnsOf(table: DataTable): Column[] {
  return Object.entries(table.schema.shape).map(([key, field]) => {
    const meta = (field as z.ZodType).meta() as { title?: string; description?: string } | undefined;
    if (!meta?.title) throw new Error(`Cột "${key}" của bảng "${table.name}" thiếu tiêu đề tiếng Việt`);
    return { key, header: meta.title, description: meta.description ?? '' };
  });
}

/** A row schema: an object with exactly the given columns. */
export function textObject<Shape extends z.ZodRawShape>(shape: Shape) {
  return z.strictObject(shape);
}
