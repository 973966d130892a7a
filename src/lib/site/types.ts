import type { Agency, Figure, Metric, PlanFrontmatter, Programme, Region, Target, Task, TaskSection } from '../../schemas/index.ts';

/** One plan with everything its folder holds: frontmatter facts, task headings, tasks and targets. */
export interface SitePlan {
  /** The plan's folder name, e.g. "tinh-bac-kan-2022". */
  id: string;
  meta: PlanFrontmatter;
  sections: TaskSection[];
  tasks: Task[];
  targets: Target[];
}

/** The whole content tree as the site reads it (from `getCollection` in pages, from the fs loader in tests). */
export interface SiteContent {
  plans: SitePlan[];
  regions: Region[];
  agencies: Agency[];
  metrics: Metric[];
  programmes: Programme[];
  /** Reported figures (actuals); absent in content trees that have none. */
  figures?: Figure[];
}

/** The content with lookups by id, built once per build by `buildSite`. */
export interface Site {
  /** Plans, newest issue first. */
  plans: SitePlan[];
  planById: Map<string, SitePlan>;
  regionById: Map<string, Region>;
  agencyById: Map<string, Agency>;
  metricById: Map<string, Metric>;
  programmeById: Map<string, Programme>;
  /** Reported figures, oldest as-of first. */
  figures: Figure[];
}

/** A task together with the plan it belongs to, for cross-plan lists. */
export interface TaskRef {
  plan: SitePlan;
  task: Task;
}

/** The props of a part of a plan's page that reads the plan and the site's lookups. */
export interface PlanSectionProps {
  plan: SitePlan;
  site: Site;
}
