import { z } from 'zod';

/** A schema found at a path, with whether null was allowed on the way to it (a `.nullable()` wrapper). */
export interface SchemaAt {
  /** The schema with optional/nullable wrappers removed. */
  schema: z.ZodType;
  /** True when the field may also be null. */
  nullable: boolean;
}

/** Removes `.optional()` and `.nullable()` wrappers, remembering whether null was allowed. */
export function unwrapSchema(schema: z.ZodType): SchemaAt {
  let current = schema;
  let nullable = false;
  for (;;) {
    if (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodNullable) {
      nullable = true;
      current = current.unwrap() as z.ZodType;
    } else return { schema: current, nullable };
  }
}

/**
 * The schema that governs the field at `path` inside `root`, following object keys, array elements
 * and, in a discriminated union, the option that `data`'s discriminator selects. Null when the path
 * leads nowhere the schema knows (an unknown key, or a union whose discriminator is not valid).
 * Used to explain schema problems: which keys are allowed, which values, whether null is.
 */
export function schemaAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): SchemaAt | null {
  let here = unwrapSchema(root);
  let value = data;
  for (const segment of path) {
    const schema = resolveUnion(here.schema, value);
    if (schema === null) return null;
    const record = typeof value === 'object' && value !== null ? (value as Record<PropertyKey, unknown>) : undefined;
    if (schema instanceof z.ZodObject && typeof segment === 'string') {
      const child = (schema.shape as Record<string, z.ZodType | undefined>)[segment];
      if (child === undefined) return null;
      here = unwrapSchema(child);
    } else if (schema instanceof z.ZodArray && typeof segment === 'number') {
      here = unwrapSchema(schema.element as z.ZodType);
    } else return null;
    value = record?.[segment];
  }
  const schema = resolveUnion(here.schema, value);
  return schema === null ? null : { schema, nullable: here.nullable };
}

/** The keys an object schema allows, or [] when `at` is not an object schema. */
export function knownKeys(at: SchemaAt | null): string[] {
  return at !== null && at.schema instanceof z.ZodObject ? Object.keys(at.schema.shape) : [];
}

/** The option of a discriminated union that `value` selects (or the schema itself when it is no union). */
function resolveUnion(schema: z.ZodType, value: unknown): z.ZodType | null {
  if (!(schema instanceof z.ZodDiscriminatedUnion)) return schema;
  const key = schema._zod.def.discriminator;
  const tag = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  for (const option of schema.options as readonly z.ZodType[]) {
    if (option instanceof z.ZodObject) {
      const literal = (option.shape as Record<string, z.ZodType>)[key];
      if (literal instanceof z.ZodLiteral && literal.values.has(tag as never)) return option;
    }
  }
  return null;
}

/** The values a discriminated union's tag or an enum allows, or [] when `at` is neither. */
export function allowedValues(at: SchemaAt | null): string[] {
  if (at === null) return [];
  if (at.schema instanceof z.ZodEnum) return (at.schema.options as unknown[]).map(String);
  if (at.schema instanceof z.ZodLiteral) return [...at.schema.values].map(String);
  return [];
}
