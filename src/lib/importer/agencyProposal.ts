import type { Level } from '../../schemas/common.ts';
import { asciiSlug } from '../text/sectionId.ts';
import { foldWord } from './agencyTokens.ts';
import type { AgencyProposal } from './types.ts';

/**
 * Level words that a proposal's id leaves out, so that one kind of body gets one id at every level
 * ("xã" and "quận" only as levels: "Xã hội", "cơ quan", "liên quan" stay).
 */
const LEVEL_WORDS = /\b(cap tinh|cap huyen|cap xa|thi tran|thi xa|thanh pho|tinh|huyen|phuong|(?<!(?:lien|co|chu) )quan|xa(?! hoi))\b/g;
/** A place qualifier that is not part of the name: "các ngân hàng thương mại trên địa bàn (xã)". */
const PLACE_QUALIFIER = /\s+(dong )?(tren|tai) dia ban\b.*$/;

/**
 * A proposed catalogue entry for a name the catalogue does not know. Its id is the name in ASCII
 * without level words, a leading "các"/"đề nghị" and a trailing "trên địa bàn …":
 * "Trung tâm Phục vụ hành chính công xã" → "trung-tam-phuc-vu-hanh-chinh-cong"; a name that
 * starts with "các" is collective.
 */
export function proposeAgency(name: string, level: Level, line: number, phrase: string = name): AgencyProposal {
  const folded = foldWord(name);
  const core = folded.replace(PLACE_QUALIFIER, '');
  const idBase = asciiSlug(core.replace(LEVEL_WORDS, ' ').replace(/^\s*(cac|de nghi)\s+/, '')) || asciiSlug(folded);
  const collective = /^cac\s/.test(folded);
  const sector: AgencyProposal['sector'] = collective
    ? 'tap-the'
    : /cong an/.test(folded)
      ? 'cong-an'
      : /doanh nghiep/.test(folded)
        ? 'doanh-nghiep'
        : /ubnd|uy ban nhan dan/.test(folded)
          ? 'chinh-quyen'
          : /toa an|kiem sat|thi hanh an/.test(folded)
            ? 'tu-phap-toa-an'
            : /doan|hoi |mat tran/.test(folded)
              ? 'doan-the'
              : 'chuyen-mon';
  return {
    id: idBase,
    name: name.trim(),
    names: { [level]: name.trim() },
    aliases: [name.trim()],
    collective,
    sector,
    lines: [line],
    phrases: [phrase.trim()],
  };
}
