/**
 * Result groups are plans, or the list of one province's communes (`unitRecords.ts`), whose group
 * id starts with this prefix; a visitor is told how many of each, never communes counted as plans.
 */
export const UNIT_GROUP_PREFIX = 'don-vi-';

/** "2 kế hoạch", "2 kế hoạch và 1 danh sách đơn vị hành chính", "" when there is no group. */
export function groupCountPhrase(groupIds: Iterable<string>): string {
  let plans = 0;
  let units = 0;
  for (const id of groupIds) {
    if (id.startsWith(UNIT_GROUP_PREFIX)) units++;
    else plans++;
  }
  const parts = [plans > 0 ? `${plans} kế hoạch` : '', units > 0 ? `${units} danh sách đơn vị hành chính` : ''].filter((p) => p !== '');
  return parts.join(' và ');
}
