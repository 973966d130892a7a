import { NATIONAL_REGION, type Figure } from '../../schemas/figure.ts';
import { formatAsOf } from '../figures/asOf.ts';
import { ancestry, nameWithType } from './regions.ts';
import { formatQuantity } from './targets.ts';
import type { Site } from './types.ts';

/** The figures reported for exactly this unit (never its predecessors' or successors'), optionally of one metric. Oldest first. */
export function figuresOf(site: Site, regionId: string, metricId?: string): Figure[] {
  return site.figures.filter((f) => f.region === regionId && (metricId === undefined || f.metric === metricId));
}

/** The words for how a source bounds a figure. */
const FIGURE_BOUND: Record<string, string> = { above: 'trên', below: 'dưới', about: 'khoảng' };

/** A figure's value in words: "62,87%", "trên 728.400 tài khoản", "22/25 dịch vụ". */
export function figureValueLabel(figure: Pick<Figure, 'value' | 'unit' | 'bound' | 'denominator'>): string {
  const bound = figure.bound === undefined || figure.bound === 'exactly' ? '' : `${FIGURE_BOUND[figure.bound]} `;
  const out = figure.denominator?.value;
  if (out !== undefined && figure.unit !== '%')
    return `${bound}${formatQuantity(figure.value, figure.unit).replace(' ', `/${formatQuantity(out, '').trim()} `)}`;
  return `${bound}${formatQuantity(figure.value, figure.unit)}`;
}

/** The unit a figure belongs to, in running text: "tỉnh Đắk Nông", "tỉnh Bắc Ninh (cũ)" (a former unit whose name lives on), "cả nước". */
export function figureUnitName(site: Site, regionId: string): string {
  if (regionId === NATIONAL_REGION) return 'cả nước';
  const region = site.regionById.get(regionId);
  if (region === undefined) return regionId;
  return `${nameWithType(region)}${region.validTo !== null && region.id.endsWith('-cu') ? ' (cũ)' : ''}`;
}

/** A figure's "as of" in words, preferring the source's own looser words: "6 tháng đầu năm 2022", "08/10/2024". */
export function figureWhen(figure: Pick<Figure, 'asOf' | 'asOfText'>): string {
  return figure.asOfText ?? formatAsOf(figure.asOf);
}

/**
 * The wider units whose figures a plan's page may show as context: the parents of the plan's unit
 * in its own era, then the whole country (Krông Nô → tỉnh Đắk Nông → cả nước). Never the unit's
 * successors: a figure of the new Lâm Đồng is not Đắk Nông's.
 */
export function widerUnits(site: Site, regionId: string): string[] {
  const chain = site.regionById.has(regionId)
    ? ancestry(regionId, site.regionById)
        .slice(1)
        .map((r) => r.id)
    : [];
  return [...chain, NATIONAL_REGION];
}
