/**
 * Enhances a plan's task table: filters by lead agency, deadline window and group; sorting by
 * deadline (a select beside the filters, so it also works on phones, where the table is a list
 * of cards); a live count of shown tasks; and a "copy link" button per task and target.
 * Without this script the page shows every task in document order.
 */
import { copyLinkButtons } from './copyLink.ts';

for (const section of document.querySelectorAll<HTMLElement>('[data-task-table]')) enhance(section);
copyLinkButtons(document.querySelectorAll<HTMLAnchorElement>('.task-table .self-link'));
copyLinkButtons(document.querySelectorAll<HTMLAnchorElement>('.targets .self-link'), true);

function enhance(section: HTMLElement): void {
  const form = section.querySelector<HTMLFormElement>('form[data-filters]');
  const table = section.querySelector<HTMLTableElement>('table');
  const status = section.querySelector<HTMLElement>('[data-result-count]');
  const sortHeader = section.querySelector<HTMLTableCellElement>('th[data-sort-due]');
  if (!form || !table || !status || !sortHeader) return;

  const bodies = [...table.tBodies];
  const rows = [...table.querySelectorAll<HTMLTableRowElement>('tr[data-due]')];
  // Document order, remembered so that "no sorting" can restore it.
  const homes = rows.map((row) => ({ row, body: row.parentElement as HTMLTableSectionElement }));
  const sortedBody = document.createElement('tbody');
  let sort: 'none' | 'ascending' | 'descending' = 'none';

  form.hidden = false;
  const field = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;

  const apply = (announce: boolean) => {
    const agency = field('co-quan')?.value ?? '';
    const window = field('thoi-han')?.value ?? '';
    const group = field('nhom')?.value ?? '';
    let shown = 0;
    for (const row of rows) {
      const ok =
        (!agency || (row.dataset['lead'] ?? '').split(' ').includes(agency)) &&
        (!window || (row.dataset['windows'] ?? '').split(' ').includes(window)) &&
        (!group || row.dataset['group'] === group);
      row.toggleAttribute('data-filtered-out', !ok);
      if (ok) shown += 1;
    }
    for (const body of bodies) {
      const visible = [...body.rows].some((r) => r.dataset['due'] !== undefined && !r.hasAttribute('data-filtered-out'));
      body.toggleAttribute('data-filtered-out', !visible);
    }
    const filtered = Boolean(agency || window || group);
    const text = filtered
      ? `Đang hiển thị ${shown} trên ${rows.length} nhiệm vụ.`
      : `Đang hiển thị tất cả ${rows.length} nhiệm vụ.`;
    if (announce || filtered) status.textContent = shown === 0 ? `${text} Không có nhiệm vụ nào khớp bộ lọc.` : text;
  };

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
  form.addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement;
    if (select.name === 'sap-xep') {
      sort = select.value === 'ascending' || select.value === 'descending' ? select.value : 'none';
      applySort();
      status.textContent = sortMessages[sort];
      return;
    }
    apply(true);
  });
  form.addEventListener('reset', () =>
    setTimeout(() => {
      sort = 'none';
      applySort();
      apply(true);
    }, 0),
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(true);
  });

  // A link to a task that the current filters hide would land nowhere: clear the filters first.
  const reveal = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target && table.contains(target) && target.closest('[data-filtered-out]')) {
      form.reset();
      apply(false);
      target.scrollIntoView();
    }
  };
  window.addEventListener('hashchange', reveal);
  apply(false);
}
