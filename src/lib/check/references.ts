import type { LoadedContent } from '../content/corpus.ts';
import type { PathSegment } from '../validate/fieldPath.ts';
import { closest } from '../validate/closest.ts';
import { entryProblem } from './entryProblem.ts';
import type { Problem } from '../validate/problem.ts';

/** What an id refers to, in the words of the message and the hint. */
interface Catalogue {
  /** "cơ quan", "đơn vị hành chính"… */
  noun: string;
  ids: Set<string>;
  /** Ids that exist but whose entry is invalid: reported there, not here. */
  invalid: Set<string>;
  /** How to add a missing one, given its id. */
  addHint: (id: string) => string;
}

/**
 * Every id that points at something that does not exist: a plan's region and programme, task and
 * section groups, tasks' lead and support, targets' group and metrics, responsibilities' and reporting
 * duties' agencies, regions' parent and successors. Each message names the closest existing id
 * ("Không có cơ quan "cong-an-tinh"." — "có phải "cong-an"?").
 */
export function checkReferences({ corpus, origins, invalidIds }: LoadedContent): Problem[] {
  const problems: Problem[] = [];
  const agencies: Catalogue = {
    noun: 'cơ quan',
    ids: new Set(corpus.agencies.map((a) => a.id)),
    invalid: invalidIds.agencies,
    addHint: (id) => `nếu đúng là cơ quan chưa có, thêm tệp content/agencies/${id}.json`,
  };
  const regions: Catalogue = {
    noun: 'đơn vị hành chính',
    ids: new Set(corpus.regions.map((r) => r.id)),
    invalid: invalidIds.regions,
    addHint: () => 'mã các đơn vị nằm trong content/regions/*.json',
  };
  const programmes: Catalogue = {
    noun: 'chương trình',
    ids: new Set(corpus.programmes.map((p) => p.id)),
    invalid: invalidIds.programmes,
    addHint: () => `các chương trình: ${[...new Set(corpus.programmes.map((p) => p.id))].map((id) => `"${id}"`).join(', ')}`,
  };
  const metrics: Catalogue = {
    noun: 'chỉ số',
    ids: new Set(corpus.metrics.map((m) => m.id)),
    invalid: invalidIds.metrics,
    addHint: (id) => `nếu là chỉ số mới, thêm tệp content/metrics/${id}.json; nếu chỉ tiêu không so sánh được, ghi null`,
  };

  const check = (catalogue: Catalogue, entry: object, path: PathSegment[], id: string | null | undefined): void => {
    if (id === null || id === undefined || catalogue.ids.has(id) || catalogue.invalid.has(id)) return;
    const guess = closest(id, catalogue.ids);
    problems.push(entryProblem(origins, entry, path, `Không có ${catalogue.noun} "${id}".`, suggest(guess, catalogue.addHint(id))));
  };
  const checkAll = (catalogue: Catalogue, entry: object, path: PathSegment[], ids: readonly string[]): void =>
    ids.forEach((id, i) => check(catalogue, entry, [...path, i], id));

  for (const r of corpus.regions) {
    check(regions, r, ['parent'], r.parent);
    checkAll(regions, r, ['successors'], r.successors);
  }

  for (const plan of corpus.plans) {
    const fm = plan.frontmatter;
    check(regions, fm, ['region'], fm.region);
    check(programmes, fm, ['programme'], fm.programme);
    fm.responsibilities.forEach((r, i) => checkAll(agencies, fm, ['responsibilities', i, 'agencies'], r.agencies));
    fm.reporting.forEach((r, i) => {
      checkAll(agencies, fm, ['reporting', i, 'from'], r.from);
      checkAll(agencies, fm, ['reporting', i, 'to'], r.to);
    });

    for (const task of plan.tasks) {
      checkAll(agencies, task, ['lead'], task.lead);
      checkAll(agencies, task, ['support'], task.support);
    }
    for (const target of plan.targets) {
      check(metrics, target, ['metric'], target.metric);
      target.also?.forEach((m, i) => check(metrics, target, ['also', i, 'metric'], m.metric));
    }

    const programme = corpus.programmes.find((p) => p.id === fm.programme);
    if (programme === undefined) continue;
    const groups: Catalogue = {
      noun: 'nhóm',
      ids: new Set(programme.groups.map((g) => g.id)),
      invalid: new Set(),
      addHint: () => `các nhóm của chương trình "${programme.id}": ${programme.groups.map((g) => `"${g.id}"`).join(', ')}`,
    };
    const checkGroup = (entry: object, group: string | null | undefined): void => {
      if (group === null || group === undefined || groups.ids.has(group)) return;
      const guess = closest(group, groups.ids);
      problems.push(entryProblem(origins, entry, ['group'], `Chương trình "${programme.id}" không có nhóm "${group}".`, suggest(guess, groups.addHint(group))));
    };
    for (const section of plan.sections) checkGroup(section, section.group);
    for (const task of plan.tasks) checkGroup(task, task.group);
    for (const target of plan.targets) checkGroup(target, target.group);
  }
  return problems;
}

/** 'có phải "cong-an"? Nếu …' when there is a close id, else just the hint. */
function suggest(guess: string | null, hint: string): string {
  return guess === null ? `${hint}.` : `có phải "${guess}"? ${hint.charAt(0).toLocaleUpperCase('vi')}${hint.slice(1)}.`;
}
