// <contents-bar>: the phones' bar on the one-page explainer. It shows once the contents (<toc-spy>)
// have scrolled out of view above, names the section <toc-spy> marks as current, and opens a copy
// of the contents in a modal <dialog>. Esc, the close button or a tap outside close it and return
// focus to the button that opened it; a choice closes it and moves focus to the chosen heading. Fixed in position, so showing it shifts nothing.

import { fragmentId } from '../lib/fragment';

class ContentsBar extends HTMLElement {
  private toc?: HTMLElement;
  private frame = 0;

  connectedCallback(): void {
    const toc = document.querySelector<HTMLElement>('toc-spy .toc');
    const dialog = this.querySelector('dialog');
    const open = this.querySelector<HTMLButtonElement>('.contents-bar-open');
    if (!toc || !dialog || !open) return;
    this.toc = toc;
    addEventListener('scroll', this.schedule, { passive: true });
    addEventListener('resize', this.schedule, { passive: true });
    this.place();
    addEventListener('toc-current', this.current);
    this.current();
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
      if (event.clientX < left || event.clientX > right || event.clientY < top || event.clientY > bottom)
        dialog.close(); // a tap on the backdrop
      const link = (event.target as Element).closest('a');
      if (!link) return;
      // A choice: close, let the link scroll to its section, then move focus to its heading.
      dialog.close();
      const heading = document.getElementById(fragmentId(link.hash));
      if (!heading) return;
      if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
      setTimeout(() => heading.focus({ preventScroll: true }));
    });
  }

  disconnectedCallback(): void {
    removeEventListener('scroll', this.schedule);
    removeEventListener('resize', this.schedule);
    removeEventListener('toc-current', this.current);
  }

  private schedule = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(this.place);
  };

  /** Shown once the whole of the contents is above the top of the window. */
  private place = (): void => {
    if (this.toc) this.hidden = this.toc.getBoundingClientRect().bottom > 0;
  };

  /** Shows the title of the section <toc-spy> marks as current. */
  private current = (): void => {
    const link = document.querySelector('toc-spy a[aria-current]');
    const slot = this.querySelector('[data-current]');
    if (slot) slot.textContent = link?.textContent ?? '';
  };
}

if (!customElements.get('contents-bar')) customElements.define('contents-bar', ContentsBar);
