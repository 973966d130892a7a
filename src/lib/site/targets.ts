import type { Phase, Programme, Target } from '../../schemas/index.ts';
import { LEVEL_NAME } from '../deadline/names.ts';
import type { BarChartSpec } from './chart.ts';
import type { SitePlan } from './types.ts';

/** A phase's years as a short label: "2022", "2023–2025", "Từ 2023". */
export function phaseYears(phase: Pick<Phase, 'from' | 'to'>): string {
  if (phase.to === null) return `Từ ${phase.from}`;
  return phase.from === phase.to ? `${phase.from}` : `${phase.from}–${phase.to}`;
}

function phaseKey(phase: Phase): string {
  return `${phase.from}-${phase.to ?? 'open'}`;
}

/** A programme's utility group, or a stand-in for a group id the programme does not list. */
export interface GroupInfo {
  id: string;
  number: number | null;
  name: string;
  shortName: string;
}

/** The group's details from the plan's programme; an unknown id is shown as itself. */
export function groupInfo(groupId: string, programme: Programme | undefined): GroupInfo {
  const g = programme?.groups.find((x) => x.id === groupId);
  return g ? { id: g.id, number: g.number, name: g.name, shortName: g.shortName } : { id: groupId, number: null, name: groupId, shortName: groupId };
}

/** Targets under one group, split by phase in document order. */
export interface TargetGroup {
  group: GroupInfo;
  phases: { raw: string; years: string; targets: Target[] }[];
}

/**
 * The plan's targets by utility group (in the programme's order, unknown groups last) and,
 * within a group, by phase as the document words it (in document order).
 */
export function targetsByGroup(plan: SitePlan, programme: Programme | undefined): TargetGroup[] {
  const order = (id: string) => programme?.groups.findIndex((g) => g.id === id) ?? -1;
  const groups = new Map<string, TargetGroup>();
  for (const target of plan.targets) {
    let group = groups.get(target.group);
    if (!group) groups.set(target.group, (group = { group: groupInfo(target.group, programme), phases: [] }));
    let phase = group.phases.find((p) => p.raw === target.phase.raw);
    if (!phase) group.phases.push((phase = { raw: target.phase.raw, years: phaseYears(target.phase), targets: [] }));
    phase.targets.push(target);
  }
  const rank = (id: string) => (order(id) < 0 ? Number.MAX_SAFE_INTEGER : order(id));
  return [...groups.values()].sort((a, b) => rank(a.group.id) - rank(b.group.id));
}

/**
 * How many targets each utility group sets in each phase (phases as years, earliest first),
 * stacked per group: the plan page's targets chart.
 */
export function targetCountChart(plan: SitePlan, programme: Programme | undefined): BarChartSpec {
  const groups = targetsByGroup(plan, programme);
  const phases = new Map<string, Phase>();
  for (const t of plan.targets) phases.set(phaseKey(t.phase), t.phase);
  const phaseList = [...phases.entries()].sort(([, a], [, b]) => a.from - b.from || (a.to ?? Infinity) - (b.to ?? Infinity));
  return {
    labels: groups.map((g) => g.group.shortName),
    datasets: phaseList.map(([key, phase]) => ({
      label: phaseYears(phase),
      data: groups.map((g) => {
        const n = plan.targets.filter((t) => t.group === g.group.id && phaseKey(t.phase) === key).length;
        return n === 0 ? null : n;
      }),
    })),
    unit: 'chỉ tiêu',
    stacked: true,
    horizontal: true,
  };
}

/** A target's figures in Vietnamese notation with their bound and scope: "tối thiểu 90 % (cấp tỉnh)". */
export function measureLabel(m: { value: number; unit: string; bound?: string | undefined; scope?: string | null | undefined }): string {
  const bound = m.bound === undefined || m.bound === 'exactly' ? '' : `${BOUND_LABEL[m.bound] ?? ''} `;
  const scope = m.scope ? ` (${SCOPE_LABEL[m.scope] ?? m.scope})` : '';
  return `${bound}${formatQuantity(m.value, m.unit)}${scope}`;
}

const BOUND_LABEL: Record<string, string> = { atLeast: 'tối thiểu', above: 'trên', atMost: 'tối đa', below: 'dưới' };
const SCOPE_LABEL: Readonly<Record<string, string>> = LEVEL_NAME;

const NUMBER_FORMAT = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** A figure and its unit: "90%" (no space before a percent sign), "300.000 tài khoản". */
export function formatQuantity(value: number, unit: string): string {
  return unit === '%' ? `${formatNumber(value)}%` : `${formatNumber(value)} ${unit}`;
}

/** A number in Vietnamese notation: 300000 → "300.000", 1.5 → "1,5". */
export function formatNumber(n: number): string {
  return NUMBER_FORMAT.format(n);
}
