// The French edition is the English one in French: every section, figure, timeline event and
// source has its counterpart both ways, and the figures' tables hold the same numbers.
import { describe, expect, it } from 'vitest';
import { dataRows, sectionsOf, translationKeys } from '../support/content';
import { ARTICLE_CUTOFF } from '../../src/lib/timeline';
import { builtPages } from '../support/dist';

const pages = new Map(builtPages().map((p) => [p.path, p]));
const page = (path: string) => {
  const found = pages.get(path);
  if (!found) throw new Error(`no built page ${path}`);
  return found;
};
const ids = (path: string, prefix: string) =>
  page(path)
    .doc.querySelectorAll(`[id^="${prefix}"]`)
    .map((el) => el.id)
    .sort();

/** Every number written in a figure's tables, in order, read back from the locale's formatting
 * (English: 3,861.9; French: 3 861,9 with a narrow no-break space). */
function tableNumbers(path: string, figureId: string): number[] {
  const french = path.startsWith('/fr/');
  const figure = page(path).doc.querySelector(`#${figureId}`);
  if (!figure) throw new Error(`no #${figureId} on ${path}`);
  // The tables' cells, and the dates of the timeline's list (the timeline's data on screen).
  const cells = [
    ...figure.querySelectorAll('table td, table th[scope="row"]').map((cell) => cell.text.trim()),
    ...figure.querySelectorAll('li time[datetime]').map((time) => time.getAttribute('datetime') ?? ''),
  ];
  return cells.flatMap((text) => {
    const plain = french
      ? text.replace(/(?<=\d)[\u00a0\u202f ](?=\d{3}\b)/g, '').replace(/(?<=\d),(?=\d)/g, '.')
      : text.replace(/(?<=\d),(?=\d{3}\b)/g, '');
    return [...plain.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  });
}

describe('French and English editions match', () => {
  it('every English section has one French counterpart, and the reverse', () => {
    const english = sectionsOf('en')
      .map((s) => s.slug)
      .sort();
    const french = Object.values(translationKeys('fr')).sort();
    expect(french).toEqual(english);
    expect(sectionsOf('fr').map((s) => s.order)).toEqual(sectionsOf('en').map((s) => s.order));
  });

  it('the one-page explainers have the same figures, in the same order', () => {
    expect(ids('/fr/', 'figure-')).toEqual(ids('/', 'figure-'));
    expect(ids('/', 'figure-').length).toBeGreaterThanOrEqual(3);
  });

  it('their chronologies have the same timeline events', () => {
    expect(ids('/fr/chronologie/', 'event-')).toEqual(ids('/chronology/', 'event-'));
    expect(ids('/chronology/', 'event-').length).toBeGreaterThan(20);
  });

  it('the sources lists hold the same sources', () => {
    const sources = (path: string) =>
      page(path)
        .doc.querySelectorAll('.sources-list > li')
        .map((li) => li.id);
    expect(sources('/fr/sources/')).toEqual(sources('/sources/'));
    expect(sources('/sources/').length).toBeGreaterThan(30);
  });

  it('their chronologies give the same dates', () => {
    const dates = (path: string) =>
      page(path)
        .doc.querySelectorAll('li.tl-event time[datetime]')
        .map((time) => time.getAttribute('datetime'));
    expect(dates('/fr/chronologie/')).toEqual(dates('/chronology/'));
    expect(dates('/chronology/').length).toBeGreaterThan(20);
  });

  for (const figure of ['figure-arms-transfers', 'figure-accord-counts']) {
    it(`#${figure}: the same numbers in both editions' tables`, () => {
      const english = tableNumbers('/', figure);
      expect(english.length).toBeGreaterThan(5);
      expect(tableNumbers('/fr/', figure)).toEqual(english);
    });
  }

  it('the story since the article is told in both: its two sections, and every later event of the timeline', () => {
    const keys = translationKeys('fr');
    for (const enSlug of ['treaty-in-force', 'after-the-capture']) {
      expect(sectionsOf('en').map((s) => s.slug)).toContain(enSlug);
      expect(Object.values(keys)).toContain(enSlug);
    }
    const later = dataRows('timeline.csv')
      .filter((e) => e.date! > ARTICLE_CUTOFF)
      .map((e) => e.id!);
    expect(later.length).toBeGreaterThan(20);
    for (const path of ['/chronology/', '/fr/chronologie/']) {
      const shown = new Set(ids(path, 'event-'));
      for (const id of later) {
        expect(shown.has(id), `${path} lacks #${id}`).toBe(true);
        // Each later event names its source and, in the list, is marked as after the article.
        const item = page(path).doc.querySelector(`li#${id}`)!;
        expect(item.querySelector('.fig-source a[href*="sources/#"]'), `${path}#${id} shows no source`).not.toBeNull();
        expect(item.getAttribute('data-status')).toBe('after');
      }
    }
  });

  it('the update under the standfirst links, in both editions, to the same sections', () => {
    const keys = translationKeys('fr');
    const linked = (path: string) =>
      page(path)
        .doc.querySelectorAll('.latest-update a')
        .map((a) => a.getAttribute('href')!.replace(/^.*#/, ''));
    const english = linked('/');
    expect(english.length).toBeGreaterThan(0);
    expect(linked('/fr/').map((slug) => keys[slug])).toEqual(english);
  });

  it('every section page has its counterpart page', () => {
    const keys = translationKeys('fr');
    for (const [frSlug, enSlug] of Object.entries(keys)) {
      expect(pages.has(`/fr/${frSlug}/`)).toBe(true);
      expect(pages.has(`/${enSlug}/`)).toBe(true);
    }
  });
});
