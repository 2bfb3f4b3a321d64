// The data figures as the built pages hold them, before any script: in both editions' explainers
// and on the section pages that show them, each figure is a complete SVG drawing (a viewBox, a
// title, a description, marks), with a caption that links to its sources and its data (the
// timeline's list of events, the other figures' tables). How they look and respond is tested in
// the browser (tests/e2e/figures.spec.ts).
import { describe, expect, test } from 'vitest';
import { dataRows, localesWithContent, prefixOf, sectionShowing } from '../support/content';
import { builtPages, type BuiltPage } from '../support/dist';
import { isAfterArticle } from '../../src/lib/timeline';

const FIGURES = ['figure-arms-transfers', 'figure-accord-counts', 'figure-timeline'];
const pages = new Map(builtPages().map((p) => [p.path, p]));
const page = (path: string): BuiltPage => {
  const found = pages.get(path);
  if (!found) throw new Error(`no built page ${path}`);
  return found;
};

for (const locale of localesWithContent()) {
  const p = prefixOf(locale);
  describe(`${locale}: the figures without JavaScript`, () => {
    for (const id of FIGURES) {
      test(`${id} is a complete SVG drawing with title, description, caption and data`, () => {
        const figures = page(`${p}/`).doc.querySelectorAll(`figure#${id}`);
        expect(figures).toHaveLength(1);
        const figure = figures[0]!;
        const drawings = figure.querySelectorAll('svg.fig-svg');
        expect(drawings.length).toBeGreaterThan(0);
        for (const svg of drawings) {
          expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+/);
          expect(svg.querySelector('title')?.textContent.trim()).toBeTruthy();
          expect(svg.querySelector('desc')?.textContent.length).toBeGreaterThan(60);
          expect(svg.querySelectorAll('.fig-mark').length).toBeGreaterThan(4);
        }
        expect(figure.querySelector(`figcaption a[href^="${p}/sources/"]`)).not.toBeNull();
        // The timeline's data is the chronology page, one link away, every event marked in the
        // drawing; the other figures have tables.
        if (id === 'figure-timeline') {
          expect(figure.querySelector('a[data-chronology]')?.getAttribute('href')).toBe(
            `${p}/${locale === 'en' ? 'chronology' : 'chronologie'}/`,
          );
          // Each drawing marks every event once, in the chronology's order (the script takes a
          // mark's id and words from the item at its place): a mark's category is its colour
          // class, fig-after marks exactly the events after the article.
          const chronology = page(`${p}/${locale === 'en' ? 'chronology' : 'chronologie'}/`);
          const items = chronology.doc.querySelectorAll('li.tl-event');
          expect(items).toHaveLength(dataRows('timeline.csv').length);
          const events = new Map(dataRows('timeline.csv').map((e) => [e.id, e]));
          for (const svg of drawings) {
            const marks = svg.querySelectorAll('.fig-mark');
            expect(marks).toHaveLength(items.length);
            marks.forEach((mark, i) => {
              const event = events.get(items[i]!.getAttribute('id')!)!;
              expect(mark.classList.contains(`fig-c-${event.category}`)).toBe(true);
              expect(mark.classList.contains('fig-after')).toBe(isAfterArticle({ date: event.date! }));
            });
            // A key label names its event's place.
            for (const label of svg.querySelectorAll('[data-label]')) {
              const event = events.get(items[Number(label.getAttribute('data-label'))]!.getAttribute('id')!)!;
              expect(event.chart_label).toBeTruthy();
            }
          }
        } else expect(figure.querySelectorAll('details.fig-data table').length).toBeGreaterThan(0);
      });

      test(`${id} is on its section page too, with the same id`, () => {
        const section = page(sectionShowing(locale, id));
        expect(section.doc.querySelectorAll(`figure#${id}`)).toHaveLength(1);
        expect(section.doc.querySelectorAll(`figure#${id} svg.fig-svg`).length).toBeGreaterThan(0);
      });
    }

    test('the arms section shows the customers and the systems too', () => {
      const section = page(sectionShowing(locale, 'figure-arms-transfers'));
      expect(section.doc.querySelectorAll('#figure-arms-customers')).toHaveLength(1);
      expect(section.doc.querySelectorAll('#figure-arms-systems')).toHaveLength(1);
    });
  });
}
