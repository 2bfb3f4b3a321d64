// <contents-bar>: the phones' bar on the one-page explainer. It shows once the contents (<toc-spy>)
// have scrolled out of view above, names the section <toc-spy> marks as current, and opens a copy
// of the contents in a modal <dialog>. Esc, the close button or a tap outside close it and return
// focus to the button that opened it; a choice closes it and moves focus to the chosen heading. Fixed in position, so showing it shifts nothing.

import { fragmentId } from '../lib/fragment';
import { define, onScroll } from './define';

define('contents-bar', (bar) => {
  const toc = document.querySelector<HTMLElement>('toc-spy .toc');
  const dialog = bar.querySelector('dialog');
  const open = bar.querySelector('.contents-bar-open');
  if (!toc || !dialog || !open) return;
  /** Shown once the whole of the contents is above the top of the window. */
  const place = () => (bar.hidden = toc.getBoundingClientRect().bottom > 0);
  /** Shows the title of the section <toc-spy> marks as current. */
  const current = () => {
    const link = document.querySelector('toc-spy a[aria-current]');
    const slot = bar.querySelector('[data-current]');
    if (slot) slot.textContent = link?.textContent ?? '';
  };
  onScroll(place);
  place();
  addEventListener('toc-current', current);
  current();
  open.addEventListener('click', () => {
    dialog.querySelector('ol')?.remove();
    const list = toc.querySelector('ol')!.cloneNode(true) as HTMLOListElement;
    dialog.append(list);
    dialog.showModal();
    (list.querySelector<HTMLElement>('[aria-current]') ?? list.querySelector('a'))?.focus();
  });
  // A plain button, not a <form method="dialog">: the pages allow no forms (form-action 'none').
  dialog.querySelector('.contents-dialog-close')?.addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => {
    const { left, right, top, bottom } = dialog.getBoundingClientRect();
    if (event.clientX < left || event.clientX > right || event.clientY < top || event.clientY > bottom) dialog.close(); // a tap on the backdrop
    const link = (event.target as Element).closest('a');
    if (!link) return;
    // A choice: close, let the link scroll to its section, then move focus to its heading.
    dialog.close();
    const heading = document.getElementById(fragmentId(link.hash));
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    setTimeout(() => heading.focus({ preventScroll: true }));
  });
});
