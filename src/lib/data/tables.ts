import { date, defineTable, number, text, textObject } from './table.ts';

/** Columns every row about a plan's content carries: the plan, its unit and province, current and as issued. */
const planContext = {
  planId: text('Mã kế hoạch', 'Mã của kế hoạch trên trang, ví dụ "tinh-bac-kan-2022".'),
  planTitle: text('Tên kế hoạch', 'Tên kế hoạch đúng như văn bản.'),
  unitIssuedId: text('Mã đơn vị ban hành', 'Mã đơn vị hành chính ban hành kế hoạch, như vào ngày ban hành.'),
  unitIssuedName: text('Đơn vị ban hành (khi ban hành)', 'Tên đơn vị hành chính ban hành kế hoạch, như vào ngày ban hành.'),
  unitCurrentId: text(
    'Mã đơn vị hiện nay',
    'Đơn vị hành chính hiện nay tiếp nhận địa bàn đó (sau sắp xếp năm 2025); trống khi đơn vị đã giải thể mà không có đơn vị kế thừa duy nhất.',
  ),
  unitCurrentName: text('Đơn vị hiện nay', 'Tên đơn vị hành chính hiện nay tiếp nhận địa bàn đó.'),
  provinceIssuedId: text('Mã tỉnh (khi ban hành)', 'Mã tỉnh, thành phố chứa đơn vị ban hành, như vào ngày ban hành.'),
  provinceIssuedName: text('Tỉnh (khi ban hành)', 'Tên tỉnh, thành phố chứa đơn vị ban hành, như vào ngày ban hành.'),
  provinceCurrentId: text('Mã tỉnh hiện nay', 'Mã tỉnh, thành phố hiện nay chứa địa bàn đó.'),
  provinceCurrentName: text('Tỉnh hiện nay', 'Tên tỉnh, thành phố hiện nay chứa địa bàn đó.'),
};

/** Columns of a deadline: kind, start, due, the document's words, and its status on the build date. */
const deadlineColumns = {
  deadlineKind: text('Loại thời hạn', 'Loại thời hạn: ngày, tháng, quý, năm, khoảng thời gian, theo từng cấp, thường xuyên, theo sự kiện, không xác định.'),
  deadlineStart: date('Bắt đầu', 'Ngày bắt đầu suy ra từ thời hạn (YYYY-MM-DD), khi văn bản nêu.'),
  deadlineDue: date('Hạn', 'Hạn cuối suy ra từ thời hạn (YYYY-MM-DD): tháng tính đến ngày cuối tháng, quý đến ngày cuối quý, năm đến 31/12.'),
  deadlineRaw: text('Thời hạn (nguyên văn)', 'Thời hạn đúng như văn bản ghi.'),
  deadlineLabel: text('Thời hạn', 'Thời hạn viết gọn, ví dụ "Quý I/2023".'),
  status: text(
    'Tình trạng',
    '"Đã qua hạn" hoặc "Chưa đến hạn" so với ngày cập nhật trang; "Không có hạn ngày" khi thời hạn không có ngày. Trang không biết việc đã làm xong hay chưa.',
  ),
};

const taskIdColumn = { taskId: text('Mã nhiệm vụ', 'Mã nhiệm vụ trong kế hoạch, ví dụ "nv-iii-2-dd" (mục III.2.đ).') };

const taskColumns = {
  ...taskIdColumn,
  section: text('Mục', 'Số mục của nhiệm vụ như văn bản in, ví dụ "III.2.đ".'),
  group: text('Nhóm tiện ích', 'Nhóm tiện ích hoặc nhóm mục tiêu của chương trình mà nhiệm vụ thuộc về.'),
  text: text('Nội dung', 'Nội dung nhiệm vụ, nguyên văn.'),
  leadNames: text('Chủ trì', 'Các cơ quan chủ trì, tên theo cấp của kế hoạch, ngăn bằng dấu chấm phẩy.'),
  supportNames: text('Phối hợp', 'Các cơ quan phối hợp, ngăn bằng dấu chấm phẩy.'),
  leadIds: text('Mã cơ quan chủ trì', 'Mã các cơ quan chủ trì (trang /co-quan/<mã>/), ngăn bằng dấu cách.'),
  supportIds: text('Mã cơ quan phối hợp', 'Mã các cơ quan phối hợp, ngăn bằng dấu cách.'),
  assignee: text('Giao nhiệm vụ (nguyên văn)', 'Câu giao nhiệm vụ đúng như văn bản; trống khi văn bản không nêu ai.'),
};

const link = { url: text('Liên kết', 'Địa chỉ của dòng này trên trang.') };

/** The tasks of one or more plans: one row per task, in document order. */
export const taskTable = defineTable({
  name: 'nhiem-vu',
  title: 'Mỗi dòng là một nhiệm vụ',
  description: 'Nhiệm vụ của các kế hoạch, theo thứ tự trong văn bản, kèm cơ quan chủ trì, phối hợp và thời hạn.',
  // The task id comes first: a filtered plan page downloads the rows it shows by reading that column.
  schema: textObject({ ...taskIdColumn, ...planContext, ...taskColumns, ...deadlineColumns, ...link }),
});

/** An agency's tasks: one row per task and role (lead or support). */
export const agencyTaskTable = defineTable({
  name: 'nhiem-vu-co-quan',
  title: 'Mỗi dòng là một nhiệm vụ của cơ quan',
  description: 'Nhiệm vụ một cơ quan chủ trì hoặc phối hợp, trong mọi kế hoạch.',
  schema: textObject({
    agencyId: text('Mã cơ quan', 'Mã cơ quan (trang /co-quan/<mã>/).'),
    agencyName: text('Tên cơ quan trong kế hoạch', 'Tên cơ quan theo cấp của kế hoạch.'),
    role: text('Vai trò', '"Chủ trì" hoặc "Phối hợp".'),
    ...planContext,
    ...taskColumns,
    ...deadlineColumns,
    ...link,
  }),
});

/** Dated points of a timeline: a task's due date, or one stage of a staged deadline. */
export const timelineTable = defineTable({
  name: 'moc-thoi-han',
  title: 'Mỗi dòng là một mốc thời hạn',
  description: 'Mốc thời hạn theo ngày: mỗi nhiệm vụ có hạn là một mốc; thời hạn theo từng cấp cho mỗi cấp một mốc.',
  schema: textObject({
    pointDate: date('Ngày của mốc', 'Ngày mốc rơi vào (YYYY-MM-DD).'),
    pointLabel: text('Mốc', 'Tên mốc: thời hạn viết gọn, hoặc lời văn của từng cấp.'),
    pointLevel: text('Cấp của mốc', 'Cấp mà mốc áp dụng, với thời hạn theo từng cấp.'),
    ...planContext,
    ...taskColumns,
    ...deadlineColumns,
    ...link,
  }),
});

/** The targets of one or more plans: one row per target, as the plan page lists them. */
export const targetTable = defineTable({
  name: 'chi-tieu',
  title: 'Mỗi dòng là một chỉ tiêu',
  description: 'Chỉ tiêu của các kế hoạch, mỗi chỉ tiêu một dòng; chỉ tiêu có nhiều mức (theo cấp) ghi các mức trong cột "Các mức".',
  schema: textObject({
    ...planContext,
    targetId: text('Mã chỉ tiêu', 'Mã chỉ tiêu trong kế hoạch, ví dụ "ct-ii-2-a-2022-3".'),
    section: text('Mục', 'Số mục chứa chỉ tiêu như văn bản in.'),
    group: text('Nhóm tiện ích', 'Nhóm tiện ích hoặc nhóm mục tiêu của chương trình.'),
    text: text('Nội dung', 'Chỉ tiêu, nguyên văn.'),
    figures: text('Các mức', 'Mọi mức của chỉ tiêu viết bằng chữ, ngăn bằng dấu chấm phẩy, ví dụ "tối thiểu 90% (cấp tỉnh); tối thiểu 80% (cấp huyện)".'),
    value: number('Giá trị', 'Số của mức đầu tiên.'),
    unit: text('Đơn vị', 'Đơn vị của mức đầu tiên như văn bản ghi: "%", "tài khoản".'),
    bound: text('Giới hạn', 'Cách số giới hạn kết quả: "đúng bằng", "tối thiểu", "trên", "tối đa", "dưới".'),
    scope: text('Cấp áp dụng', 'Cấp mà mức đầu tiên áp dụng, khi văn bản nêu.'),
    metricIds: text('Mã chỉ số', 'Mã các chỉ số so sánh được (trang /chi-tieu/<mã>/), ngăn bằng dấu cách.'),
    phaseRaw: text('Giai đoạn (nguyên văn)', 'Giai đoạn đúng như văn bản ghi; đây là thời hạn của chỉ tiêu.'),
    phaseFrom: number('Từ năm', 'Năm đầu của giai đoạn.'),
    phaseTo: number('Đến năm', 'Năm cuối của giai đoạn; trống khi giai đoạn không có năm kết thúc.'),
    ...deadlineColumns,
    ...link,
  }),
});

/** Figures of one metric across plans: one row per figure, as the metric page's table. */
export const metricPointTable = defineTable({
  name: 'muc-chi-tieu',
  title: 'Mỗi dòng là một mức chỉ tiêu',
  description: 'Các mức của một chỉ số so sánh được trong các kế hoạch, theo giai đoạn, tỉnh và cấp.',
  schema: textObject({
    metricId: text('Mã chỉ số', 'Mã chỉ số so sánh được.'),
    metricName: text('Chỉ số', 'Tên chỉ số.'),
    ...planContext,
    targetId: text('Mã chỉ tiêu', 'Mã chỉ tiêu chứa mức này.'),
    level: text('Cấp áp dụng', 'Cấp mà mức áp dụng: cấp của văn bản khi chỉ tiêu không nêu.'),
    phaseRaw: text('Giai đoạn (nguyên văn)', 'Giai đoạn đúng như văn bản ghi.'),
    phaseFrom: number('Từ năm', 'Năm đầu của giai đoạn.'),
    phaseTo: number('Đến năm', 'Năm cuối của giai đoạn; trống khi không có.'),
    figure: text('Mức', 'Mức viết bằng chữ, ví dụ "tối thiểu 90%".'),
    value: number('Giá trị', 'Số của mức.'),
    unit: text('Đơn vị', 'Đơn vị như văn bản ghi.'),
    bound: text('Giới hạn', '"đúng bằng", "tối thiểu", "trên", "tối đa" hoặc "dưới".'),
    text: text('Nội dung chỉ tiêu (nguyên văn)', 'Chỉ tiêu chứa mức này, nguyên văn.'),
    ...deadlineColumns,
    ...link,
  }),
});

/** Reporting duties of plans: one row per duty. */
export const dutyTable = defineTable({
  name: 'bao-cao',
  title: 'Mỗi dòng là một nghĩa vụ báo cáo',
  description: 'Chế độ báo cáo của các kế hoạch: ai báo cáo, cho ai, định kỳ nào.',
  schema: textObject({
    ...planContext,
    dutyNumber: number('Số thứ tự', 'Thứ tự của nghĩa vụ trong kế hoạch, từ 1.'),
    text: text('Nội dung (nguyên văn)', 'Câu về nghĩa vụ báo cáo, nguyên văn.'),
    fromNames: text('Bên báo cáo', 'Cơ quan báo cáo, ngăn bằng dấu chấm phẩy.'),
    toNames: text('Nơi nhận', 'Cơ quan nhận báo cáo, ngăn bằng dấu chấm phẩy.'),
    fromIds: text('Mã bên báo cáo', 'Mã cơ quan báo cáo, ngăn bằng dấu cách.'),
    toIds: text('Mã nơi nhận', 'Mã cơ quan nhận, ngăn bằng dấu cách.'),
    frequency: text(
      'Định kỳ',
      'Định kỳ và hạn báo cáo như trang kế hoạch ghi, ví dụ "Hằng tháng, hạn ngày 15"; hoặc chỉ định kỳ (hằng tháng, hằng quý, 6 tháng, hằng năm, một lần, khi được yêu cầu) khi văn bản không nêu hạn.',
    ),
    when: text('Thời điểm (nguyên văn)', 'Lời văn định thời điểm, ví dụ "trước ngày 15 hằng tháng".'),
    ...link,
  }),
});

/** Plans: one row per plan. */
export const planTable = defineTable({
  name: 'ke-hoach',
  title: 'Mỗi dòng là một kế hoạch',
  description: 'Các kế hoạch trên trang, mới ban hành trước.',
  schema: textObject({
    ...planContext,
    number: text('Số văn bản', 'Số, ký hiệu văn bản, ví dụ "208/KH-UBND".'),
    issuedOn: text('Ngày ban hành', 'Ngày ban hành (YYYY-MM-DD), hoặc chỉ tháng (YYYY-MM) khi văn bản để trống ngày.'),
    issuer: text('Cơ quan ban hành', 'Cơ quan ban hành như văn bản ghi.'),
    level: text('Cấp ban hành', 'Cấp tỉnh, cấp huyện hoặc cấp xã.'),
    programme: text('Chương trình', 'Chương trình quốc gia kế hoạch triển khai.'),
    periodFrom: number('Từ năm', 'Năm đầu của kỳ kế hoạch.'),
    periodTo: number('Đến năm', 'Năm cuối của kỳ kế hoạch.'),
    summary: text('Tóm tắt', 'Một hai câu nói kế hoạch là gì.'),
    taskCount: number('Số nhiệm vụ', 'Số nhiệm vụ của kế hoạch.'),
    targetCount: number('Số chỉ tiêu', 'Số chỉ tiêu của kế hoạch.'),
    source: text('Nguồn', 'Tệp văn bản gốc mà nội dung được chép từ đó.'),
    addedOn: date('Ngày đăng', 'Ngày kế hoạch được đăng lên trang.'),
    ...link,
  }),
});

/** Administrative units: one row per unit and era. */
export const unitTable = defineTable({
  name: 'don-vi-hanh-chinh',
  title: 'Mỗi dòng là một đơn vị hành chính trong một thời kỳ',
  description: 'Đơn vị hành chính trước và sau sắp xếp năm 2025; đơn vị bị sắp xếp có hai dòng (cũ và mới).',
  schema: textObject({
    unitId: text('Mã đơn vị', 'Mã đơn vị trên trang.'),
    name: text('Tên', 'Tên ngắn: "Bắc Kạn".'),
    fullName: text('Tên đầy đủ', 'Tên kèm loại đơn vị: "Tỉnh Bắc Kạn".'),
    level: text('Cấp', 'Cấp tỉnh, cấp huyện hoặc cấp xã.'),
    type: text('Loại', 'Loại đơn vị: tỉnh, thành phố trực thuộc trung ương, huyện, xã, phường…'),
    code: text('Mã thống kê', 'Mã của Tổng cục Thống kê trong thời kỳ đó (mã được dùng lại sau 2025).'),
    parentId: text('Mã đơn vị cấp trên', 'Đơn vị cấp trên; trống với tỉnh.'),
    validFrom: date('Có từ ngày', 'Ngày đầu đơn vị tồn tại ở dạng này; trống khi trước thời kỳ trang theo dõi.'),
    validTo: date('Đến ngày', 'Ngày cuối đơn vị tồn tại ở dạng này; trống khi còn tồn tại.'),
    successorIds: text('Mã đơn vị kế thừa', 'Các đơn vị mà đơn vị này nhập vào, ngăn bằng dấu cách.'),
    fate: text('Thay đổi', 'Đơn vị đã thay đổi thế nào, theo nguồn.'),
  }),
});

/** Agencies: one row per kind of agency. */
export const agencyTable = defineTable({
  name: 'co-quan',
  title: 'Mỗi dòng là một loại cơ quan',
  description: 'Các cơ quan được giao nhiệm vụ, với tên ở từng cấp.',
  schema: textObject({
    agencyId: text('Mã cơ quan', 'Mã cơ quan (trang /co-quan/<mã>/).'),
    name: text('Tên', 'Tên chung, không kèm cấp.'),
    provinceName: text('Tên ở cấp tỉnh', 'Tên ở cấp tỉnh; trống khi cấp tỉnh không có.'),
    districtName: text('Tên ở cấp huyện', 'Tên ở cấp huyện; trống khi cấp huyện không có.'),
    communeName: text('Tên ở cấp xã', 'Tên ở cấp xã; trống khi cấp xã không có.'),
    sector: text('Nhóm', 'Nhóm cơ quan.'),
    collective: text('Giao chung', '"Có" khi là cách giao chung cho nhiều cơ quan ("các sở, ban, ngành liên quan").'),
    aliases: text('Văn bản còn ghi', 'Các cách văn bản gọi cơ quan, ngăn bằng dấu chấm phẩy.'),
  }),
});

/** Metrics: one row per comparable KPI. */
export const metricTable = defineTable({
  name: 'chi-so',
  title: 'Mỗi dòng là một chỉ số so sánh được',
  description: 'Các chỉ số lặp lại giữa các kế hoạch, để so sánh mức chỉ tiêu.',
  schema: textObject({
    metricId: text('Mã chỉ số', 'Mã chỉ số (trang /chi-tieu/<mã>/).'),
    name: text('Tên', 'Tên chỉ số.'),
    description: text('Mô tả', 'Chỉ số đếm gì.'),
    unit: text('Đơn vị', 'Đơn vị của các mức.'),
    direction: text('Chiều tốt', '"Càng cao càng tốt" hoặc "càng thấp càng tốt".'),
  }),
});

/** Reported figures (actuals, not targets): one row per figure of content/figures, with its source. */
export const reportedFigureTable = defineTable({
  name: 'so-lieu-bao-cao',
  title: 'Mỗi dòng là một số liệu đã báo cáo',
  description: 'Số liệu thực hiện mà một đơn vị hoặc cơ quan đã công bố, kèm nguồn và câu trích nguyên văn.',
  schema: textObject({
    figureId: text('Mã số liệu', 'Mã số liệu (tên tệp trong content/figures).'),
    regionId: text('Mã đơn vị', 'Đơn vị mà số liệu nói về, như vào ngày của số liệu; "ca-nuoc" là cả nước.'),
    regionName: text('Đơn vị', 'Tên đơn vị mà số liệu nói về.'),
    metricId: text('Mã chỉ số', 'Mã chỉ số (trang /chi-tieu/<mã>/).'),
    metricName: text('Chỉ số', 'Tên chỉ số.'),
    value: number('Giá trị', 'Con số đã báo cáo.'),
    unit: text('Đơn vị tính', 'Đơn vị của giá trị, như của chỉ số.'),
    bound: text('Mức độ chính xác', '"đúng bằng", "trên", "dưới" hoặc "khoảng", như nguồn viết; trống khi nguồn nêu số đúng.'),
    denominatorValue: number('Mẫu số', 'Số mà giá trị được tính trên đó, khi nguồn nêu.'),
    denominatorLabel: text('Mẫu số là', 'Mẫu số đếm gì.'),
    asOf: text('Thời điểm', 'Số liệu tính đến: ngày (2024-11-06), tháng (2024-04), quý (2024-Q3) hoặc năm (2024).'),
    asOfText: text('Thời điểm (nguyên văn)', 'Lời của nguồn về thời điểm, khi rộng hơn cột Thời điểm.'),
    reporterKind: text('Bên báo cáo là', '"Chính đơn vị" khi đơn vị tự báo cáo, "Bên khác" khi một bộ, ngành hay báo cáo chung nêu.'),
    reporterName: text('Bên báo cáo', 'Ai đưa ra số liệu.'),
    sourceTitle: text('Tiêu đề nguồn', 'Tiêu đề bài viết hoặc văn bản; trống khi bản đọc được không có.'),
    sourceUrl: text('Địa chỉ nguồn', 'Địa chỉ nơi đọc được số liệu.'),
    publisher: text('Nơi công bố', 'Cơ quan, tờ báo đã công bố.'),
    publishedOn: text('Ngày công bố', 'Ngày (YYYY-MM-DD) hoặc tháng (YYYY-MM) công bố; trống khi trang không ghi.'),
    quote: text('Trích dẫn', 'Câu nêu số liệu, chép nguyên văn.'),
    note: text('Ghi chú', 'Điều người đọc cần biết để hiểu đúng số liệu.'),
  }),
});

/** Every table the site publishes, for the codebook and the bundle. */
export const ALL_TABLES = [
  planTable,
  taskTable,
  targetTable,
  dutyTable,
  timelineTable,
  agencyTaskTable,
  metricPointTable,
  reportedFigureTable,
  unitTable,
  agencyTable,
  metricTable,
] as const;
