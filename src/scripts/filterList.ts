/**
 * `<filter-list>`: the one filter behaviour of the site (a plan's task table, the timeline pages).
 * Without JavaScript the page lists everything and the form stays hidden; this element shows the
 * form and, on each change:
 * - hides items (`[data-filter-item]`) whose `data-filter-<name>` tokens lack a chosen value, and
 *   groups (`[data-filter-group]`) left empty, updating each group's `[data-group-count]`;
 * - computes the status filter (`trang-thai`) from each item's `data-due` against the visitor's date;
 * - says how many items remain (`[data-result-count]`, a live region);
 * - keeps the state in the URL query (`?co-quan=cong-an&trang-thai=da-qua-han`) so a filtered view
 *   can be shared, and reads it back on load;
 * - makes a CSV link (`a[data-filter-csv]`) download only the rows shown.
 * A select with `data-navigate` is navigation, not a filter: its options are page URLs (a year, a
 * province) and choosing one opens that page with the current filters.
 */
import { dueStatusKey } from '../lib/site/dueStatus.ts';
import { csvKeepingIds, filterCountMessage, filteredFileName, filterQuery, passesFilters, readFilterState, type FilterState } from '../lib/site/filterList.ts';
import { localToday } from './localDate.ts';

class FilterList extends HTMLElement {
  #form: HTMLFormElement | null = null;
  #items: HTMLElement[] = [];
  #groups: HTMLElement[] = [];
  #filters: HTMLSelectElement[] = [];
  #shown = 0;

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form[data-filter-form]');
    if (!form) return;
    this.#form = form;
    this.#items = [...this.querySelectorAll<HTMLElement>('[data-filter-item]')];
    this.#groups = [...this.querySelectorAll<HTMLElement>('[data-filter-group]')];
    this.#filters = [...form.querySelectorAll<HTMLSelectElement>('select[data-filter]')];

    const today = localToday();
    for (const item of this.#items) {
      const due = item.dataset['due'];
      // The status filter (`trang-thai`) reads tokens computed here, against the visitor's date.
      if (due) item.dataset['filterTrangThai'] = dueStatusKey(due, today);
    }

    const allowed = new Map(this.#filters.map((s) => [s.name, new Set([...s.options].map((o) => o.value).filter(Boolean))]));
    const state = readFilterState(new URLSearchParams(location.search), allowed);
    for (const select of this.#filters) select.value = state[select.name] ?? '';

    form.hidden = false;
    form.addEventListener('change', (event) => {
      const select = event.target as HTMLSelectElement;
      if (select.hasAttribute('data-navigate')) this.#navigate(select);
      else if (select.hasAttribute('data-filter')) this.#apply(true);
    });
    form.addEventListener('reset', () => setTimeout(() => this.#apply(true), 0));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#apply(true);
    });
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-filter-csv]')) {
      link.addEventListener('click', (event) => void this.#downloadShown(event, link));
    }
    window.addEventListener('hashchange', () => this.#reveal());
    this.#apply(false);
    this.#reveal();
  }

  /** The chosen filters, by name. */
  get state(): FilterState {
    const state: FilterState = {};
    for (const select of this.#filters) if (select.value) state[select.name] = select.value;
    return state;
  }

  #names(): string[] {
    return this.#filters.map((s) => s.name);
  }

  #apply(announce: boolean): void {
    const state = this.state;
    let shown = 0;
    for (const item of this.#items) {
      const ok = passesFilters(state, (name) => item.getAttribute(`data-filter-${name}`) ?? undefined);
      item.toggleAttribute('data-filtered-out', !ok);
      if (ok) shown += 1;
    }
    for (const group of this.#groups) {
      const visible = group.querySelectorAll('[data-filter-item]:not([data-filtered-out])').length;
      group.toggleAttribute('data-filtered-out', visible === 0);
      const count = group.querySelector('[data-group-count]');
      if (count) count.textContent = String(visible);
    }
    this.#shown = shown;
    const filtered = Object.keys(state).length > 0;
    const status = this.querySelector<HTMLElement>('[data-result-count]');
    if (status && (announce || filtered)) status.textContent = filterCountMessage(shown, this.#items.length, this.dataset['noun'] ?? 'mục', filtered);
    for (const label of this.querySelectorAll<HTMLElement>('[data-filter-csv-label]')) {
      label.textContent = filtered ? `(${shown} ${this.dataset['noun'] ?? 'mục'} đang hiển thị)` : '';
    }
    const query = filterQuery(state, this.#names());
    if (query !== location.search) history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
    this.dispatchEvent(new CustomEvent('filter-list:applied', { bubbles: true }));
  }

  #navigate(select: HTMLSelectElement): void {
    if (!select.value) return;
    location.assign(`${select.value}${filterQuery(this.state, this.#names())}`);
  }

  /** A link to an item that the filters hide would land nowhere: clear the filters first. */
  #reveal(): void {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? document.getElementById(id) : null;
    if (target && this.contains(target) && target.closest('[data-filtered-out]')) {
      this.#form?.reset();
      for (const select of this.#filters) select.value = '';
      this.#apply(false);
      target.scrollIntoView();
    }
  }

  /** With a filter on, the CSV link downloads the full file's rows for the shown items only. */
  async #downloadShown(event: MouseEvent, link: HTMLAnchorElement): Promise<void> {
    const state = this.state;
    if (Object.keys(state).length === 0) return; // the static file is exactly what is shown
    event.preventDefault();
    const ids = new Set(this.#items.filter((i) => !i.hasAttribute('data-filtered-out')).map((i) => i.id));
    const response = await fetch(link.href);
    if (!response.ok) {
      location.assign(link.href);
      return;
    }
    const csv = csvKeepingIds(await response.text(), ids);
    const blob = new Blob([csv], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = filteredFileName(link.getAttribute('download') || link.pathname.split('/').pop() || 'du-lieu.csv', state, this.#names());
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }

  /** How many items the filters show. */
  get shown(): number {
    return this.#shown;
  }
}

if (!customElements.get('filter-list')) customElements.define('filter-list', FilterList);
