/**
 * "/" moves the focus to the search box, as on many sites, unless the visitor is typing in a field.
 * On the search page it is the page's own box (`[data-search-input]`), elsewhere the header's.
 * Tiny on purpose: it is the only search code on pages other than /tim-kiem/.
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
      document.querySelector<HTMLInputElement>('[data-search-input]') ??
      document.querySelector<HTMLInputElement>('form[role="search"] input[name="q"]');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
