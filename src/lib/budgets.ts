// The size budgets the built site must meet (bytes, gzipped), from the quality issue. These are
// ceilings; tests/dist/budgets.test.ts checks the built files and the benchmark reports them.

export const BUDGETS = {
  /** The one-page explainer's HTML, figures included. */
  explainerHtml: 40 * 1024,
  /** Any other page's HTML (section pages, sources). */
  pageHtml: 20 * 1024,
  /** All CSS one page loads. */
  cssPerPage: 10 * 1024,
  /** All JavaScript one page loads, dynamic imports included. */
  jsPerPage: 12 * 1024,
  /** A first visit of a section page: HTML, CSS, JS, fonts and images (not OG images). */
  firstVisit: 50 * 1024,
  /** What the service worker downloads in the background after a first visit (the reader's language's explainer first; the rest waits for a later visit). */
  backgroundAfterFirstVisit: 40 * 1024,
  /** The print view: the whole explainer with its CSS inlined. */
  printHtml: 50 * 1024,
} as const;

/** The HTML budget for a page path. */
export function htmlBudgetFor(path: string): number {
  if (isPrintView(path)) return BUDGETS.printHtml;
  return path === '/' || /^\/[a-z]{2}\/$/.test(path) ? BUDGETS.explainerHtml : BUDGETS.pageHtml;
}

/** True for the print view's path, in any language (/print/, /fr/print/…). */
export function isPrintView(path: string): boolean {
  return /^(\/[a-z]{2})?\/print\/$/.test(path);
}
