// The behaviour every figure shares, as a base custom element. Marks (`.fig-mark`, with the
// tooltip text in data-tip: written once on the wide drawing's marks, or filled in from the row of
// the figure's table that has the mark's key, or brought by the figure's own element: the
// timeline's from the chronology) get one tab stop per chart, arrow keys move
// between them, and a tooltip follows hover and focus. A drawing whose marks do not all have their
// words yet stays what it is without the script: one image, named by its title and description. The tooltip can be hovered, stays until the pointer or focus
// leaves, and Esc closes it (WCAG 1.4.13). The same facts are always in the table and the text.
// Nothing is wired until the figure comes within 300px of the viewport.

const HIDE_DELAY = 300;

export class FigureChart extends HTMLElement {
  protected tip?: HTMLDivElement;
  private active: SVGElement | null = null;
  private dismissed: SVGElement | null = null;
  private timer = 0;
  /** The mark under the pointer while its words are on their way: shown when they arrive. */
  private waiting: SVGElement | null = null;

  connectedCallback(): void {
    if (this.tip || this.dataset.waiting) return;
    if (!('IntersectionObserver' in window)) return this.enhance();
    this.dataset.waiting = '';
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        delete this.dataset.waiting;
        this.enhance();
      },
      { rootMargin: '300px 0px' },
    );
    observer.observe(this);
  }

  /** Adds the tooltip and wires every chart of the figure. */
  protected enhance(): void {
    const tip = document.createElement('div');
    tip.className = 'fig-tip';
    tip.setAttribute('role', 'tooltip');
    tip.hidden = true;
    tip.addEventListener('pointerenter', () => clearTimeout(this.timer));
    tip.addEventListener('pointerleave', () => this.hideSoon());
    this.append(tip);
    this.tip = tip;
    this.classList.add('is-enhanced');
    this.shareTips();
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg[data-marks]')) this.wire(svg);
    this.label();
    document.addEventListener('keydown', (e) => e.key === 'Escape' && this.dismiss());
    // Fetched on the reader's first pointer on the figure (./on-demand.ts), the script comes after
    // it: the mark already pointed at shows its tooltip, as if the pointer had just come.
    const pointed = this.querySelector<SVGElement>('.fig-mark:hover');
    if (pointed) this.show(pointed);
  }

  /**
   * Gives each mark without words the words of what has the same key (its data-… attributes):
   * the wide drawing's mark (the narrow drawing's marks borrow them), or a row of the figure's
   * table, whose template (`data-tip`, {0}, {1}… for the row's cells as printed) it fills. The
   * page carries each tooltip's words once, and the tables' numbers once.
   */
  private shareTips(): void {
    const keyOf = (e: Element) =>
      [...e.attributes]
        .filter((a) => a.name.startsWith('data-') && a.name !== 'data-tip')
        .map((a) => a.name + a.value)
        .join();
    const tips = new Map<string, string>();
    for (const m of this.querySelectorAll<SVGElement>('.fig-mark[data-tip]')) tips.set(keyOf(m), m.dataset.tip!);
    for (const table of this.querySelectorAll<HTMLTableElement>('table[data-tip]'))
      for (const row of table.tBodies[0]!.rows) {
        const cells = [...row.cells].map((c) => c.textContent.trim());
        tips.set(
          keyOf(row),
          table.dataset.tip!.replace(/\{(\d)\}/g, (_, i: string) => cells[+i]!),
        );
      }
    for (const m of this.querySelectorAll<SVGElement>('.fig-mark:not([data-tip])')) {
      const tip = tips.get(keyOf(m));
      if (tip) m.dataset.tip = tip;
    }
  }

  /** The marks of a chart that are not filtered out, in document order. */
  protected marks(svg: Element): SVGElement[] {
    return [...svg.querySelectorAll<SVGElement>('.fig-mark')].filter((m) => !m.classList.contains('is-filtered'));
  }

  /** Keeps exactly one visible mark of the chart in the tab order (once the marks are labelled). */
  protected rove(svg: Element, current?: Element): void {
    if (svg.getAttribute('role') !== 'group') return;
    const marks = this.marks(svg);
    const keep = current && marks.includes(current as SVGElement) ? current : marks[0];
    for (const m of svg.querySelectorAll('.fig-mark')) m.setAttribute('tabindex', m === keep ? '0' : '-1');
  }

  /**
   * Makes each mark of every drawing reachable (a role, its words as its name, one tab stop per
   * drawing) once every mark of that drawing has its words, then shows the tooltip the pointer is
   * waiting for. Until then a drawing stays one image, as without the script.
   */
  protected label(): void {
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg[data-marks]:not([role="group"])')) {
      const marks = [...svg.querySelectorAll<SVGElement>('.fig-mark')];
      if (marks.some((m) => !m.dataset.tip)) continue;
      svg.setAttribute('role', 'group');
      for (const m of marks) {
        m.setAttribute('role', m.dataset.id ? 'link' : 'img');
        m.setAttribute('aria-label', m.dataset.tip!.replaceAll('\n', ', '));
      }
      this.rove(svg);
    }
    if (this.waiting?.matches(':hover')) this.show(this.waiting);
    this.waiting = null;
  }

  private wire(svg: SVGSVGElement): void {
    const markOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest<SVGElement>('.fig-mark') : null;
    svg.addEventListener('pointerover', (e) => {
      const m = markOf(e.target);
      if (m && m !== this.dismissed) this.show(m);
    });
    svg.addEventListener('pointerout', (e) => {
      const m = markOf(e.target);
      if (m && !m.contains(e.relatedTarget as Node | null)) {
        if (m === this.dismissed) this.dismissed = null;
        this.hideSoon();
      }
    });
    svg.addEventListener('focusin', (e) => {
      const m = markOf(e.target);
      if (!m) return;
      this.rove(svg, m);
      this.dismissed = null;
      this.show(m);
    });
    svg.addEventListener('focusout', () => this.hide());
    svg.addEventListener('keydown', (e) => {
      const m = markOf(e.target);
      if (!m) return;
      const marks = this.marks(svg);
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

  /** Shows the tooltip for a mark, above it (below when there is no room), inside the figure. */
  protected show(mark: SVGElement): void {
    const tip = this.tip;
    if (!tip) return;
    if (!mark.dataset.tip) {
      this.waiting = mark;
      return;
    }
    clearTimeout(this.timer);
    this.active?.classList.remove('is-active');
    this.active = mark;
    mark.classList.add('is-active');
    mark.ownerSVGElement?.classList.add('has-active');
    tip.textContent = mark.dataset.tip;
    tip.hidden = false;
    const anchor =
      mark.querySelector('[data-anchor]') ?? mark.querySelector(':scope > :not(.fig-hit):not(text)') ?? mark;
    const host = this.getBoundingClientRect();
    const r = anchor.getBoundingClientRect();
    const half = tip.offsetWidth / 2;
    const left = Math.min(Math.max(r.left + r.width / 2 - host.left, half), host.width - half);
    const above = r.top - tip.offsetHeight - 10 > 0;
    tip.classList.toggle('is-below', !above);
    tip.style.left = `${left}px`;
    tip.style.top = `${(above ? r.top : r.bottom) - host.top + (above ? -8 : 8)}px`;
  }

  protected hide(): void {
    clearTimeout(this.timer);
    if (this.tip) this.tip.hidden = true;
    this.active?.ownerSVGElement?.classList.remove('has-active');
    this.active?.classList.remove('is-active');
    this.active = null;
  }

  private hideSoon(): void {
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.hide(), HIDE_DELAY);
  }

  /** Esc: closes the tooltip without moving focus or the pointer; it stays closed for that mark. */
  private dismiss(): void {
    if (!this.active || this.tip?.hidden) return;
    this.dismissed = this.active;
    this.hide();
  }
}

/** Defines a figure element once. */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
