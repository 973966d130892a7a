import type { Agency } from '../../schemas/agency.ts';
import type { Metric } from '../../schemas/metric.ts';
import type { Programme } from '../../schemas/programme.ts';
import type { Region } from '../../schemas/region.ts';
import type { Level } from '../../schemas/common.ts';

/** How the plan's text reached us; decides which repairs the importer applies. */
export type SourceForm = 'text' | 'pdf-text' | 'ocr';

/** One paragraph after hard-wrapped lines were joined, with the source lines it came from (1-based). */
export interface Paragraph {
  /** The paragraph's text, Markdown emphasis and heading marks removed, wrapped lines joined by one space. */
  text: string;
  /** First source line. */
  line: number;
  /** Last source line. */
  endLine: number;
  /** Markdown heading level (`##` → 2) when the source marked it as a heading. */
  mdHeading: number | null;
  /** True when the whole line was emphasised (`**…**`, `*…*`): documents use that for headings. */
  emphasised: boolean;
}

/** A line that only carries a page number; it is kept out of paragraphs but never dropped. */
export interface PageMark {
  line: number;
  text: string;
}

/** The catalogues the importer matches against (content/agencies, regions, metrics, programmes). */
export interface Catalogue {
  agencies: Agency[];
  regions: Region[];
  metrics: Metric[];
  programmes: Programme[];
}

/** Something the importer was unsure of: the editor must look at it. */
export interface Doubt {
  /** Source line (1-based), or null when the doubt concerns the whole document. */
  line: number | null;
  /** What it is about, e.g. "nv-iii-2-dd" or "region". */
  subject: string;
  /** Why, in Vietnamese, for the editor. */
  message: string;
  /** True when a person must decide before the draft can pass `npm run check`. */
  blocking?: boolean;
}

/** Text the importer could not place in any field; it stays in the MDX body and is listed in the report. */
export interface Unplaced {
  line: number;
  text: string;
  why: string;
}

/** An agency name the catalogue does not know, proposed as a new entry. */
export interface AgencyProposal {
  id: string;
  name: string;
  names: Partial<Record<Level, string>>;
  aliases: string[];
  collective: boolean;
  sector: 'chinh-quyen' | 'cong-an' | 'chuyen-mon' | 'tu-phap-toa-an' | 'doan-the' | 'dang' | 'doanh-nghiep' | 'trung-uong' | 'tap-the';
  /** Source lines where the name was seen. */
  lines: number[];
  /** The whole assignment phrase each time the name was seen, so the editor judges it in context. */
  phrases: string[];
}
