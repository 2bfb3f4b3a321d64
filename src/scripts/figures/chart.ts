// The behaviour every figure shares, for each figure's custom element. Marks (`.fig-mark`, with the
// tooltip text in data-tip: written once on the wide drawing's marks, or filled in from the row of
// the figure's table that has the mark's key, or brought by the figure's own element: the
// timeline's from the chronology) get one tab stop per chart, arrow keys move
// between them, and a tooltip follows hover and focus. A drawing whose marks do not all have their
// words yet stays what it is without the script: one image, named by its title and description. The tooltip can be hovered, stays until the pointer or focus
// leaves, and Esc closes it (WCAG 1.4.13). The same facts are always in the table and the text.
// Nothing is wired until the figure comes within 300px of the viewport.
import { define } from '../define';

const HIDE_DELAY = 300;
const MARK = '.fig-mark';
/** A figure's drawings (wide and narrow). */
export const DRAWINGS = 'svg[data-marks]';

/** What a figure's own behaviour (the timeline's) uses of the shared one. */
export interface Chart {
  /** Makes the marks of each drawing whose marks all have their words reachable, and shows the tooltip waiting for its words. */
  label(): void;
  /** Keeps exactly one visible mark of a drawing in the tab order. */
  rove(svg: Element, current?: Element): void;
  /** Hides the tooltip. */
  hide(): void;
}

/** The key of a mark or a table row: its data-… attributes but its words. */
const keyOf = (e: Element) =>
  [...e.attributes]
    .filter((a) => a.name.startsWith('data-') && a.name !== 'data-tip')
    .map((a) => a.name + a.value)
    .join();

/**
 * Gives each mark without words the words of what has the same key (its data-… attributes):
 * the wide drawing's mark (the narrow drawing's marks borrow them), or a row of the figure's
 * table, whose template (`data-tip`, {0}, {1}… for the row's cells as printed) it fills. The
 * page carries each tooltip's words once, and the tables' numbers once.
 */
function shareTips(host: HTMLElement): void {
  const tips = new Map<string, string>();
  for (const m of host.querySelectorAll<SVGElement>('.fig-mark[data-tip]')) tips.set(keyOf(m), m.dataset.tip!);
  for (const table of host.querySelectorAll<HTMLTableElement>('table[data-tip]'))
    for (const row of table.tBodies[0]!.rows) {
      const cells = [...row.cells].map((c) => c.textContent.trim());
      tips.set(
        keyOf(row),
        table.dataset.tip!.replace(/\{(\d)\}/g, (_, i: string) => cells[+i]!),
      );
    }
  for (const m of host.querySelectorAll<SVGElement>('.fig-mark:not([data-tip])')) {
    const tip = tips.get(keyOf(m));
    if (tip) m.dataset.tip = tip;
  }
}

/** Adds the tooltip and wires every chart of the figure. */
function enhance(host: HTMLElement): Chart {
  let active: SVGElement | null = null;
  let dismissed: SVGElement | null = null;
  let timer = 0;
  /** The mark under the pointer while its words are on their way: shown when they arrive. */
  let waiting: SVGElement | null = null;

  const tip = document.createElement('div');
  tip.className = 'fig-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;

  /** The marks of a chart that are not filtered out, in document order. */
  const marksOf = (svg: Element) => [...svg.querySelectorAll<SVGElement>('.fig-mark:not(.is-filtered)')];

  const rove = (svg: Element, current?: Element) => {
    if (svg.getAttribute('role') !== 'group') return;
    const marks = marksOf(svg);
    const keep = current && marks.includes(current as SVGElement) ? current : marks[0];
    for (const m of svg.querySelectorAll(MARK)) m.setAttribute('tabindex', m === keep ? '0' : '-1');
  };

  /** Shows the tooltip for a mark, above it (below when there is no room), inside the figure. */
  const show = (mark: SVGElement) => {
    if (!mark.dataset.tip) {
      waiting = mark;
      return;
    }
    clearTimeout(timer);
    active?.classList.remove('is-active');
    active = mark;
    mark.classList.add('is-active');
    mark.ownerSVGElement?.classList.add('has-active');
    tip.textContent = mark.dataset.tip;
    tip.hidden = false;
    const anchor =
      mark.querySelector('[data-anchor]') ?? mark.querySelector(':scope > :not(.fig-hit):not(text)') ?? mark;
    const box = host.getBoundingClientRect();
    const r = anchor.getBoundingClientRect();
    const half = tip.offsetWidth / 2;
    const left = Math.min(Math.max(r.left + r.width / 2 - box.left, half), box.width - half);
    const above = r.top - tip.offsetHeight - 10 > 0;
    tip.classList.toggle('is-below', !above);
    tip.style.left = `${left}px`;
    tip.style.top = `${(above ? r.top : r.bottom) - box.top + (above ? -8 : 8)}px`;
  };

  const hide = () => {
    clearTimeout(timer);
    tip.hidden = true;
    active?.ownerSVGElement?.classList.remove('has-active');
    active?.classList.remove('is-active');
    active = null;
  };

  const hideSoon = () => {
    clearTimeout(timer);
    timer = window.setTimeout(hide, HIDE_DELAY);
  };

  /**
   * Makes each mark of every drawing reachable (a role, its words as its name, one tab stop per
   * drawing) once every mark of that drawing has its words, then shows the tooltip the pointer is
   * waiting for. Until then a drawing stays one image, as without the script.
   */
  const label = () => {
    for (const svg of host.querySelectorAll(`${DRAWINGS}:not([role="group"])`)) {
      const marks = [...svg.querySelectorAll<SVGElement>(MARK)];
      if (marks.some((m) => !m.dataset.tip)) continue;
      svg.setAttribute('role', 'group');
      for (const m of marks) {
        m.setAttribute('role', m.dataset.id ? 'link' : 'img');
        m.setAttribute('aria-label', m.dataset.tip!.replaceAll('\n', ', '));
      }
      rove(svg);
    }
    if (waiting?.matches(':hover')) show(waiting);
    waiting = null;
  };

  tip.addEventListener('pointerenter', () => clearTimeout(timer));
  tip.addEventListener('pointerleave', hideSoon);
  host.append(tip);
  host.classList.add('is-enhanced');
  shareTips(host);
  for (const svg of host.querySelectorAll<SVGSVGElement>(DRAWINGS)) {
    const markOf = (e: Event) => (e.target as Element).closest<SVGElement>(MARK);
    svg.addEventListener('pointerover', (e) => {
      const m = markOf(e);
      if (m && m !== dismissed) show(m);
    });
    svg.addEventListener('pointerout', (e) => {
      const m = markOf(e);
      if (m && !m.contains(e.relatedTarget as Node | null)) {
        if (m === dismissed) dismissed = null;
        hideSoon();
      }
    });
    svg.addEventListener('focusin', (e) => {
      const m = markOf(e);
      if (!m) return;
      rove(svg, m);
      dismissed = null;
      show(m);
    });
    svg.addEventListener('focusout', hide);
    svg.addEventListener('keydown', (e) => {
      const m = markOf(e);
      if (!m) return;
      const marks = marksOf(svg);
      const i = marks.indexOf(m);
      const next = {
        ArrowRight: i + 1,
        ArrowDown: i + 1,
        ArrowLeft: i - 1,
        ArrowUp: i - 1,
        Home: 0,
        End: marks.length - 1,
      }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      marks[Math.max(0, Math.min(marks.length - 1, next))]?.focus();
    });
  }
  label();
  // Esc: closes the tooltip without moving focus or the pointer; it stays closed for that mark.
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !active || tip.hidden) return;
    dismissed = active;
    hide();
  });
  // Fetched on the reader's first pointer on the figure (./on-demand.ts), the script comes after
  // it: the mark already pointed at shows its tooltip, as if the pointer had just come.
  const pointed = host.querySelector<SVGElement>('.fig-mark:hover');
  if (pointed) show(pointed);
  return { label, rove, hide };
}

/** The figures already wired, or waiting to come near: a figure moved in the page is not wired twice. */
const seen = new WeakSet<HTMLElement>();

/**
 * Defines a figure's element: the shared behaviour, wired once the figure comes within 300px of
 * the viewport, then the figure's own (`more`), if any.
 */
export function defineFigure(tag: string, more?: (host: HTMLElement, chart: Chart) => void): void {
  define(tag, (host) => {
    if (seen.has(host)) return;
    seen.add(host);
    const wire = () => {
      const chart = enhance(host);
      more?.(host, chart);
    };
    if (!('IntersectionObserver' in window)) return wire();
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        wire();
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(host);
  });
}
