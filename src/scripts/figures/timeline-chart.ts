// <timeline-chart>: the shared tooltips and keyboard movement, plus the filter. The filter's
// buttons are in the HTML, hidden until this script runs: one group of toggle buttons (All, then
// one per category; exactly one is pressed, and pressing one isolates its category), and an
// "only after the article" toggle. Marks, key labels and list items outside the choice are
// hidden; the status line says how many events show (in the page's words, from the templates on
// it). An event opened by its #fragment is always shown, whatever the filter. A mark opens its
// event: in the list on the page, or in the chronology page when the page has no list.
// The marks carry no words in the page: the chronology of the page's language holds them, and is
// fetched when the reader first points at the figure, moves focus into it, or presses Tab once it
// is near (never on a visit that does none of these). Until then, or when it cannot be fetched,
// the drawing is the image it is without the script, and the link under it leads to the chronology.
import { define, FigureChart } from './chart';
import { fragmentId } from '../../lib/fragment';

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
    // A mark opens its event in the list: click, Enter or Space.
    const open = (e: Event) => {
      const id = (e.target as Element).closest<SVGElement>('.fig-mark')?.dataset.id;
      if (!id) return;
      e.preventDefault();
      if (document.getElementById(id) || !this.chronology) location.hash = id;
      else location.assign(`${this.chronology}#${id}`);
    };
    for (const svg of this.querySelectorAll('svg[data-marks]')) {
      svg.addEventListener('click', open);
      svg.addEventListener(
        'keydown',
        (e) => ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') && open(e),
      );
    }
    addEventListener('hashchange', () => this.reveal());
    this.reveal();
  }

  /** Presses one category button (or All) and releases the others. */
  private choose(category: string): void {
    for (const b of this.buttons) b.setAttribute('aria-pressed', String(b.dataset.category === category));
    this.apply();
  }

  /** The chronology page's address (the figure's link to it), where the events are listed. */
  private get chronology(): string | undefined {
    return this.querySelector<HTMLAnchorElement>('a[data-chronology]')?.href.split('#')[0];
  }

  /**
   * Gives each mark the words of its event (date · category · status, then the event), from the
   * list on this page, or else from the chronology page, fetched then. Rejects when it cannot be
   * fetched.
   */
  private async tipsFromList(): Promise<void> {
    const marks = [...this.querySelectorAll<SVGElement>('.fig-mark[data-id]:not([data-tip])')];
    if (!marks.length) return;
    const fill = (doc: Document) => {
      for (const mark of marks) {
        const item = doc.getElementById(mark.dataset.id ?? '');
        const text = (selector: string) => item?.querySelector(selector)?.textContent?.trim() ?? '';
        if (item) mark.dataset.tip = `${text('time')} · ${text('.tl-cat')} · ${text('.tl-badge')}\n${text('.tl-text')}`;
      }
    };
    if (document.getElementById(marks[0]!.dataset.id ?? '') || !this.chronology) return fill(document);
    const response = await fetch(this.chronology);
    if (!response.ok) throw new Error(`${this.chronology}: ${response.status}`);
    fill(new DOMParser().parseFromString(await response.text(), 'text/html'));
  }

  /** Shows every event again when the URL's fragment names one the filter hides. */
  private reveal(): void {
    const target = document.getElementById(fragmentId(location.hash));
    if (target && this.contains(target) && target.classList.contains('is-filtered')) {
      this.afterButton?.setAttribute('aria-pressed', 'false');
      this.choose('all');
      target.scrollIntoView();
    }
  }

  private apply(): void {
    const category = this.buttons.find((b) => b.getAttribute('aria-pressed') === 'true')?.dataset.category ?? 'all';
    const afterOnly = this.afterButton?.getAttribute('aria-pressed') === 'true';
    // Each event counts once, however many drawings (wide, narrow) mark it.
    const shown = new Set<string>();
    for (const el of this.querySelectorAll<HTMLElement | SVGElement>('[data-category]:not(button)')) {
      const on =
        (category === 'all' || el.dataset.category === category) && (!afterOnly || el.dataset.status === 'after');
      el.classList.toggle('is-filtered', !on);
      if (on && el.classList.contains('fig-mark')) shown.add(el.dataset.id ?? '');
    }
    for (const svg of this.querySelectorAll('svg[data-marks]')) this.rove(svg);
    this.hide();
    // The words come from the page, in its language: templates with {shown} and {total}.
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (!status) return;
    const count = shown.size;
    const total = new Set([...this.querySelectorAll<SVGElement>('.fig-mark[data-category]')].map((m) => m.dataset.id))
      .size;
    const plural = new Intl.PluralRules(document.documentElement.lang || undefined).select(count);
    const template = (plural === 'one' ? status.dataset.one : status.dataset.other) ?? '';
    status.textContent = template.replace('{shown}', String(count)).replace('{total}', String(total));
  }
}

define('timeline-chart', TimelineChart);
