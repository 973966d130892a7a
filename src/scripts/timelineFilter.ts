/**
 * Filters the all-plans timeline by province, level and agency. The full list is in the page;
 * this only hides entries (and months left empty), keeps each month's count right and announces
 * how many entries remain. The filter state is kept in the URL query (?tinh=…&cap=…&co-quan=…) so a
 * filtered view can be shared; other pages link to it that way.
 */
const form = document.querySelector<HTMLFormElement>('form[data-timeline-filters]');
const resultCount = document.querySelector<HTMLElement>('[data-result-count]');

if (form && resultCount) {
  const entries = [...document.querySelectorAll<HTMLLIElement>('.timeline li[data-level]')];
  const months = [...document.querySelectorAll<HTMLLIElement>('.timeline > li[data-month]')];
  const select = (name: string) => form.elements.namedItem(name) as HTMLSelectElement | null;
  const names = ['tinh', 'cap', 'co-quan'] as const;

  const params = new URLSearchParams(location.search);
  for (const name of names) {
    const el = select(name);
    const value = params.get(name);
    if (el && value && [...el.options].some((o) => o.value === value)) el.value = value;
  }

  const apply = (announce: boolean) => {
    const [province, level, agency] = names.map((n) => select(n)?.value ?? '');
    let shown = 0;
    for (const li of entries) {
      const ok =
        (!province || li.dataset['province'] === province) &&
        (!level || li.dataset['level'] === level) &&
        (!agency || (li.dataset['agencies'] ?? '').split(' ').includes(agency));
      li.toggleAttribute('data-filtered-out', !ok);
      if (ok) shown += 1;
    }
    for (const month of months) {
      const visible = month.querySelectorAll('li[data-level]:not([data-filtered-out])').length;
      month.toggleAttribute('data-filtered-out', visible === 0);
      const count = month.querySelector('[data-month-count]');
      if (count) count.textContent = String(visible);
    }
    const filtered = Boolean(province || level || agency);
    if (announce || filtered) {
      resultCount.textContent = filtered
        ? `Đang hiển thị ${shown} trên ${entries.length} mốc.${shown === 0 ? ' Không có mốc nào khớp bộ lọc.' : ''}`
        : `Đang hiển thị tất cả ${entries.length} mốc.`;
    }
    const query = new URLSearchParams();
    names.forEach((n, i) => {
      const v = [province, level, agency][i];
      if (v) query.set(n, v);
    });
    const search = query.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  form.hidden = false;
  form.addEventListener('change', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true), 0));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    apply(true);
  });
  apply(false);
}

export {};
