/**
 * Enhances a plan's task table beyond filtering (which `<filter-list>` does, see filterList.ts):
 * sorting by deadline (a select beside the filters, so it also works on phones, where the table
 * is a list of cards) and a "copy link" button per task and target. Without this script the page
 * shows every task in document order.
 */
import { copyLinkButtons } from './copyLink.ts';

for (const section of document.querySelectorAll<HTMLElement>('[data-task-table]')) enhanceSorting(section);
copyLinkButtons(document.querySelectorAll<HTMLAnchorElement>('.task-table .self-link'));
copyLinkButtons(document.querySelectorAll<HTMLAnchorElement>('.targets .self-link'), true);

function enhanceSorting(section: HTMLElement): void {
  const form = section.querySelector<HTMLFormElement>('form[data-filter-form]');
  const table = section.querySelector<HTMLTableElement>('table');
  const status = section.querySelector<HTMLElement>('[data-result-count]');
  const sortHeader = section.querySelector<HTMLTableCellElement>('th[data-sort-due]');
  const select = form?.elements.namedItem('sap-xep');
  if (!form || !table || !status || !sortHeader || !(select instanceof HTMLSelectElement)) return;

  const bodies = [...table.tBodies];
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-due]')];
  // Document order, remembered so that "no sorting" can restore it.
  const homes = rows.map((row) => ({ row, body: row.parentElement as HTMLTableSectionElement }));
  const sortedBody = document.createElement('tbody');
  let sort: 'none' | 'ascending' | 'descending' = 'none';

  const applySort = () => {
    sortHeader.setAttribute('aria-sort', sort);
    if (sort === 'none') {
      sortedBody.remove();
      for (const { row, body } of homes) body.append(row);
      for (const body of bodies) table.append(body);
      return;
    }
    // Undated tasks (continuous, event-bound) go last either way; ties keep document order.
    const sign = sort === 'ascending' ? 1 : -1;
    const ordered = [...rows].sort((a, b) => {
      const da = a.dataset['due'] ?? '';
      const db = b.dataset['due'] ?? '';
      if (!da || !db) return Number(!da) - Number(!db);
      return sign * da.localeCompare(db);
    });
    for (const body of bodies) body.remove();
    sortedBody.replaceChildren(...ordered);
    table.append(sortedBody);
  };

  const sortMessages = {
    none: 'Theo thứ tự trong văn bản.',
    ascending: 'Sắp xếp theo thời hạn, sớm nhất trước.',
    descending: 'Sắp xếp theo thời hạn, muộn nhất trước.',
  } as const;
  select.addEventListener('change', () => {
    sort = select.value === 'ascending' || select.value === 'descending' ? select.value : 'none';
    applySort();
    status.textContent = sortMessages[sort];
  });
  form.addEventListener('reset', () =>
    setTimeout(() => {
      sort = 'none';
      applySort();
    }, 0),
  );
}
