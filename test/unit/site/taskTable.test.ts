import { describe, expect, it } from 'vitest';
import { excerpt, sectionOf, taskFilterOptions, taskLabel, taskRowGroups } from '../../../src/lib/site/taskTable.ts';
import { entryFacets, timelineFilterOptions } from '../../../src/lib/site/timeline.ts';
import { deadlineEntries } from '../../../src/lib/site/deadlines.ts';
import { bacKan, bacNinh, fixtureSite } from './fixture.ts';

const site = fixtureSite();

describe('task table rows', () => {
  it('names a bullet task by its item and position', () => {
    expect(taskLabel(bacNinh.tasks[0]!)).toBe('III.1, ý 1');
    expect(taskLabel(bacKan.tasks[1]!)).toBe('III.2.đ');
  });

  it('puts each task under the longest heading its section starts with', () => {
    expect(sectionOf(bacKan.tasks[1]!, bacKan.sections)?.section).toBe('III.2');
    expect(sectionOf(bacKan.tasks[1]!, [...bacKan.sections, { section: 'III.2.đ', title: 'x' }])?.section).toBe('III.2.đ');
    expect(sectionOf(bacNinh.tasks[0]!, [])).toBeNull();
  });

  it('groups rows under headings with filter data', () => {
    const groups = taskRowGroups(bacKan, site);
    expect(groups.map((g) => [g.section?.section, g.rows.length])).toEqual([
      ['III.1', 1],
      ['III.2', 3],
    ]);
    const staged = groups[1]!.rows[1]!;
    expect(staged).toMatchObject({ due: '2022-12-01', windows: '2022 2022-Q2 2022-Q4', group: 'thu-tuc-hanh-chinh' });
    expect(staged.lead[0]!.name).toBe('Công an tỉnh Bắc Kạn');
    expect(groups[1]!.rows[2]!.due).toBeNull();
  });

  it('offers only filter choices some task has', () => {
    const options = taskFilterOptions(bacKan, taskRowGroups(bacKan, site), site);
    expect(options.agencies.map((o) => o.label)).toEqual(['Công an tỉnh Bắc Kạn', 'Sở Y tế tỉnh Bắc Kạn']);
    expect(options.windows.map((w) => [w.year.label, w.quarters.map((q) => q.label)])).toEqual([
      ['Năm 2022', ['Quý I/2022', 'Quý II/2022', 'Quý IV/2022']],
      ['Năm 2023', ['Quý I/2023']],
    ]);
    expect(options.groups.map((g) => g.value)).toEqual(['thu-tuc-hanh-chinh']);
  });

  it('cuts long texts at a word for link labels', () => {
    expect(excerpt('Triển khai Thông tư quy định về danh mục', 20)).toBe('Triển khai Thông tư…');
    expect(excerpt('Ngắn gọn.', 20)).toBe('Ngắn gọn.');
  });
});

describe('timeline filters', () => {
  it('files each entry under its current province, level and agencies', () => {
    const entries = deadlineEntries(site.plans);
    const luc = entries.find((e) => e.plan.id === 'xa-luc-binh-2022')!;
    expect(entryFacets(luc, site)).toEqual({ province: 'thai-nguyen', level: 'commune', agencies: ['cong-an'] });
    const options = timelineFilterOptions(entries, site);
    expect(options.provinces.map((o) => o.label)).toEqual(['Tỉnh Bắc Ninh', 'Tỉnh Thái Nguyên']);
    expect(options.levels.map((o) => o.value)).toEqual(['province', 'commune']);
  });
});
