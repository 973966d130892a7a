/**
 * "/" moves the focus to the search box, as on many sites, unless the visitor is typing in a field:
 * the search page's own box (`[data-search-input]`), else the header's. Installed by the search
 * page; small and self-contained so the header could include it on every page, which the site does
 * not do today (pages without charts or search carry no JavaScript).
 */
const FLAG = 'searchSlashKey';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
}

/** Installs the key handler once per page. */
export function installSlashKey(): void {
  const root = document.documentElement;
  if (root.dataset[FLAG] === '1') return;
  root.dataset[FLAG] = '1';
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTyping(event.target)) return;
    const box =
      document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('form[role="search"] input[name="q"]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
