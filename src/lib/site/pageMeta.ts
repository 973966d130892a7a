import { url } from './nav.ts';
import { periodLabel, planShortName } from './plans.ts';
import { currentProvinceOf, provinceInEra } from './regions.ts';
import type { Site, SitePlan } from './types.ts';

/** A breadcrumb link. */
export interface Crumb {
  href: string;
  label: string;
}

/** Home › Tỉnh, thành phố › the current province › (the former province that issued it, if any). */
export function planBreadcrumbs(plan: SitePlan, site: Site): Crumb[] {
  const current = currentProvinceOf(plan.meta.region, site.regionById);
  const inEra = provinceInEra(plan.meta.region, site.regionById);
  const crumbs: Crumb[] = [
    { href: '/', label: 'Trang chủ' },
    { href: '/tinh/', label: 'Tỉnh, thành phố' },
    { href: url.province(current.id), label: current.fullName },
  ];
  if (inEra.id !== current.id) crumbs.push({ href: url.province(inEra.id), label: `${inEra.fullName} (cũ)` });
  return crumbs;
}

/** The meta description of a plan page: what it is, who issued it, how many tasks and targets. */
export function planDescription(plan: SitePlan): string {
  const m = plan.meta;
  return `${planShortName(plan)} của ${m.issuer} triển khai Đề án 06, giai đoạn ${periodLabel(m.period)}: ${plan.tasks.length} nhiệm vụ, ${plan.targets.length} chỉ tiêu, thời hạn và cơ quan thực hiện.`;
}
