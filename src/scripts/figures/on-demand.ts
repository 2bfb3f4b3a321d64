// The figures' behaviour (./all: tooltips, focus, the timeline's filter) as a file of its own,
// fetched only when a figure comes within NEAR of the viewport or on the reader's first pointer or
// focus on one, whichever comes first: a visit that stays above the figures never downloads it.
// Until it comes (and without JavaScript) a figure is what its HTML draws: the drawing and its
// data. The build keeps the import() below out of the page's script
// (src/integrations/page-scripts.ts); once the file runs, each figure wires itself (./chart.ts).
import { FIGURE_ELEMENTS } from '../../lib/figure-elements';

/**
 * How near a figure comes before its behaviour is fetched: a short scroll ahead of the reader, not
 * the next screen (a section's figure 340-420 px below a 1280x720 first screen is not fetched on a
 * first visit). Nearer than ./chart.ts wires a figure (300px), so it is wired as soon as it comes.
 */
const NEAR = '200px 0px';

let loading: Promise<unknown> | undefined;
/** Fetches the figures' behaviour once (again on the next sign if it could not be fetched: offline, and not saved). */
const load = () => {
  loading ??= import('./all').catch(() => (loading = undefined));
};

const figures = document.querySelectorAll(FIGURE_ELEMENTS.join());
const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: NEAR })
    : undefined;
for (const figure of figures) {
  if (observer) observer.observe(figure);
  else load();
  figure.addEventListener('pointerover', load);
  figure.addEventListener('focusin', load);
}
