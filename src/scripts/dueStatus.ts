/**
 * Recomputes deadline statuses against the visitor's own date: the build wrote them against the
 * build date, which a cached page may be days behind. Updates every `[data-due]` status tag and
 * the "Tính đến ngày …" sentence. A passed deadline reads "Đã qua hạn", never "quá hạn": the site
 * does not know whether the work was done.
 */
import { asOfLabel, dueStatusLabel, isPassed } from '../lib/site/dueStatus.ts';
import { localToday } from './localDate.ts';

const today = localToday();
for (const tag of document.querySelectorAll<HTMLElement>('span.tag[data-due]')) {
  const due = tag.dataset['due'] ?? '';
  const passed = isPassed(due, today);
  tag.textContent = dueStatusLabel(due, today);
  tag.classList.toggle('tag-passed', passed);
  tag.classList.toggle('tag-upcoming', !passed);
}
for (const el of document.querySelectorAll<HTMLElement>('[data-as-of]')) {
  const label = el.querySelector('[data-as-of-label]');
  const note = el.querySelector('[data-as-of-note]');
  if (label) label.textContent = asOfLabel(today);
  if (note) note.textContent = el.dataset['asOf'] === today ? '(hôm nay)' : '(hôm nay, theo đồng hồ máy của bạn)';
}
