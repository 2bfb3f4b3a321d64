// Size budgets on the built files, gzipped (like Starlight's size-limit check).
import { describe, expect, it } from 'vitest';
import { BUDGETS, htmlBudgetFor, isPrintView } from '../../src/lib/budgets';
import { readingPages } from '../support/dist';
import { everyPage } from '../support/content';

/** Section pages: every reading page but the one-page explainers and the sources lists. */
const isSectionPage = (path: string) => everyPage().includes(path) && !/^(\/[a-z]{2})?\/(sources\/)?$/.test(path);
import { pageWeight } from '../support/page-weight';
import { backgroundWeight, workerPlan } from '../support/background';

const pages = readingPages().filter((p) => p.path !== '/404/');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('budgets (gzipped)', () => {
  for (const page of pages) {
    const weight = pageWeight(page);
    it(`${page.path}: HTML ${kb(weight.html)} ≤ ${kb(htmlBudgetFor(page.path))}`, () => {
      expect(weight.html).toBeLessThanOrEqual(htmlBudgetFor(page.path));
    });
    if (isPrintView(page.path)) {
      it(`${page.path}: inlines its CSS and loads no stylesheet or script`, () => {
        expect(page.doc.querySelectorAll('style').length).toBe(1);
        expect(weight.files.css).toEqual([]);
        expect(weight.files.js).toEqual([]);
      });
      continue;
    }
    it(`${page.path}: CSS ${kb(weight.css)} ≤ ${kb(BUDGETS.cssPerPage)}`, () => {
      expect(weight.files.css.length).toBeGreaterThan(0);
      expect(weight.css).toBeLessThanOrEqual(BUDGETS.cssPerPage);
    });
    it(`${page.path}: JS ${kb(weight.js)} ≤ ${kb(BUDGETS.jsPerPage)}`, () => {
      expect(weight.js).toBeLessThanOrEqual(BUDGETS.jsPerPage);
    });
    if (isSectionPage(page.path)) {
      it(`${page.path}: a first visit weighs ${kb(weight.total)} ≤ ${kb(BUDGETS.firstVisit)}`, () => {
        expect(weight.total).toBeLessThanOrEqual(BUDGETS.firstVisit);
      });
    }
    if (page.doc.querySelector('offline-status')) {
      const background = backgroundWeight(page);
      it(`${page.path}: background downloads after a first visit ${kb(background.bytes)} ≤ ${kb(BUDGETS.backgroundAfterFirstVisit)}, and they save the explainer`, () => {
        expect(background.bytes).toBeLessThanOrEqual(BUDGETS.backgroundAfterFirstVisit);
        const home = background.locale === 'en' ? '/' : `/${background.locale}/`;
        expect(background.now).toContain(home);
      });
    }
  }
});

describe('what the service worker saves in the background', () => {
  const { core } = workerPlan();
  for (const [locale, list] of Object.entries(core)) {
    it(`${locale}: its own language only, no print view, no icons, no Open Graph images`, () => {
      const urls = list.map(([url]) => url);
      const french = (u: string) => u.startsWith('/fr/');
      expect(urls.filter((u) => u.endsWith('/') && french(u) !== (locale === 'fr'))).toEqual([]);
      expect(urls.filter((u) => /print|\/icons\/|\/og\/|\.png$/.test(u))).toEqual([]);
    });
  }
});
