import { describe, expect, it } from 'vitest';
import { CATEGORIES, timelineRows } from '../../../src/charts/shape';
import { BREAK_GAP_YEARS, splitAtGap, timelineLayout } from '../../../src/charts/timeline';
import { formatDate } from '../../../src/lib/format';
import { timeline } from './real-data';
import { ARTICLE_CUTOFF } from '../../../src/lib/timeline';

const rows = timelineRows(timeline(), 'en');

describe('timeline data shaping (real data)', () => {
  it('keeps every event, in date order', () => {
    expect(rows).toHaveLength(timeline().length);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.date >= rows[i - 1]!.date).toBe(true);
    expect(rows[0]!.id).toBe('event-1945-03-14-diplomatic-relations-established');
    // The researched record runs to 13 March 2026: the timeline ends there.
    expect(rows.at(-1)!.id).toBe('event-2026-03-13-peskov-friendly-country');
  });
  it('prints each date at its precision: a month-precision date never prints a day', () => {
    for (const e of rows) {
      expect(e.dateText).toBe(formatDate(e.date, e.date_precision, 'en'));
      if (e.date_precision === 'month') expect(e.dateText).toMatch(/^[A-Z][a-z]+ \d{4}$/);
      if (e.date_precision === 'year') expect(e.dateText).toMatch(/^\d{4}$/);
    }
    expect(rows.find((e) => e.id === 'event-2005-05-ak-103-contract')!.dateText).toBe('May 2005');
  });
  it('tells events in the article, from other records and after the article apart', () => {
    expect(rows.find((e) => e.id === 'event-2025-07-05-independence-day-parade')!.status).toBe('article');
    expect(rows.find((e) => e.id === 'event-2008-09-10-tu-160-bombers')!.status).toBe('other');
    expect(rows.find((e) => e.id === 'event-2026-01-03-maduro-captured')!.status).toBe('after');
    expect(rows.find((e) => e.id === 'event-2025-08-07-reward-doubled')!.status).toBe('article');
    // Every event dated after August 2025, and only those, is marked as after the article.
    const later = timeline().filter((e) => e.date > ARTICLE_CUTOFF).map((e) => e.id).sort();
    expect(rows.filter((e) => e.status === 'after').map((e) => e.id).sort()).toEqual(later);
    expect(later.length).toBeGreaterThan(20);
  });
});

describe('timeline layout', () => {
  it('puts 1945 alone before the axis break', () => {
    const { early, main } = splitAtGap(rows);
    expect(early.map((e) => e.date)).toEqual(['1945-03-14']);
    expect(Number(main[0]!.date.slice(0, 4)) - 1945).toBeGreaterThan(BREAK_GAP_YEARS);
  });
  for (const orientation of ['horizontal', 'vertical'] as const) {
    const layout = timelineLayout(rows, 'en', orientation);
    const along = (m: { cx: number; cy: number }) => (orientation === 'horizontal' ? m.cx : m.cy);
    it(`(${orientation}) places every event once, in date order along the axis`, () => {
      expect(layout.marks.map((m) => m.id)).toEqual(rows.map((e) => e.id));
      for (let i = 1; i < layout.marks.length; i++) expect(along(layout.marks[i]!)).toBeGreaterThanOrEqual(along(layout.marks[i - 1]!));
    });
    it(`(${orientation}) never lets two marks in a lane overlap`, () => {
      for (const c of CATEGORIES) {
        const lane = layout.marks.filter((m) => m.category === c);
        for (let i = 0; i < lane.length; i++)
          for (let j = i + 1; j < lane.length; j++) expect(Math.hypot(lane[i]!.cx - lane[j]!.cx, lane[i]!.cy - lane[j]!.cy)).toBeGreaterThan(9);
      }
    });
    it(`(${orientation}) draws after-article events as diamonds inside the shaded band`, () => {
      for (const m of layout.marks) {
        const inBand = orientation === 'horizontal' ? m.cx >= layout.band.x : m.cy >= layout.band.y;
        expect(m.shape === 'diamond').toBe(m.status === 'after');
        expect(inBand).toBe(m.status === 'after');
      }
    });
    it(`(${orientation}) keeps every mark inside the drawing`, () => {
      for (const m of layout.marks) {
        expect(m.cx).toBeGreaterThan(0);
        expect(m.cx).toBeLessThan(layout.width);
        expect(m.cy).toBeGreaterThan(0);
        expect(m.cy).toBeLessThan(layout.height);
      }
    });
  }
});
