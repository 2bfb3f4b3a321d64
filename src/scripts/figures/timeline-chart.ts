// <timeline-chart>: the shared tooltips and keyboard movement, plus the filter. The filter's
// buttons are in the HTML, hidden until this script runs: one group of toggle buttons (All, then
// one per category; exactly one is pressed, and pressing one isolates its category), and an
// "only after the article" toggle. Marks and key labels outside the choice are hidden; the status
// line says how many events show (in the page's words, from the templates on it). A mark opens its
// event in the chronology page (the figure's link to it).
// The marks carry no words in the page: the chronology of the page's language holds them, and is
// fetched when the reader first points at the figure, moves focus into it, or presses Tab once it
// is near (never on a visit that does none of these). Until then, or when it cannot be fetched,
// the drawing is the image it is without the script, and the link under it leads to the chronology.
// Each drawing's marks are the chronology's events in its order: a mark takes its event's id and
// words from the item at its place (TimelineFigure.astro), when that item's category and status
// are the mark's (else, as from an older copy of the chronology, the mark stays without words).
import { define, FigureChart } from './chart';

class TimelineChart extends FigureChart {
  private buttons: HTMLButtonElement[] = [];
  private afterButton?: HTMLButtonElement | null;
  private words?: Promise<void>;

  protected override enhance(): void {
    super.enhance();
    // The words come on the reader's first sign of interest (pointing at the figure, focus moving
    // into it, or the keyboard's Tab anywhere once the figure is near: a keyboard reader then has
    // them before reaching its marks); the marks are labelled when they come.
    const want = () => {
      this.words ??= this.tipsFromList().then(
        () => this.label(),
        () => {
          this.words = undefined; // not this time (offline, and not saved): ask again on the next
        },
      );
    };
    this.addEventListener('pointerover', want);
    this.addEventListener('focusin', want);
    document.addEventListener('keydown', (e) => e.key === 'Tab' && want());
    if (this.matches(':hover, :focus-within')) want(); // the sign that fetched this script (./on-demand.ts)
    const bar = this.querySelector<HTMLElement>('[data-filters]');
    if (!bar) return;
    this.buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-category]')];
    this.afterButton = bar.querySelector<HTMLButtonElement>('button[data-after]');
    for (const b of [...this.buttons, this.afterButton]) if (b) b.disabled = false;
    for (const b of this.buttons) b.addEventListener('click', () => this.choose(b.dataset.category!));
    this.afterButton?.addEventListener('click', () => {
      this.afterButton!.setAttribute('aria-pressed', String(this.afterButton!.getAttribute('aria-pressed') !== 'true'));
      this.apply();
    });
    // A mark opens its event in the chronology: click, Enter or Space.
    // Its id comes with the words: a mark chosen before they arrive waits for them (without them,
    // the chronology opens at its top).
    const open = (e: Event) => {
      const mark = (e.target as Element).closest<SVGElement>('.fig-mark');
      if (!mark) return;
      e.preventDefault();
      want();
      void this.words?.then(() => {
        const id = mark.dataset.id;
        location.assign(id ? `${this.chronology}#${id}` : this.chronology);
      });
    };
    for (const svg of this.querySelectorAll('svg[data-marks]')) {
      svg.addEventListener('click', open);
      svg.addEventListener(
        'keydown',
        (e) => ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') && open(e),
      );
    }
  }

  /** Presses one category button (or All) and releases the others. */
  private choose(category: string): void {
    for (const b of this.buttons) b.setAttribute('aria-pressed', String(b.dataset.category === category));
    this.apply();
  }

  /** The chronology page's address (the figure's link to it), where the events are listed. */
  private get chronology(): string {
    return this.querySelector<HTMLAnchorElement>('a[data-chronology]')!.href.split('#')[0]!;
  }

  /**
   * Gives each mark the id and words of its event in the chronology page, fetched then (date ·
   * category · status, then the event): the item at the mark's place, if it is the same kind of
   * event. Rejects when the page cannot be fetched.
   */
  private async tipsFromList(): Promise<void> {
    const response = await fetch(this.chronology);
    if (!response.ok) throw new Error(response.statusText);
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const items = [...doc.querySelectorAll<HTMLElement>('li.tl-event')];
    for (const svg of this.querySelectorAll('svg[data-marks]'))
      svg.querySelectorAll<SVGElement>('.fig-mark').forEach((mark, i) => {
        const item = items[i];
        if (
          !item ||
          !mark.classList.contains(`fig-c-${item.dataset.category}`) ||
          mark.classList.contains('fig-after') !== (item.dataset.status === 'after')
        )
          return;
        const text = (selector: string) => item.querySelector(selector)?.textContent.trim();
        mark.dataset.id = item.id;
        mark.dataset.tip = `${text('time')} · ${text('.tl-cat')} · ${text('.tl-badge')}\n${text('.tl-text')}`;
      });
  }

  private apply(): void {
    const category = this.buttons.find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset.category ?? 'all';
    const afterOnly = this.afterButton?.getAttribute('aria-pressed') === 'true';
    // A mark's category is its colour class, fig-after marks an event after the article, and a key
    // label goes with the mark at its place. Each event counts once, however many drawings (wide,
    // narrow) mark it: by its place.
    const shown = new Set<number>();
    let total = 0;
    const isOn = (m: Element | undefined) =>
      !!m &&
      (category === 'all' || m.classList.contains(`fig-c-${category}`)) &&
      (!afterOnly || m.classList.contains('fig-after'));
    for (const svg of this.querySelectorAll('svg[data-marks]')) {
      const marks = [...svg.querySelectorAll<SVGElement>('.fig-mark')];
      total = Math.max(total, marks.length);
      marks.forEach((m, i) => {
        const on = isOn(m);
        m.classList.toggle('is-filtered', !on);
        if (on) shown.add(i);
      });
      for (const label of svg.querySelectorAll<SVGElement>('[data-label]'))
        label.classList.toggle('is-filtered', !isOn(marks[Number(label.dataset.label)]));
    }
    for (const svg of this.querySelectorAll('svg[data-marks]')) this.rove(svg);
    this.hide();
    // The words come from the page, in its language: templates with {shown} and {total}.
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (!status) return;
    const count = shown.size;
    const plural = new Intl.PluralRules(document.documentElement.lang || undefined).select(count);
    const template = (plural === 'one' ? status.dataset.one : status.dataset.other) ?? '';
    status.textContent = template.replace('{shown}', String(count)).replace('{total}', String(total));
  }
}

define('timeline-chart', TimelineChart);
