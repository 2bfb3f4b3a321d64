// The figures' custom elements (src/scripts/figures/ defines them; each figure's HTML names one):
// read by the build, to pick a page's script (./page-script.ts), and by the page, to find its
// figures before their script is fetched (src/scripts/figures/on-demand.ts).

/** The tags of the figures' custom elements, one per kind of figure. */
export const FIGURE_ELEMENTS = ['arms-chart', 'accords-chart', 'timeline-chart'] as const;
