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
import { defineFigure, DRAWINGS } from './chart';

defineFigure('timeline-chart', (host, chart) => {
  // The chronology page's address (the figure's link to it), where the events are listed.
  const chronology = host.querySelector<HTMLAnchorElement>('a[data-chronology]')!.href.split('#')[0]!;

  /**
   * Gives each mark the id and words of its event in the chronology page, fetched then (date ·
   * category · status, then the event): the item at the mark's place, if it is the same kind of
   * event. Rejects when the page cannot be fetched.
   */
  const tipsFromList = async () => {
    const response = await fetch(chronology);
    if (!response.ok) throw new Error(response.statusText);
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const items = doc.querySelectorAll<HTMLElement>('li.tl-event');
    for (const svg of host.querySelectorAll(DRAWINGS))
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
  };

  // The words come on the reader's first sign of interest (pointing at the figure, focus moving
  // into it, or the keyboard's Tab anywhere once the figure is near: a keyboard reader then has
  // them before reaching its marks); the marks are labelled when they come.
  let words: Promise<void> | undefined;
  const want = () => {
    words ??= tipsFromList().then(chart.label, () => {
      words = undefined; // not this time (offline, and not saved): ask again on the next
    });
  };
  host.addEventListener('pointerover', want);
  host.addEventListener('focusin', want);
  document.addEventListener('keydown', (e) => e.key === 'Tab' && want());
  if (host.matches(':hover, :focus-within')) want(); // the sign that fetched this script (./on-demand.ts)

  const bar = host.querySelector('[data-filters]');
  if (!bar) return;
  const buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-category]')];
  const after = bar.querySelector<HTMLButtonElement>('button[data-after]');
  // What the buttons choose, as the page first presses them: All, at any time.
  let category = 'all';
  let afterOnly = false;

  /** Hides the marks and key labels outside the choice, and says how many events show. */
  const apply = () => {
    // A mark's category is its colour class, fig-after marks an event after the article, and a key
    // label goes with the mark at its place. Each event counts once, however many drawings (wide,
    // narrow) mark it: by its place.
    const on = `.fig-mark${category === 'all' ? '' : `.fig-c-${category}`}${afterOnly ? '.fig-after' : ''}`;
    const shown = new Set<number>();
    let total = 0;
    for (const svg of host.querySelectorAll(DRAWINGS)) {
      const marks = [...svg.querySelectorAll('.fig-mark')];
      total = Math.max(total, marks.length);
      marks.forEach((m, i) => {
        const isOn = m.matches(on);
        m.classList.toggle('is-filtered', !isOn);
        if (isOn) shown.add(i);
      });
      for (const label of svg.querySelectorAll<SVGElement>('[data-label]'))
        label.classList.toggle('is-filtered', !marks[Number(label.dataset.label)]?.matches(on));
      chart.rove(svg);
    }
    chart.hide();
    // The words come from the page, in its language: templates with {shown} and {total}.
    const status = host.querySelector<HTMLElement>('[data-filter-status]');
    if (!status) return;
    const count = shown.size;
    const plural = new Intl.PluralRules(document.documentElement.lang || undefined).select(count);
    status.textContent = (status.dataset[plural === 'one' ? 'one' : 'other'] ?? '')
      .replace('{shown}', String(count))
      .replace('{total}', String(total));
  };

  for (const b of buttons) {
    b.disabled = false;
    // Presses one category button (or All) and releases the others.
    b.addEventListener('click', () => {
      category = b.dataset.category!;
      for (const other of buttons) other.setAttribute('aria-pressed', String(other === b));
      apply();
    });
  }
  if (after) {
    after.disabled = false;
    after.addEventListener('click', () => {
      afterOnly = !afterOnly;
      after.setAttribute('aria-pressed', String(afterOnly));
      apply();
    });
  }

  // A mark opens its event in the chronology: click, Enter or Space.
  // Its id comes with the words: a mark chosen before they arrive waits for them (without them,
  // the chronology opens at its top).
  const open = (e: Event) => {
    const mark = (e.target as Element).closest<SVGElement>('.fig-mark');
    if (!mark) return;
    e.preventDefault();
    want();
    void words?.then(() => {
      const id = mark.dataset.id;
      location.assign(id ? `${chronology}#${id}` : chronology);
    });
  };
  for (const svg of host.querySelectorAll(DRAWINGS)) {
    svg.addEventListener('click', open);
    svg.addEventListener(
      'keydown',
      (e) => ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') && open(e),
    );
  }
});
