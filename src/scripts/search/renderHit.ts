/**
 * One result as a list item: its kind and section, its text linking to the anchor on the plan page
 * (matching words marked), and the facts a reader needs to place it: plan, where, who leads, when.
 */
import { RESULT_KIND_LABEL } from '../../lib/search/filterKeys.ts';
import type { Hit } from '../../lib/search/hits.ts';
import type { ParsedQuery } from '../../lib/search/query.ts';
import { snippet } from '../../lib/search/snippet.ts';
import { dueStatusLabel, isPassed } from '../../lib/site/dueStatus.ts';
import { localToday } from '../localDate.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with the words that matched the query in `<mark>`, cut to about `maxChars`. */
function marked(text: string, query: ParsedQuery, maxChars: number): Node[] {
  return snippet(text, query, maxChars).map((s) => (s.mark ? el('mark', undefined, s.text) : document.createTextNode(s.text)));
}

/** The `<li>` of a hit: the matched words are marked in its text and in its facts (why it matched). */
export function renderHit(hit: Hit, query: ParsedQuery): HTMLLIElement {
  const { record, plan } = hit;
  const li = el('li', `search-hit search-hit-${record.kind}`);

  const label = el('p', 'search-hit-kind');
  label.append(el('span', 'tag tag-kind', RESULT_KIND_LABEL[record.kind]));
  const rest = record.facts.label.replace(/^(Kế hoạch|Nhiệm vụ|Chỉ tiêu)\s*/, '');
  if (rest !== '') label.append(` ${rest}`);
  // Many targets share a label ("Chỉ tiêu II.2.a"): their phase tells them apart within a plan.
  if (record.kind === 'chi-tieu' && record.facts.phase) label.append(` · ${record.facts.phase}`);
  if (record.due !== null) {
    const passed = isPassed(record.due, localToday());
    label.append(' ', el('span', `tag due-status ${passed ? 'tag-passed' : 'tag-upcoming'}`, dueStatusLabel(record.due, localToday())));
  }
  li.append(label);

  const link = el('a', 'search-hit-link');
  link.href = record.url;
  link.append(...marked(record.text, query, record.kind === 'ke-hoach' ? 320 : 260));
  const heading = el('h4', 'search-hit-title');
  heading.append(link);
  li.append(heading);

  const facts = el('dl', 'search-hit-facts');
  const fact = (term: string, value: string | undefined): void => {
    if (!value) return;
    const row = el('div');
    const dd = el('dd');
    dd.append(...marked(value, query, 400));
    row.append(el('dt', undefined, term), dd);
    facts.append(row);
  };
  const f = record.facts;
  if (record.kind === 'ke-hoach') {
    fact('Ban hành', f.issuer);
    fact('Cấp', f.level);
    fact('Giai đoạn', f.period);
    fact('Địa bàn', plan.place);
  } else if (record.kind === 'don-vi') {
    fact('Thuộc', plan.place);
    fact('Ghi chú', f.issuer);
    fact('Hình thành từ', f.formedFrom);
  } else {
    fact('Kế hoạch', plan.name);
    fact('Địa bàn', plan.place);
    fact('Chủ trì', f.lead);
    fact('Phối hợp', f.support);
    fact('Thời hạn', f.deadline);
    fact('Giai đoạn', f.phase);
    fact('Chỉ tiêu', f.value);
    fact('Nhóm', f.group);
  }
  li.append(facts);
  return li;
}
