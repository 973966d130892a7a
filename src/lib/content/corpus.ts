import type { Agency } from '../../schemas/agency.ts';
import type { Figure } from '../../schemas/figure.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Region } from '../../schemas/region.ts';
import type { Target } from '../../schemas/target.ts';
import type { Task, TaskSection } from '../../schemas/task.ts';
import type { Problem } from '../validate/problem.ts';
import type { PathSegment } from '../validate/fieldPath.ts';

/** Where a plan's three files are, relative to the content root's parent: "content/plans/tinh-bac-kan-2022/tasks.json". */
export interface PlanFiles {
  plan: string;
  tasks: string;
  targets: string;
}

/** One plan: `content/plans/<id>/` with its frontmatter, MDX body, task headings, tasks and targets. */
export interface PlanEntry {
  /** The folder name, e.g. "tinh-bac-kan-2022". */
  id: string;
  frontmatter: PlanFrontmatter;
  /** The plan's full text (MDX), without the frontmatter; read from disk when asked for. */
  readonly body: string;
  /** Headings of the tasks section, in document order. */
  sections: TaskSection[];
  /** Tasks in document order. */
  tasks: Task[];
  /** Targets in document order. */
  targets: Target[];
  files: PlanFiles;
}

/** All content, typed with the schemas: what the site renders and aggregates and what the checker's rules inspect. */
export interface Corpus {
  programmes: Programme[];
  /** Every administrative unit from every `content/regions/*.json`, in file-name then file order. */
  regions: Region[];
  agencies: Agency[];
  metrics: Metric[];
  plans: PlanEntry[];
  /** Reported figures (`content/figures/<id>.json`); the folder is optional. */
  figures: Figure[];
}

/** Where an entry of the corpus was read from: its file and its path in that file ([] for a whole file). */
export interface Origin {
  file: string;
  path: PathSegment[];
}

/**
 * What `loadContent` returns. Only entries that passed their schema are in `corpus`; everything
 * that could not be read or validated is in `problems`. `origins` maps each entry object of the
 * corpus (a task, a region, a plan's frontmatter…) to where it came from, so rules can point at it.
 */
export interface LoadedContent {
  corpus: Corpus;
  problems: Problem[];
  /** A Map, not a WeakMap: it lives as long as the corpus, and ephemerons slow the collector at 300,000 entries. */
  origins: ReadonlyMap<object, Origin>;
  /**
   * Ids of catalogue entries that exist but failed their schema (or could not be read): a reference
   * to one of them is not reported as unknown, since the entry's own problem already is.
   */
  invalidIds: Record<CatalogueName, Set<string>>;
}

/** The folders of `content/` whose entries other content refers to by id. */
export type CatalogueName = 'programmes' | 'agencies' | 'metrics' | 'regions' | 'figures';
