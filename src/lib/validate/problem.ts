/**
 * One thing wrong with the content, told to an editor: where it is, what is wrong, how to fix it.
 * Messages and hints are plain Vietnamese sentences.
 */
export interface Problem {
  /** The file, relative to the content root's parent: "content/plans/tinh-bac-kan-2022/tasks.json". */
  file: string;
  /** 1-based line of `field` in `file`, when it could be found. */
  line?: number;
  /**
   * The field's path in the file: "tasks[3].deadline.due", "[12].parent" in a regions file,
   * "region" in a plan's frontmatter; "" when the problem is the file as a whole.
   */
  field: string;
  /** The id of the entry (task, target, region…) that `field` belongs to, when it has one: "nv-iii-2-dd". */
  entry?: string;
  /** What is wrong, e.g. '"2022-13-01" không phải ngày có thật.' */
  message: string;
  /** How to fix it, e.g. "ghi ngày theo dạng YYYY-MM-DD, ví dụ 2022-06-30." */
  hint: string;
}

const collator = new Intl.Collator('en', { numeric: true });

/** Problems ordered by file, then field (numbers compared as numbers, so tasks[2] comes before tasks[10]), then message. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => collator.compare(a.file, b.file) || collator.compare(a.field, b.field) || collator.compare(a.message, b.message));
}
