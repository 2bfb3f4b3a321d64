// The size budgets the built site must meet (bytes, gzipped). These are ceilings;
// tests/dist/budgets.test.ts checks the built files and the benchmark reports them.
//
// The one-page explainer keeps its whole sourced account; its timeline's events live on the
// chronology page (/chronology/), so `/` and `/fr/` carry the chart and a link, and their HTML
// must stay within 48 KB. The print view, which holds everything for paper, within 72 KB.
// `npm run weigh -- dist/index.html` shows what each part of the page costs.
import { FIGURE_DIRS } from './figure-pages';

export const BUDGETS = {
  /** The one-page explainer's HTML, figures included (the timeline's events are on the chronology page). */
  explainerHtml: 48 * 1024,
  /** Any other page's HTML (section pages, sources). */
  pageHtml: 20 * 1024,
  /** A figure's own page, or its embed page: the figure alone (the timeline, with its list of events, is the largest). */
  figurePageHtml: 20 * 1024,
  /** All CSS one page loads. */
  cssPerPage: 10 * 1024,
  /** All JavaScript one page loads, dynamic imports included. */
  jsPerPage: 12 * 1024,
  /** A first visit of a section page: HTML, CSS, JS, fonts and images (not OG images). */
  firstVisit: 50 * 1024,
  /** What the service worker downloads in the background after a first visit (the reader's language's explainer first; the rest waits for a later visit). */
  backgroundAfterFirstVisit: 70 * 1024,
  /** The print view: the whole explainer with its CSS inlined. */
  printHtml: 72 * 1024,
} as const;

/** The HTML budget for a page path. */
export function htmlBudgetFor(path: string): number {
  if (isPrintView(path)) return BUDGETS.printHtml;
  if (isFigurePage(path)) return BUDGETS.figurePageHtml;
  return path === '/' || /^\/[a-z]{2}\/$/.test(path) ? BUDGETS.explainerHtml : BUDGETS.pageHtml;
}

/** True for the print view's path, in any language (/print/, /fr/print/…). */
export function isPrintView(path: string): boolean {
  return /^(\/[a-z]{2})?\/print\/$/.test(path);
}

/** True for a figure's own page or its embed page, in any language (/figures/timeline/, /fr/graphiques/chronologie/embed/…). */
export function isFigurePage(path: string): boolean {
  const dirs = Object.values(FIGURE_DIRS).join('|');
  return new RegExp(`^(/[a-z]{2})?/(${dirs})/[a-z0-9-]+/(embed/)?$`).test(path);
}
