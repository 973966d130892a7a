import { NAV, url } from './nav.ts';
import { periodLabel, planShortName } from './plans.ts';
import { currentProvinceOf, provinceInEra } from './regions.ts';
import type { Site, SitePlan } from './types.ts';

/** A breadcrumb link. */
export interface Crumb {
  href: string;
  label: string;
}

/** A section key of the main navigation: "home", "tinh", "co-quan", … */
export type NavSection = (typeof NAV)[number]['section'];

/** The trail from the home page down to a section's index, named as the main navigation names it: `crumbsTo('chi-tieu')` → Trang chủ › Chỉ tiêu. */
export function crumbsTo(section: NavSection): Crumb[] {
  return NAV.filter((item) => item.section === 'home' || item.section === section).map(({ href, label }) => ({ href, label }));
}

/** Home › Tỉnh, thành phố › the current province › (the former province that issued it, if any). */
export function planBreadcrumbs(plan: SitePlan, site: Site): Crumb[] {
  const current = currentProvinceOf(plan.meta.region, site.regionById);
  const inEra = provinceInEra(plan.meta.region, site.regionById);
  const crumbs: Crumb[] = [...crumbsTo('tinh'), { href: url.province(current.id), label: current.fullName }];
  if (inEra.id !== current.id) crumbs.push({ href: url.province(inEra.id), label: `${inEra.fullName} (cũ)` });
  return crumbs;
}

/** The meta description of a plan page: what it is, who issued it, how many tasks and targets. */
export function planDescription(plan: SitePlan): string {
  const m = plan.meta;
  return `${planShortName(plan)} của ${m.issuer} triển khai Đề án 06, giai đoạn ${periodLabel(m.period)}: ${plan.tasks.length} nhiệm vụ, ${plan.targets.length} chỉ tiêu, thời hạn và cơ quan thực hiện.`;
}
