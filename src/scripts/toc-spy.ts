// <toc-spy>: marks the table-of-contents link of the section being read with aria-current.
// The section in view is the last one whose top has passed a line a third of the way down the
// viewport; at the very bottom of the page it is the last section. Opening the page at a
// #fragment marks that section at once, and keeps it marked while its target is on screen
// (a short last section may never reach the reading line). Each change is announced on the
// window as a `toc-current` event.
import { fragmentId } from '../lib/fragment';
import { define, onScroll } from './define';

const READING_LINE = 1 / 3;

/** The section (its [data-section] element) that holds an element. */
const sectionOf = (element: Element | null | undefined) => element?.closest<HTMLElement>('[data-section]');

define('toc-spy', (spy) => {
  const links = [...spy.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
  const sections = links
    .map((link) => sectionOf(document.getElementById(fragmentId(link.hash))))
    .filter((el): el is HTMLElement => Boolean(el));
  if (!sections.length) return;
  /** The element a #fragment opened; its section stays current while it is on screen. */
  let pinned: HTMLElement | null = null;
  let current: string | undefined;

  const mark = (section: HTMLElement | null | undefined) => {
    const slug = section?.dataset.section ?? '';
    if (slug === current) return;
    current = slug;
    for (const link of links) {
      if (link.hash.slice(1) === slug) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    // Tells other readers of the current section (the phones' <contents-bar>) that it changed.
    dispatchEvent(new Event('toc-current'));
  };

  /** Marks the section holding the element the URL's fragment names; true if there was one. */
  const fromHash = () => {
    const id = fragmentId(location.hash);
    const target = id ? document.getElementById(id) : null;
    const section = sectionOf(target);
    if (!section) return false;
    pinned = target;
    mark(section);
    return true;
  };

  const update = () => {
    if (pinned) {
      const { top, bottom } = pinned.getBoundingClientRect();
      if (bottom > 0 && top < innerHeight) return mark(sectionOf(pinned));
      pinned = null;
    }
    const line = innerHeight * READING_LINE;
    let section: HTMLElement | undefined;
    if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) section = sections.at(-1);
    else for (const s of sections) if (s.getBoundingClientRect().top <= line) section = s;
    mark(section);
  };

  onScroll(update);
  addEventListener('hashchange', fromHash);
  if (!fromHash()) update();
});
