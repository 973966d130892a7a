import type { DeadlineKind, PlanFrontmatter } from '../../schemas/index.ts';

type SourceKind = PlanFrontmatter['source']['kind'];
import { DEADLINE_KIND_NAME } from '../deadline/names.ts';

/** How the site reads each kind of deadline, in plain Vietnamese, with an example from the documents. */
export const DEADLINE_KINDS: readonly { kind: DeadlineKind; label: string; meaning: string; example: string }[] = (
  [
    { kind: 'date', meaning: 'Hạn là đúng ngày ghi trong văn bản.', example: 'Hoàn thành trước ngày 30/6/2023' },
    { kind: 'month', meaning: 'Hạn là ngày cuối của tháng đó.', example: 'Trong tháng 3 năm 2022 → hạn 31/3/2022' },
    { kind: 'quarter', meaning: 'Hạn là ngày cuối của quý.', example: 'Quý I/2023 → hạn 31/3/2023' },
    { kind: 'year', meaning: 'Hạn là ngày 31/12 của năm đó.', example: 'Trong năm 2024 → hạn 31/12/2024' },
    { kind: 'range', meaning: 'Làm trong một khoảng thời gian; hạn là ngày cuối của khoảng đó.', example: 'Trong tháng 2 và 3 năm 2022 → hạn 31/3/2022' },
    {
      kind: 'staged',
      meaning: 'Mỗi cấp có một mốc riêng; dòng thời gian ghi từng mốc.',
      example: 'Cấp tỉnh từ ngày 01/6/2022; cấp huyện từ ngày 01/12/2022; cấp xã từ ngày 01/6/2023',
    },
    { kind: 'ongoing', meaning: 'Việc làm liên tục, không có ngày kết thúc; có thể có ngày bắt đầu.', example: 'Thực hiện thường xuyên; Từ tháng 4/2022' },
    { kind: 'event', meaning: 'Làm khi một việc khác xảy ra; không có ngày cố định.', example: 'Ngay sau khi Chính phủ ban hành Nghị định' },
    { kind: 'unspecified', meaning: 'Văn bản không cho biết thời hạn.', example: 'Theo Thông tư của các Bộ, ngành' },
  ] as const
).map((k) => ({ ...k, label: DEADLINE_KIND_NAME[k.kind] }));

/** Up to this many plans, the about page lists each with its source file; beyond, it counts them by kind of source. */
export const SOURCE_LIST_MAX = 50;

/**
 * How the about page names the sources: every plan while there are few, else how many plans come
 * from each kind of source (each plan's page names its own file), so the page stays small at any scale.
 */
export function sourceOverview<P extends { meta: { source: { kind: SourceKind } } }>(
  plans: readonly P[],
  max = SOURCE_LIST_MAX,
): { list: readonly P[] } | { counts: { kind: SourceKind; plans: number }[] } {
  if (plans.length <= max) return { list: plans };
  const counts = new Map<SourceKind, number>();
  for (const p of plans) counts.set(p.meta.source.kind, (counts.get(p.meta.source.kind) ?? 0) + 1);
  return { counts: [...counts].map(([kind, n]) => ({ kind, plans: n })).sort((a, b) => b.plans - a.plans) };
}
