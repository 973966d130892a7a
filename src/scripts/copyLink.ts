/**
 * Adds a "Chép liên kết" button after each self-link (a task's or target's anchor), or at the end of
 * the link's parent with `placeAtEnd`: it copies the full URL of that item and says so through a
 * shared live region. The links keep working on their own.
 */
export function copyLinkButtons(links: Iterable<HTMLAnchorElement>, placeAtEnd = false): void {
  if (!navigator.clipboard) return;
  let live = document.getElementById('thong-bao-chep');
  if (!live) {
    live = document.createElement('p');
    live.id = 'thong-bao-chep';
    live.className = 'visually-hidden';
    live.setAttribute('role', 'status');
    document.body.append(live);
  }
  const announcer = live;
  for (const link of links) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-link';
    button.textContent = 'Chép liên kết';
    // The listener does not wait for the clipboard; its own catch handles a refusal.
    button.addEventListener(
      'click',
      () =>
        void (async () => {
          const href = new URL(link.getAttribute('href') ?? '', location.href).href;
          try {
            await navigator.clipboard.writeText(href);
            announcer.textContent = `Đã chép liên kết: ${href}`;
            button.textContent = 'Đã chép';
            setTimeout(() => (button.textContent = 'Chép liên kết'), 2000);
          } catch {
            announcer.textContent = 'Không chép được; hãy bấm chuột phải vào số mục và chọn sao chép liên kết.';
          }
        })(),
    );
    if (placeAtEnd && link.parentElement) link.parentElement.append(button);
    else link.after(button);
  }
}
