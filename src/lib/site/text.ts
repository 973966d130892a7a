/**
 * The paragraphs of a verbatim text block: split at line breaks, blank ones dropped. Documents
 * keep bullets as "- …" lines; they stay as written.
 */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
