import type { PlanFrontmatter } from '../../schemas/plan.ts';
import type { Region } from '../../schemas/region.ts';
import { formatViDate } from '../deadline/parseDeadline.ts';
import type { LoadedContent } from '../content/corpus.ts';
import { entryProblem } from './entryProblem.ts';
import type { Problem } from '../validate/problem.ts';

const LEVEL_NAMES = { province: 'tỉnh', district: 'huyện', commune: 'xã' } as const;

/**
 * A plan's facts that contradict its region: the plan's level is not its region's, or it was issued
 * when its region did not exist in that form (a partial date "2022-04" counts as its whole month, a
 * plan without a date counts from its period's first year). The message names the unit of that
 * date the editor most likely meant: the former unit with the same code, or the one it became.
 * Two sanity checks live elsewhere because they must run even when a plan cannot be loaded:
 * a period whose `to` is before `from` is refused by the plan schema, and a folder name that is
 * not a valid id is reported by `loadContent`.
 */
export function checkPlanSanity({ corpus, origins }: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const regions = new Map(corpus.regions.map((r) => [r.id, r]));
  // Built once: which former units each unit was formed from (the inverse of successors).
  const predecessors = new Map<string, Region[]>();
  for (const r of corpus.regions) {
    for (const id of r.successors) {
      const list = predecessors.get(id);
      if (list) list.push(r);
      else predecessors.set(id, [r]);
    }
  }
  for (const plan of corpus.plans) {
    const fm = plan.frontmatter;
    const region = regions.get(fm.region);
    if (region === undefined) continue;
    if (region.level !== fm.level) {
      problems.push(
        entryProblem(
          origins,
          fm,
          ['level'],
          `Kế hoạch ghi cấp "${fm.level}" (${LEVEL_NAMES[fm.level]}), nhưng đơn vị ban hành "${region.id}" (${region.fullName}) là cấp "${region.level}" (${LEVEL_NAMES[region.level]}).`,
          `sửa level thành "${region.level}", hoặc sửa region nếu đơn vị ban hành là đơn vị khác.`,
        ),
      );
    }
    const when = planDate(fm);
    if (!existedDuring(region, when.from, when.to)) {
      const notYet = region.validFrom !== null && when.to < region.validFrom;
      const others = notYet ? (predecessors.get(region.id) ?? []) : region.successors.flatMap((id) => regions.get(id) ?? []);
      const ranked = rankByLikeness(
        region,
        others.filter((r) => r.level === region.level && existedDuring(r, when.from, when.to)),
      );
      const guess = ranked[0];
      const limit = notYet ? `trước ngày ${formatViDate(region.validFrom!)}` : `sau ngày ${formatViDate(region.validTo!)}`;
      problems.push(
        entryProblem(
          origins,
          fm,
          ['region'],
          `${notYet ? 'Không có' : 'Không còn'} đơn vị hành chính mã ${region.code} ${limit}${guess ? `; có phải "${guess.id}" (${guess.fullName})?` : '.'} Kế hoạch ${when.label}, còn "${region.id}" (${region.fullName}) ${lifespan(region)}.`,
          `region là đơn vị ban hành như nó tồn tại vào ngày ban hành${ranked.length > 1 ? `; ${notYet ? `${region.fullName} được hình thành từ` : `địa bàn ${region.fullName} nay thuộc`} ${listed(ranked)}` : ''}. Nếu region đúng, kiểm tra lại ${fm.issuedOn === null ? 'period.from' : 'issuedOn'}.`,
        ),
      );
    }
  }
  return problems;
}

/**
 * The days a plan was issued on, as far as it says: its issue date (a month "2022-04" counts as the
 * whole month) or, when the copy has no date, the first year of its period.
 */
function planDate(fm: PlanFrontmatter): { from: string; to: string; label: string } {
  const date = fm.issuedOn;
  if (date === null) {
    return { from: `${fm.period.from}-01-01`, to: `${fm.period.from}-12-31`, label: `không ghi ngày ban hành, giai đoạn bắt đầu năm ${fm.period.from}` };
  }
  if (date.length === 7) return { from: `${date}-01`, to: `${date}-31`, label: `ban hành tháng ${Number(date.slice(5))}/${date.slice(0, 4)}` };
  return { from: date, to: date, label: `ban hành ngày ${formatViDate(date)}` };
}

/** True when the unit existed in this form on some day between `from` and `to`. */
function existedDuring(region: Region, from: string, to: string): boolean {
  return (region.validFrom === null || to >= region.validFrom) && (region.validTo === null || from <= region.validTo);
}

/** The units most like `region` first: the same code (a code reused across the reform), then the same name. */
function rankByLikeness(region: Region, units: readonly Region[]): Region[] {
  const score = (r: Region): number => (r.code === region.code ? 0 : r.name === region.name ? 1 : 2);
  return [...units].sort((a, b) => score(a) - score(b));
}

/** '"a" (Xã A), "b" (Xã B)', at most five, then "và n đơn vị khác". */
function listed(units: readonly Region[]): string {
  const shown = units
    .slice(0, 5)
    .map((r) => `"${r.id}" (${r.fullName})`)
    .join(', ');
  return units.length > 5 ? `${shown} và ${units.length - 5} đơn vị khác` : shown;
}

function lifespan(region: Region): string {
  if (region.validFrom !== null && region.validTo !== null)
    return `chỉ có từ ngày ${formatViDate(region.validFrom)} đến hết ngày ${formatViDate(region.validTo)}`;
  if (region.validTo !== null) return `chỉ có đến hết ngày ${formatViDate(region.validTo)}`;
  if (region.validFrom !== null) return `chỉ có từ ngày ${formatViDate(region.validFrom)}`;
  return 'không giới hạn';
}
