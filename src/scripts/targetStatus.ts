/**
 * Recomputes target statuses against the visitor's own date: the build wrote them against the build
 * date. Only the due date can change a status while the figures stay the same, so each status
 * carries both possible outcomes and this picks one.
 */
import { localToday } from './localDate.ts';

const today = localToday();
for (const el of document.querySelectorAll<HTMLElement>('[data-status-due]')) {
  const after = today > (el.dataset['statusDue'] ?? '');
  const label = after ? el.dataset['afterLabel'] : el.dataset['beforeLabel'];
  const kind = after ? el.dataset['afterKind'] : el.dataset['beforeKind'];
  if (label === undefined || kind === undefined) continue;
  el.textContent = label;
  el.className = `status status-${kind}`;
}
