import type { LoadedContent } from '../content/corpus.ts';
import { NATIONAL_REGION } from '../../schemas/figure.ts';
import { asOfStart, formatAsOf } from '../figures/asOf.ts';
import { quoteNumbers } from '../number/quoteNumbers.ts';
import { todayInVietnam } from '../site/deadlines.ts';
import { closest } from '../validate/closest.ts';
import { entryProblem } from './entryProblem.ts';
import type { Problem } from '../validate/problem.ts';

/**
 * Reported figures that cannot be published as they stand: a unit or metric that does not exist,
 * a unit other than the metric's (a % stored against a count), a value that its quoted sentence does
 * not state, and an as-of date after `today` (a plan's target is not a reported figure).
 * A missing source is the schema's to report: every source field is required there.
 */
export function checkFigures({ corpus, origins, invalidIds }: LoadedContent, today = todayInVietnam(new Date(), process.env['SITE_TODAY'])): Problem[] {
  const problems: Problem[] = [];
  const regionIds = new Set([NATIONAL_REGION, ...corpus.regions.map((r) => r.id)]);
  const metricById = new Map(corpus.metrics.map((m) => [m.id, m]));
  for (const figure of corpus.figures) {
    const report = (field: string, message: string, hint: string): void => {
      problems.push(entryProblem(origins, figure, field.split('.'), message, hint));
    };
    if (!regionIds.has(figure.region) && !invalidIds.regions.has(figure.region)) {
      const guess = closest(figure.region, regionIds);
      report(
        'region',
        `Không có đơn vị hành chính "${figure.region}".`,
        `${guess === null ? '' : `có phải "${guess}"? `}Mã các đơn vị nằm trong content/regions/*.json (đơn vị cũ giữ mã cũ, ví dụ "bac-kan"); số liệu cả nước ghi "${NATIONAL_REGION}".`,
      );
    }
    const metric = metricById.get(figure.metric);
    if (metric === undefined && !invalidIds.metrics.has(figure.metric)) {
      const guess = closest(figure.metric, metricById.keys());
      report(
        'metric',
        `Không có chỉ số "${figure.metric}".`,
        `${guess === null ? '' : `có phải "${guess}"? `}Nếu số liệu cần một chỉ số mới, thêm tệp content/metrics/${figure.metric}.json với định nghĩa khớp đúng câu trích.`,
      );
    }
    if (metric !== undefined && metric.unit !== figure.unit) {
      report(
        'unit',
        `Đơn vị "${figure.unit}" khác đơn vị của chỉ số "${metric.id}" (${metric.unit}).`,
        metric.unit === '%' || figure.unit === '%'
          ? 'không so tỷ lệ (%) với số đếm: chọn chỉ số có đúng đơn vị này, hoặc thêm chỉ số mới trong content/metrics/.'
          : `ghi "unit": "${metric.unit}" nếu số liệu đếm cùng một thứ, hoặc chọn chỉ số khác.`,
      );
    }
    const found = quoteNumbers(figure.source.quote, figure.source.language);
    if (!found.some((n) => Math.abs(n.value - figure.value) < 1e-9)) {
      const listed = [...new Set(found.map((n) => n.raw))].join(', ');
      report(
        'value',
        found.length === 0
          ? `Số ${figure.value} không có trong câu trích (source.quote): câu không có số nào.`
          : `Số ${figure.value} không có trong câu trích (source.quote); các số trong câu: ${listed}.`,
        figure.source.language === 'en'
          ? 'ghi đúng số trong câu tiếng Anh (92.85% → 92.85, 728,400 → 728400, 1.4 million → 1400000), hoặc chép lại câu cho đúng nguồn.'
          : 'ghi đúng số trong câu (62,87% → 62.87, 313.890 → 313890, 49,7 triệu → 49700000), hoặc chép lại câu cho đúng nguồn.',
      );
    }
    if (asOfStart(figure.asOf) > today) {
      report(
        'asOf',
        `Thời điểm số liệu (${formatAsOf(figure.asOf)}) ở sau ngày hôm nay.`,
        'ghi thời điểm mà nguồn nói số liệu đã đạt được; mức phấn đấu trong tương lai là chỉ tiêu, không phải số liệu báo cáo.',
      );
    }
  }
  return problems;
}
