import { blank } from './scanText.ts';

/** Words that name a document whose number and date may be cited inside a deadline. */
const DOCUMENT_WORDS =
  'so|chi thi|quyet dinh|nghi quyet|nghi dinh|ke hoach|cong van|thong tu|thong bao|van ban|luat|huong dan|cong dien|ket luan|chuong trinh|de an';

/** A date written d/m/yyyy or "ngày d tháng m năm yyyy" (folded text). */
const DATE = String.raw`(?:\d{1,2}\s*\/\s*\d{1,2}\s*\/\s*\d{4}|\d{1,2}\s+th[a-np-z]ng\s+\d{1,2}\s+n[a-z]m\s+\d{4})`;

/** A document number such as "05/ct-ttg", "137/2015/nd-cp", "06/qd-ttg" (folded: đ → d). */
const NUMBER = String.raw`\d+(?:\/\d{2,4})?\/[a-z]{1,8}(?:\s*-\s*[a-z]{1,8})*`;

const REFERENCE = new RegExp(
  String.raw`(?:\b(?:${DOCUMENT_WORDS})\b\s*(?:so\s*)?)?\b${NUMBER}(?:\s*,?\s*(?:cua\s+[^;,.]{1,60}?\s+)?ngay\s+${DATE})?` +
    String.raw`|\b(?:${DOCUMENT_WORDS})\b\s*,?\s*ngay\s+${DATE}`,
  'g',
);

/**
 * `scan` (from `scanText`) with cited documents blanked out, so that their numbers and dates are
 * not read as the deadline: in "Quý I/2023, đảm bảo thời hạn … tại Chỉ thị số 05/CT-TTg ngày
 * 23/02/2023" only "Quý I/2023" remains. A document is recognised by its number ("số 05/CT-TTg",
 * "137/2015/NĐ-CP"), optionally followed by "của <issuer>" and "ngày <date>", or by a document
 * word directly followed by its date ("Kế hoạch ngày 10/3/2022"). A date introduced by "trước
 * ngày"/"từ ngày" without a document word stays: it is a deadline.
 */
export function maskDocumentReferences(scan: string): string {
  let out = scan;
  for (const m of scan.matchAll(REFERENCE)) out = blank(out, m.index, m.index + m[0].length);
  return out;
}
