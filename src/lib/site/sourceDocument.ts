/**
 * A plan's source named by what it is (kind of document, number, date, issuer, title, where it was
 * published) rather than by the file name the site keeps it under.
 */
import type { PlanFrontmatter } from '../../schemas/index.ts';
import { issuedPhrase, SOURCE_KIND_LABEL } from './plans.ts';
import type { SitePlan } from './types.ts';

/** What the "Nguồn" fact of a plan page prints. */
export interface SourceDocument {
  /** "Kế hoạch số 208/KH-UBND ngày 05/6/2026 của Ủy ban nhân dân tỉnh Bắc Ninh"; "(bản sao không ghi số, không ghi ngày)" where missing. */
  document: string;
  /** The title as the document words it. */
  title: string;
  /** Where it was published, or null when the copy does not say (see `unknownPlace`). */
  publishedAt: NonNullable<PlanFrontmatter['source']['publishedAt']> | null;
  /** The sentence shown when the place is unknown. */
  unknownPlace: string;
  /** "Văn bản điện tử", "Bản quét nhận dạng ký tự (OCR), đã khôi phục dấu tiếng Việt". */
  copy: string;
}

/** The source of a plan as a reader can look it up. */
export function sourceDocument(plan: SitePlan): SourceDocument {
  const m = plan.meta;
  const missing = [m.number === null ? 'không ghi số' : null, m.issuedOn === null ? 'không ghi ngày' : null].filter(Boolean);
  const number = m.number === null ? '' : ` số ${m.number}`;
  const date = m.issuedOn === null ? '' : ` ${issuedPhrase(m.issuedOn)}`;
  const gap = missing.length === 0 ? '' : ` (bản sao ${missing.join(', ')})`;
  return {
    document: `Kế hoạch${number}${date} của ${m.issuer}${gap}`,
    title: m.title,
    publishedAt: m.source.publishedAt ?? null,
    unknownPlace: 'Chưa rõ nơi công bố: bản sao mà trang này dựa vào không ghi nơi đăng tải văn bản.',
    copy: `${SOURCE_KIND_LABEL[m.source.kind]}${m.source.restored ? ', đã khôi phục dấu tiếng Việt' : ''}`,
  };
}
