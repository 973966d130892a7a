import type { TargetStatus } from './targetStatus.ts';

/** The published method: each status, when it is given, in plain Vietnamese (the method page renders this list). */
export const STATUS_RULES: readonly { kind: TargetStatus['kind']; label: string; when: string }[] = [
  {
    kind: 'met',
    label: 'Đạt',
    when: 'Số liệu mới nhất của chính đơn vị ban hành kế hoạch bằng hoặc vượt mức chỉ tiêu (với chỉ tiêu “trên 300.000”, số liệu phải lớn hơn 300.000), dù trước hay sau hạn.',
  },
  {
    kind: 'not-met',
    label: 'Chưa đạt',
    when: 'Đã qua hạn của giai đoạn (ngày 31/12 của năm cuối giai đoạn) và số liệu mới nhất vẫn thấp hơn mức chỉ tiêu. Số liệu có thể cũ hơn hạn: trang luôn ghi thời điểm của số liệu.',
  },
  {
    kind: 'in-progress',
    label: 'Đang thực hiện — đạt x % mục tiêu',
    when: 'Chưa đến hạn và số liệu mới nhất chưa đạt; x là số liệu chia cho mức chỉ tiêu, làm tròn xuống (62,87% so với mục tiêu 100% là “đạt 62 % mục tiêu”).',
  },
  { kind: 'no-data', label: 'Chưa có số liệu', when: 'Chưa có số liệu đã công bố nào của chính đơn vị đó, đo đúng chỉ số và cùng đơn vị tính với chỉ tiêu.' },
];
