// <timeline-chart>: the shared tooltips and keyboard movement, plus the filter by category. The
// filter buttons are in the HTML, hidden until this script runs; each toggles aria-pressed and
// hides or shows that category's marks and list items, and says how many events show (in the
// page's words, from the templates on the status line). An event opened by its #fragment is
// always shown, whatever the filter.
import { fragmentId } from '../../lib/fragment';
import { define, FigureChart } from './chart';

class TimelineChart extends FigureChart {
  private buttons: HTMLButtonElement[] = [];

  protected override enhance(): void {
    this.tipsFromList();
    super.enhance();
    const bar = this.querySelector<HTMLElement>('[data-filters]');
    if (!bar) return;
    this.buttons = [...bar.querySelectorAll<HTMLButtonElement>('button[data-category]')];
    for (const b of this.buttons) {
      b.disabled = false;
      b.addEventListener('click', () => {
        b.setAttribute('aria-pressed', String(b.getAttribute('aria-pressed') !== 'true'));
        this.apply();
      });
    }
    // A mark opens its event in the list: click, Enter or Space.
    const open = (e: Event) => {
      const id = (e.target as Element).closest<SVGElement>('.fig-mark')?.dataset.id;
      if (!id) return;
      e.preventDefault();
      location.hash = id;
    };
    for (const svg of this.querySelectorAll('svg[data-marks]')) {
      svg.addEventListener('click', open);
      svg.addEventListener('keydown', (e) => ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') && open(e));
    }
    addEventListener('hashchange', () => this.reveal());
    this.reveal();
  }

  /** Gives each mark the words of its event in the list (date · category · status, then the event). */
  private tipsFromList(): void {
    for (const mark of this.querySelectorAll<SVGElement>('.fig-mark[data-id]')) {
      const item = document.getElementById(mark.dataset.id ?? '');
      const text = (selector: string) => item?.querySelector(selector)?.textContent?.trim() ?? '';
      if (item) mark.dataset.tip = `${text('time')} · ${text('.tl-cat')} · ${text('.tl-badge')}\n${text('.tl-text')}`;
    }
  }

  /** Shows the category of the event the URL's fragment names, if the filter hides it. */
  private reveal(): void {
    const target = document.getElementById(fragmentId(location.hash));
    const category = target && this.contains(target) ? target.dataset.category : undefined;
    const button = this.buttons.find((b) => b.dataset.category === category);
    if (button && button.getAttribute('aria-pressed') !== 'true') {
      button.setAttribute('aria-pressed', 'true');
      this.apply();
      target!.scrollIntoView();
    }
  }

  private apply(): void {
    const shown = new Set(this.buttons.filter((b) => b.getAttribute('aria-pressed') === 'true').map((b) => b.dataset.category));
    let count = 0;
    for (const el of this.querySelectorAll<HTMLElement | SVGElement>('[data-category]:not(button)')) {
      const on = shown.has(el.dataset.category);
      el.classList.toggle('is-filtered', !on);
      if (on && el.tagName === 'LI') count++;
    }
    for (const svg of this.querySelectorAll('svg[data-marks]')) this.rove(svg);
    this.hide();
    // The words come from the page, in its language: templates with {shown} and {total}.
    const status = this.querySelector<HTMLElement>('[data-filter-status]');
    if (!status) return;
    const plural = new Intl.PluralRules(document.documentElement.lang || undefined).select(count);
    const template = (plural === 'one' ? status.dataset.one : status.dataset.other) ?? '';
    status.textContent = template.replace('{shown}', String(count)).replace('{total}', String(this.querySelectorAll('li[data-category]').length));
  }
}

define('timeline-chart', TimelineChart);
