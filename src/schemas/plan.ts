import { z } from 'zod';
import { isoDate, level, partialDate, slugId, year } from './common.ts';

/** Where the plan's text came from and how good that copy is. */
export const planSource = z
  .object({
    /** The source document's file name, e.g. "000_92c18f69644d26b9.txt". */
    file: z.string().min(1),
    /** How the text was obtained: typed Markdown-like text, text extracted from a PDF, or an OCR scan. */
    kind: z.enum(['text', 'pdf-text', 'ocr']),
    /** True when the published text was restored by a person (OCR that lost its diacritics). */
    restored: z.boolean(),
    /** What a reader should know about the copy, in Vietnamese (shown on the page). */
    note: z.string().min(1).optional(),
    /**
     * Where the document was published, when known: the site or gazette's name and, if it has one,
     * the address of the document there ({ name: "Cổng thông tin điện tử tỉnh Bắc Ninh", url: "https://…" }).
     * Left out when the copy does not say where it comes from: the page then says so, nothing is guessed.
     */
    publishedAt: z
      .object({
        name: z.string().min(1),
        url: z.url().nullable(),
      })
      .strict()
      .optional(),
  })
  .strict();

/**
 * When a reporting duty falls due, as `src/lib/reporting/parseSchedule.ts` reads its `when`:
 * "Trước ngày 15 hằng tháng" → monthly, day 15; "Hằng tháng" → monthly, day null (no day named);
 * "trước ngày 10/6" → yearly on 10 June; "trước ngày 25/4/2022" → once.
 */
export const reportingSchedule = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('monthly'), /** Day of the month, or null when the plan names none. */ day: z.number().int().min(1).max(31).nullable() }).strict(),
  z
    .object({
      kind: z.literal('yearly'),
      /** Day of the month. */ day: z.number().int().min(1).max(31),
      /** Month, 1–12. */ month: z.number().int().min(1).max(12),
    })
    .strict(),
  z.object({ kind: z.literal('once'), /** The one due date. */ date: isoDate }).strict(),
]);

/** A duty to report progress, verbatim, e.g. "Trước ngày 15 hằng tháng, báo cáo kết quả thực hiện về UBND tỉnh". */
export const reportingDuty = z
  .object({
    /** The sentence verbatim. */
    text: z.string().min(1),
    /** Who reports (agency ids). */
    from: z.array(slugId),
    /** Who receives it (agency ids). */
    to: z.array(slugId),
    /**
     * The receivers' level when the text names bodies of another level than the plan's own:
     * Lục Bình's commune officer reports to "cơ quan tài chính huyện" → "district". Left out: the plan's level.
     */
    toLevel: level.optional(),
    /** How often: monthly, quarterly, half-yearly, yearly, once, or on request. */
    frequency: z.enum(['monthly', 'quarterly', 'half-yearly', 'yearly', 'once', 'on-request']).nullable(),
    /** Day of the month or words that fix when, e.g. "trước ngày 15 hằng tháng". */
    when: z.string().min(1).nullable(),
    /** The schedule read from `when` (checked against the parser like a task's deadline); null when `when` names no date. */
    schedule: reportingSchedule.nullable().optional(),
  })
  .strict();

/** What one agency is charged with in "Tổ chức thực hiện" / "Phân công nhiệm vụ". */
export const responsibility = z
  .object({
    /** The agency ids the paragraph addresses. */
    agencies: z.array(slugId).min(1),
    /** The heading as written, e.g. "Công an tỉnh" or "Sở Thông tin và Truyền thông". */
    heading: z.string().min(1),
    /** The paragraph verbatim. */
    text: z.string().min(1),
  })
  .strict();

/** Frontmatter of `content/plans/<plan-id>/plan.mdx`. Fixed fields: title, level, region, programme, number, issuedOn, period, source.file. */
export const planFrontmatter = z
  .object({
    /** The plan's title as the document words it. */
    title: z.string().min(1),
    /** The issuer's level. */
    level,
    /** The id of the administrative unit that issued it (as it was at the time). */
    region: slugId,
    /** The programme it implements (a `content/programmes/` id). */
    programme: slugId,
    /** The document number, e.g. "208/KH-UBND", or null when the copy has none. */
    number: z.string().min(1).nullable(),
    /** Date of issue with its real precision: "2026-06-05", "2022-04" (day left blank), or null. */
    issuedOn: partialDate.nullable(),
    /** The issuing body as the document names it, e.g. "Ủy ban nhân dân tỉnh Bắc Kạn". */
    issuer: z.string().min(1),
    /** The period the plan covers, and the vision year. */
    period: z
      .object({ from: year, to: year, vision: year.nullable() })
      .strict()
      .refine((p) => p.to >= p.from, { message: 'năm kết thúc (to) không được trước năm bắt đầu (from)', path: ['to'] }),
    /** The place-and-date line verbatim, e.g. "Krông Nô, ngày      tháng 4 năm 2022"; null when the copy has none. */
    dateLine: z.string().min(1).nullable(),
    /** Documents the plan cites as its basis ("Căn cứ …", "Thực hiện …"), verbatim. */
    basis: z.array(z.string().min(1)),
    /** Who signed, when the copy shows it. */
    signer: z
      .object({ name: z.string().min(1), title: z.string().min(1) })
      .strict()
      .nullable(),
    /** A decision that issues the plan (Krông Nô's Quyết định), when there is one. */
    issuingDecision: z
      .object({
        number: z.string().min(1).nullable(),
        title: z.string().min(1),
        /** The decision's articles verbatim. */
        articles: z.array(z.string().min(1)),
      })
      .strict()
      .nullable(),
    /** One or two plain Vietnamese sentences on what the plan is, for lists and search results. */
    summary: z.string().min(1),
    /** What each agency is charged with. */
    responsibilities: z.array(responsibility),
    /** Reporting duties. */
    reporting: z.array(reportingDuty),
    /** What the plan says about funding, verbatim; null when it says nothing. */
    budget: z.string().min(1).nullable(),
    /** The source document. */
    source: planSource,
    /** The date this plan was added to the site (YYYY-MM-DD), for "recently added". */
    addedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  })
  .strict();

export type PlanFrontmatter = z.infer<typeof planFrontmatter>;
export type ReportingDuty = z.infer<typeof reportingDuty>;
export type ReportingSchedule = z.infer<typeof reportingSchedule>;
export type Responsibility = z.infer<typeof responsibility>;
