import type { Level } from '../../schemas/common.ts';
import { proposeAgency } from './agencyProposal.ts';
import { readAssignment, type AgencyIndex } from './agencyRoles.ts';
import type { AgencyProposal, Doubt } from './types.ts';

/** One assignment text of a task: a field line, a table cell or a clause of its own words. */
export interface AssignmentPart {
  /** The words naming the agencies, verbatim. */
  value: string;
  /** The role its label gives ("Cơ quan chủ trì" → lead), or `all` to read it from the wording. */
  role: 'all' | 'lead' | 'support';
  /** Source line, for the report. */
  line: number;
}

/** Where the lead and support ids of tasks are gathered, with the proposals and doubts they raise. */
export interface AssigneeContext {
  agencies: AgencyIndex;
  level: Level;
  ocr: boolean;
  doubts: Doubt[];
  proposals: Map<string, AgencyProposal>;
}

/**
 * The lead and support ids of a task from its assignment parts, in order, each id once (an id that
 * leads is not also support). A name the catalogue lacks becomes a proposal (one per id, its
 * aliases and lines merged) and a blocking doubt; a part that names no one is a doubt too.
 */
export function resolveAssignees(parts: AssignmentPart[], subject: string, ctx: AssigneeContext): { lead: string[]; support: string[] } {
  const lead: string[] = [];
  const support: string[] = [];
  for (const part of parts) {
    const a = readAssignment(part.value, part.role, ctx.agencies, ctx.ocr);
    for (const x of a.lead) if (!lead.includes(x)) lead.push(x);
    for (const x of a.support) if (!support.includes(x) && !lead.includes(x)) support.push(x);
    for (const [names, target] of [
      [a.unknownLead, lead],
      [a.unknownSupport, support],
    ] as const) {
      for (const name of names) {
        const p = proposeAgency(name, ctx.level, part.line, part.value);
        const existing = ctx.proposals.get(p.id);
        if (existing) {
          if (!existing.aliases.includes(name)) existing.aliases.push(name);
          existing.lines.push(part.line);
          if (!existing.phrases.includes(part.value.trim())) existing.phrases.push(part.value.trim());
        } else ctx.proposals.set(p.id, p);
        if (!target.includes(p.id)) target.push(p.id);
        ctx.doubts.push({
          line: part.line,
          subject,
          message: `cơ quan "${name}" (trong "${part.value.trim()}") chưa có trong danh mục: đề xuất mã "${p.id}" (agencies.proposed.json); cần người quyết định`,
          blocking: true,
        });
      }
    }
    if (a.lead.length + a.support.length + a.unknownLead.length + a.unknownSupport.length === 0) {
      ctx.doubts.push({ line: part.line, subject, message: `không nhận ra cơ quan nào trong "${part.value}"; cần người xem` });
    }
  }
  return { lead, support: support.filter((x) => !lead.includes(x)) };
}
