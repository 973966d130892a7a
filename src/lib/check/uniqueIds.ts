import type { LoadedContent, Origin } from '../content/corpus.ts';
import { fieldPath } from '../validate/fieldPath.ts';
import { entryProblem } from './entryProblem.ts';
import type { Problem } from '../validate/problem.ts';

/**
 * Ids that must be unique but are not: task ids and target ids within a plan (they are anchors on
 * its page), region ids across all `content/regions/*.json`, and agency, metric and programme ids.
 * The second and later uses are reported, each naming where the id was first used.
 */
export function checkUniqueIds({ corpus, origins }: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const duplicates = (
    entries: ReadonlyArray<{ id: string }>,
    message: (id: string, first: string) => string,
    hint: string,
    idField: string[] = ['id'],
  ): void => {
    const first = new Map<string, object>();
    for (const entry of entries) {
      const earlier = first.get(entry.id);
      if (earlier === undefined) first.set(entry.id, entry);
      else problems.push(entryProblem(origins, entry, idField, message(entry.id, where(origins.get(earlier), origins.get(entry))), hint));
    }
  };

  for (const plan of corpus.plans) {
    duplicates(
      plan.tasks,
      (id, first) => `Mã nhiệm vụ "${id}" bị trùng: ${first} cũng dùng mã này.`,
      'mỗi nhiệm vụ trong kế hoạch cần một mã riêng; gạch đầu dòng là nhiệm vụ riêng thì thêm "-y2", "-y3"… (xem CONTRIBUTING.md, mục Ids).',
    );
    duplicates(
      plan.targets,
      (id, first) => `Mã chỉ tiêu "${id}" bị trùng: ${first} cũng dùng mã này.`,
      'mỗi chỉ tiêu cần một mã riêng: "ct-" + mục + năm đầu của giai đoạn + thứ tự trong giai đoạn (xem CONTRIBUTING.md, mục Ids).',
    );
  }
  duplicates(
    corpus.regions,
    (id, first) => `Mã đơn vị hành chính "${id}" bị trùng: ${first} cũng dùng mã này.`,
    'mỗi đơn vị, ở mỗi thời kỳ, cần một mã riêng; đơn vị cũ trùng tên với đơn vị mới thì thêm "-cu" (xem CONTRIBUTING.md, mục Ids).',
  );
  // Catalogue ids are file names, so the file system keeps them unique today; checked all the same,
  // so that a loader reading them some other way cannot let a duplicate through.
  const catalogueHint = 'mã là tên tệp: đổi tên một trong hai tệp, hoặc gộp chúng làm một.';
  duplicates(corpus.agencies, (id, first) => `Mã cơ quan "${id}" bị trùng: ${first} cũng dùng mã này.`, catalogueHint, []);
  duplicates(corpus.metrics, (id, first) => `Mã chỉ số "${id}" bị trùng: ${first} cũng dùng mã này.`, catalogueHint, []);
  duplicates(corpus.programmes, (id, first) => `Mã chương trình "${id}" bị trùng: ${first} cũng dùng mã này.`, catalogueHint, []);
  return problems;
}

/** Where the first use is, said relative to the duplicate: "tasks[0]" in the same file, else "<file> [3]". */
function where(first: Origin | undefined, duplicate: Origin | undefined): string {
  if (first === undefined) return 'một mục khác';
  const field = fieldPath(first.path);
  if (first.file === duplicate?.file) return field === '' ? 'tệp này' : field;
  return field === '' ? first.file : `${first.file} ${field}`;
}
