import { describe, expect, it } from 'vitest';
import { columnRoles, isAssignmentTable, readTableTasks } from '../../../src/lib/importer/assignmentTable.ts';
import { normaliseLines } from '../../../src/lib/importer/normaliseLines.ts';
import { readPipeTables, splitCells } from '../../../src/lib/importer/pipeTable.ts';
import type { AgencyProposal, Doubt } from '../../../src/lib/importer/types.ts';
import { agencyIndex, catalogue } from './catalogue.ts';

const deAn06 = catalogue.programmes.find((p) => p.id === 'de-an-06')!;

/** Reads the assignment tables of a Markdown excerpt into tasks, with the doubts and proposals they raise. */
function tableTasks(markdown: string) {
  const doubts: Doubt[] = [];
  const proposals = new Map<string, AgencyProposal>();
  const tables = readPipeTables(normaliseLines(markdown, false).paragraphs).filter(isAssignmentTable);
  return { ...readTableTasks(tables, deAn06, { agencies: agencyIndex, level: 'province', ocr: false, doubts, proposals }, new Set()), doubts, proposals };
}

const APPENDIX = [
  '| STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm |',
  '|:---:|---|---|---|---|---|',
  '| **I** | **Nhóm nhiệm vụ phục vụ công dân số** | | | | |',
  '| 1 | Nội dung | Công an tỉnh | Sở Tư pháp | Quý II/2023 | Báo cáo |',
  '| 2 | Cấp lý lịch tư pháp trên ứng dụng VNeID | Sở Tư pháp | Công an tỉnh; UBND các huyện, thị xã, thành phố | Thường xuyên | |',
].join('\n');

describe('pipe tables', () => {
  it('keeps every row a paragraph of its own, even without blank lines between them', () => {
    const paras = normaliseLines(`Phân công như sau:\n${APPENDIX}\nTrên đây là Kế hoạch.`, false).paragraphs.map((p) => p.text);
    expect(paras).toHaveLength(7);
    expect(paras.at(-1)).toBe('Trên đây là Kế hoạch.');
  });
  it('splits cells, reading "<br>" as a line break and "\\|" as a bar', () => {
    expect(splitCells('| 1 | A \\| B | Sở Y tế<br>Sở Tư pháp |')).toEqual(['1', 'A | B', 'Sở Y tế\nSở Tư pháp']);
  });
  it('knows the columns of an assignment table by their headers', () => {
    expect(columnRoles(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Kết quả', 'Ghi chú'])).toEqual([
      'stt',
      'task',
      'lead',
      'support',
      'deadline',
      'product',
      'note',
    ]);
    expect(columnRoles(['STT', 'Nội dung công việc', 'Cơ quan, đơn vị thực hiện', 'Tiến độ'])).toEqual(['stt', 'task', 'assignee', 'deadline']);
  });
});

describe('tasks from an assignment table', () => {
  it('reads "| 1 | Nội dung | Công an tỉnh | Sở Tư pháp | Quý II/2023 |" as a task under its group row', () => {
    const { tasks, sections } = tableTasks(APPENDIX);
    expect(sections).toEqual([{ section: 'PL.I', title: 'Nhóm nhiệm vụ phục vụ công dân số', group: 'cong-dan-so' }]);
    expect(tasks[0]).toMatchObject({
      id: 'nv-pl-i-1',
      section: 'PL.I.1',
      group: 'cong-dan-so',
      text: 'Nội dung',
      lead: ['cong-an'],
      support: ['so-tu-phap'],
      deadline: { kind: 'quarter', due: '2023-06-30' },
      note: 'Sản phẩm: Báo cáo',
    });
  });
  it('reads agencies separated by ";" and a list of levels as one collective', () => {
    expect(tableTasks(APPENDIX).tasks[1]).toMatchObject({ support: ['cong-an', 'ubnd-cap-duoi'], deadline: { kind: 'ongoing' } });
  });
  it('reads roles from the wording of a "Cơ quan thực hiện" column and joins a cell broken over two rows', () => {
    const { tasks } = tableTasks(
      [
        '| TT | Nhiệm vụ | Cơ quan thực hiện | Thời hạn |',
        '|---|---|---|---|',
        '| 1 | Tái cấu trúc quy trình nhóm thủ tục liên thông | Sở Tư pháp chủ trì, phối hợp với:<br>Công an tỉnh<br>Bảo hiểm xã hội tỉnh | Tháng 6/2024 |',
        '| | và nhóm thủ tục khai tử | | |',
      ].join('\n'),
    );
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      text: 'Tái cấu trúc quy trình nhóm thủ tục liên thông và nhóm thủ tục khai tử',
      lead: ['so-tu-phap'],
      support: ['cong-an', 'bao-hiem-xa-hoi'],
    });
  });
  it('proposes an agency the catalogue lacks and flags a row without a deadline', () => {
    const { tasks, proposals, doubts } = tableTasks(
      '| STT | Nhiệm vụ | Cơ quan chủ trì | Thời gian hoàn thành |\n|---|---|---|---|\n| 1 | Số hóa hồ sơ | Trung tâm Phục vụ hành chính công tỉnh | |',
    );
    expect(tasks[0]).toMatchObject({ lead: ['trung-tam-phuc-vu-hanh-chinh-cong'], deadline: { kind: 'unspecified' } });
    expect([...proposals.keys()]).toEqual(['trung-tam-phuc-vu-hanh-chinh-cong']);
    expect(doubts.map((d) => d.message)).toContain('nhiệm vụ không ghi thời hạn; cần người xem');
  });
  it('ignores a table that assigns nothing', () => {
    expect(tableTasks('| Chỉ tiêu | Năm 2023 |\n|---|---|\n| Tài khoản VNeID | 45.000 |').tasks).toEqual([]);
  });
});
