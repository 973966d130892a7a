/**
 * The names agencies go by, as word sequences a query must find side by side: "Sở Y tế" in a
 * query asks for Sở Y tế, not for records that hold "sở", "y" and "tế" somewhere apart ("cơ sở
 * dữ liệu … y tế"). Built from `content/agencies/` and shipped with the search page.
 */
import type { Agency } from '../../schemas/index.ts';
import { foldWord, words } from './fold.ts';

/** Every name, name per level and alias of the agencies with two words or more, folded ("so y te"), each once, longest first. */
export function agencyPhrases(agencies: readonly Agency[]): string[] {
  const phrases = new Set<string>();
  for (const a of agencies) {
    for (const name of [a.name, ...Object.values(a.names).filter((n): n is string => n !== undefined), ...a.aliases]) {
      const folded = words(name).map(foldWord);
      if (folded.length >= 2) phrases.add(folded.join(' '));
    }
  }
  return [...phrases].sort((x, y) => y.split(' ').length - x.split(' ').length || (x < y ? -1 : 1));
}
