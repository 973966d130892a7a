import type { LoadedContent } from '../content/corpus.ts';
import type { PathSegment } from '../validate/fieldPath.ts';
import { findNumbers } from '../number/findNumbers.ts';
import { entryProblem } from './entryProblem.ts';
import type { Problem } from '../validate/problem.ts';

/**
 * Target figures that the target's own words do not contain: every `value` and `also[].value`
 * must be one of the quantities `findNumbers` reads in `text` (Vietnamese notation: "300.000" is
 * 300000). Catches a mistyped figure, and the JSON trap where `300.000` is read as 300.
 */
export function checkTargetNumbers({ corpus, origins }: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  for (const plan of corpus.plans) {
    for (const target of plan.targets) {
      const found = findNumbers(target.text);
      const inText = (value: number): boolean => found.some((n) => Math.abs(n.value - value) < 1e-9);
      const check = (path: PathSegment[], value: number | undefined): void => {
        if (value === undefined || inText(value)) return;
        const listed = [...new Set(found.map((n) => n.raw))].join(', ');
        const thousands = inText(value * 1000);
        problems.push(
          entryProblem(
            origins,
            target,
            path,
            found.length === 0
              ? `Số ${value} không có trong câu chỉ tiêu (text): câu không có số nào.`
              : `Số ${value} không có trong câu chỉ tiêu (text); các số trong câu: ${listed}.`,
            thousands
              ? `trong tệp JSON, dấu chấm là dấu thập phân nên 300.000 được đọc là 300: ghi ${value * 1000}.`
              : found.length === 0
                ? 'bỏ value và unit nếu chỉ tiêu không có con số, hoặc sửa text cho đúng văn bản.'
                : 'ghi đúng một số có trong câu (ghi bằng chữ số, không có dấu ngăn cách hàng nghìn: 300.000 → 300000, 1,5 → 1.5), hoặc sửa text cho đúng văn bản.',
          ),
        );
      };
      check(['value'], target.value);
      target.also?.forEach((m, i) => check(['also', i, 'value'], m.value));
    }
  }
  return problems;
}
