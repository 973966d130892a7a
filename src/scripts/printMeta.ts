/**
 * Fills the print-only line of every page with the address the reader is on and the day they
 * print, so a printed plan says where it came from and when (the page without JavaScript prints
 * the site's address and the day the page was built, and says so).
 */
import { formatViDate } from '../lib/deadline/formatDeadline.ts';
import { localToday } from './localDate.ts';

function fill(): void {
  const line = document.querySelector<HTMLElement>('[data-print-meta]');
  if (!line) return;
  const address = line.querySelector('[data-print-url]');
  const date = line.querySelector('[data-print-date]');
  const label = line.querySelector('[data-print-date-label]');
  if (address) address.textContent = location.href;
  if (date) date.textContent = formatViDate(localToday());
  if (label) label.textContent = 'Ngày in:';
}

fill();
window.addEventListener('beforeprint', fill);
