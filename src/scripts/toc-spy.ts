// <toc-spy>: marks the table-of-contents link of the section being read with aria-current.
// The section in view is the last one whose top has passed a line a third of the way down the
// viewport; at the very bottom of the page it is the last section. Opening the page at a
// #fragment marks that section at once, and keeps it marked while its target is on screen
// (a short last section may never reach the reading line). Each change is announced on the
// window as a `toc-current` event.
import { fragmentId } from '../lib/fragment';

const READING_LINE = 1 / 3;

class TocSpy extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private sections: HTMLElement[] = [];
  private frame = 0;
  /** The element a #fragment opened; its section stays current while it is on screen. */
  private pinned: HTMLElement | null = null;
  private current: string | undefined;

  connectedCallback(): void {
    this.links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    this.sections = this.links
      .map((link) => document.getElementById(fragmentId(link.hash))?.closest<HTMLElement>('[data-section]'))
      .filter((el): el is HTMLElement => Boolean(el));
    if (!this.sections.length) return;
    addEventListener('scroll', this.schedule, { passive: true });
    addEventListener('resize', this.schedule, { passive: true });
    addEventListener('hashchange', this.fromHash);
    if (!this.fromHash()) this.update();
  }

  disconnectedCallback(): void {
    removeEventListener('scroll', this.schedule);
    removeEventListener('resize', this.schedule);
    removeEventListener('hashchange', this.fromHash);
  }

  private schedule = (): void => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.update());
  };

  /** Marks the section holding the element the URL's fragment names; true if there was one. */
  private fromHash = (): boolean => {
    const id = fragmentId(location.hash);
    const target = id ? document.getElementById(id) : null;
    const section = target?.closest<HTMLElement>('[data-section]');
    if (!section) return false;
    this.pinned = target;
    this.mark(section.dataset.section ?? '');
    return true;
  };

  private update(): void {
    if (this.pinned) {
      const { top, bottom } = this.pinned.getBoundingClientRect();
      if (bottom > 0 && top < innerHeight) {
        this.mark(this.pinned.closest<HTMLElement>('[data-section]')?.dataset.section ?? '');
        return;
      }
      this.pinned = null;
    }
    const line = innerHeight * READING_LINE;
    const atBottom = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    let current: HTMLElement | undefined;
    if (atBottom) current = this.sections.at(-1);
    else for (const section of this.sections) if (section.getBoundingClientRect().top <= line) current = section;
    this.mark(current?.dataset.section ?? '');
  }

  private mark(slug: string): void {
    if (slug === this.current) return;
    this.current = slug;
    for (const link of this.links) {
      if (link.hash.slice(1) === slug) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    // Tells other readers of the current section (the phones' <contents-bar>) that it changed.
    dispatchEvent(new Event('toc-current'));
  }
}

if (!customElements.get('toc-spy')) customElements.define('toc-spy', TocSpy);
