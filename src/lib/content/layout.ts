/**
 * Where each kind of content lives under a content root (`content/`). The checker's loader and
 * Astro's collections (`src/content.config.ts`) both read the tree through this one description.
 */
export const CONTENT_LAYOUT = {
  /** One JSON file per entry, the id being the file name: `programmes/de-an-06.json`. */
  catalogues: ['programmes', 'agencies', 'metrics'],
  /** JSON files each holding an array of administrative units. */
  regions: 'regions',
  /** Reported figures, one JSON file each (optional folder). */
  figures: 'figures',
  /** One folder per plan, named by the plan's id, holding `PLAN_FILES`. */
  plans: 'plans',
} as const;

/** The three files every `content/plans/<id>/` folder holds, and what an empty one looks like. */
export const PLAN_FILES = {
  plan: { name: 'plan.mdx', empty: '' },
  tasks: { name: 'tasks.json', empty: '{ "sections": [], "tasks": [] }' },
  targets: { name: 'targets.json', empty: '{ "targets": [] }' },
} as const;

export type PlanFileKey = keyof typeof PLAN_FILES;

/** The glob, relative to the plans folder, that finds one kind of plan file in every plan: "*\/tasks.json". */
export function planFileGlob(key: PlanFileKey): string {
  return `*/${PLAN_FILES[key].name}`;
}
