// Size budgets on the built files, gzipped (like Starlight's size-limit check).
import { describe, expect, it } from 'vitest';
import { BUDGETS, firstVisitBudgetFor, htmlBudgetFor, isExplainer, isPrintView, limitOf } from '../../src/lib/budgets';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAVE_LISTS_PATH } from '../../src/lib/precache';
import { DIST, distFile, readingPages } from '../support/dist';
import { everyPage } from '../support/content';

/** Section pages: every reading page but the one-page explainers and the sources lists. */
const isSectionPage = (path: string) => everyPage().includes(path) && !/^(\/[a-z]{2})?\/(sources\/)?$/.test(path);
import { pageWeight } from '../support/page-weight';
import { firstVisitWeight, intentLists, workerSource } from '../support/offline-weight';

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
        expect([...weight.files.js, ...weight.files.jsLater]).toEqual([]);
      });
      continue;
    }
    it(`${page.path}: CSS ${kb(weight.css)} ≤ ${kb(BUDGETS.cssPerPage)}`, () => {
      expect(weight.files.css.length).toBeGreaterThan(0);
      expect(weight.css).toBeLessThanOrEqual(BUDGETS.cssPerPage);
    });
    it(`${page.path}: JS ${kb(weight.js + weight.jsLater)} (${kb(weight.jsLater)} of it fetched on demand) ≤ ${kb(limitOf('jsPerPage', page.path))}`, () => {
      expect(weight.js + weight.jsLater).toBeLessThanOrEqual(limitOf('jsPerPage', page.path));
    });
    if (isSectionPage(page.path) || isExplainer(page.path)) {
      const visit = firstVisitWeight(page);
      const budget = firstVisitBudgetFor(page.path);
      it(`${page.path}: a first visit weighs ${kb(visit.total)} all in (page ${kb(visit.page)}, worker ${kb(visit.worker)}, offline page ${kb(visit.offline)}) ≤ ${kb(budget)}`, () => {
        expect(visit.total).toBeLessThanOrEqual(budget);
      });
    }
  }
});

describe('what "Save for offline reading" saves', () => {
  const lists = intentLists();
  const worker = workerSource();
  const savedLists = JSON.parse(readFileSync(join(DIST, distFile(SAVE_LISTS_PATH)), 'utf8')) as Record<
    string,
    string[]
  >;
  for (const [locale, list] of Object.entries(lists)) {
    const urls = list.map(([url]) => url);
    const bytes = list.reduce((n, [, b]) => n + b, 0);
    it(`${locale}: the explainer, the print view and the chronology of its language first, then the files they load, no icons, no Open Graph images`, () => {
      const home = locale === 'en' ? '/' : `/${locale}/`;
      expect(urls.slice(0, 3)).toEqual([
        home,
        `${home}print/`,
        `${home}${locale === 'en' ? 'chronology' : 'chronologie'}/`,
      ]);
      const french = (u: string) => u.startsWith('/fr/');
      expect(urls.filter((u) => u.endsWith('/') && french(u) !== (locale === 'fr'))).toEqual([]);
      expect(urls.filter((u) => /\/icons\/|\/og\/|\.png$/.test(u))).toEqual([]);
      expect(urls.slice(3).every((u) => u.startsWith('/_astro/'))).toBe(true);
    });
    it(`${locale}: ${SAVE_LISTS_PATH} holds that list (the worker does not: it fetches it on the reader's intent), and every page's button states its size (${kb(bytes)})`, () => {
      expect(savedLists[locale]).toEqual(urls);
      const files = urls.filter((url) => url.startsWith('/_astro/'));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(worker).not.toContain(file);
      const withButton = pages.filter((p) => p.doc.querySelector(`[data-offline-size="${locale}"]`));
      expect(withButton.length).toBeGreaterThan(0);
      for (const page of withButton)
        expect(page.doc.querySelector(`[data-offline-size="${locale}"]`)!.textContent).toMatch(
          new RegExp(`\\b${Math.round(bytes / 1024)}\\s(KB|ko)\\)$`),
        );
    });
  }
});
