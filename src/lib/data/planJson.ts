import type { SitePlan } from '../site/types.ts';

/** The plan as one JSON document for open-data users: its facts, task headings, tasks and targets, as in content/. */
export function planJson(plan: SitePlan, siteUrl: string): string {
  return JSON.stringify(
    {
      id: plan.id,
      url: `${siteUrl}/ke-hoach/${plan.id}/`,
      ...plan.meta,
      sections: plan.sections,
      tasks: plan.tasks,
      targets: plan.targets,
    },
    null,
    2,
  );
}
