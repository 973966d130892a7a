import type { Region } from '../../schemas/region.ts';
import type { LoadedContent } from '../content/corpus.ts';
import { entryProblem } from './entryProblem.ts';
import type { Problem } from '../validate/problem.ts';

const LEVEL_NAMES = { province: 'tỉnh', district: 'huyện', commune: 'xã' } as const;

/**
 * A plan's facts that contradict its region: the plan's level is not its region's, or it was issued
 * when its region did not exist in that form (a partial date "2022-04" counts as its whole month).
 * Two sanity checks live elsewhere because they must run even when a plan cannot be loaded:
 * a period whose `to` is before `from` is refused by the plan schema, and a folder name that is
 * not a valid id is reported by `loadContent`.
 */
export function checkPlanSanity({ corpus, origins }: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const regions = new Map(corpus.regions.map((r) => [r.id, r]));
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
    if (fm.issuedOn !== null && !existedDuring(region, fm.issuedOn)) {
      const after = region.validTo !== null && monthOrDay(fm.issuedOn).from > region.validTo;
      const others = after ? region.successors : corpus.regions.filter((r) => r.successors.includes(region.id)).map((r) => r.id);
      problems.push(
        entryProblem(
          origins,
          fm,
          ['issuedOn'],
          `Ngày ban hành ${fm.issuedOn} nằm ngoài thời gian tồn tại của đơn vị "${region.id}" (${region.fullName}, ${lifespan(region)}).`,
          `region phải là đơn vị ban hành như nó tồn tại vào ngày ban hành${others.length === 0 ? '' : `: có phải ${others.map((id) => `"${id}"`).join(' hoặc ')}?`} Nếu region đúng, kiểm tra lại issuedOn.`,
        ),
      );
    }
  }
  return problems;
}

/** The first and last day a date known to the day ("2022-04-05") or the month ("2022-04") can be. */
function monthOrDay(date: string): { from: string; to: string } {
  return date.length === 7 ? { from: `${date}-01`, to: `${date}-31` } : { from: date, to: date };
}

/** True when the unit existed in this form on (some day of) `date`. */
function existedDuring(region: Region, date: string): boolean {
  const { from, to } = monthOrDay(date);
  return (region.validFrom === null || to >= region.validFrom) && (region.validTo === null || from <= region.validTo);
}

function lifespan(region: Region): string {
  if (region.validFrom !== null && region.validTo !== null) return `từ ${region.validFrom} đến ${region.validTo}`;
  if (region.validTo !== null) return `đến hết ${region.validTo}`;
  if (region.validFrom !== null) return `từ ${region.validFrom}`;
  return 'không giới hạn';
}
