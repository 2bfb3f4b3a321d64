import { describe, expect, it } from 'vitest';
import { timelineRows } from '../../../src/charts/shape';
import {
  BREAK_GAP_YEARS,
  DETAIL_FROM,
  keyLabel,
  splitAtGap,
  splitPeriods,
  timelineLayout,
  eraBounds,
} from '../../../src/charts/timeline';
import { dateMid, timelineAxisLayout } from '../../../src/charts/timeline-axis';
import { formatDate } from '../../../src/lib/format';
import { timeline } from './real-data';
import { timelineWithLaterEvents } from './later-events';
import { boxOf, outside, overlaps } from './boxes';
import { figures } from '../../../src/i18n/figures';

const rows = timelineRows(timeline(), 'en');

describe('timeline data shaping (real data)', () => {
  it('keeps every event, in date order', () => {
    expect(rows).toHaveLength(timeline().length);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.date >= rows[i - 1]!.date).toBe(true);
    expect(rows[0]!.id).toBe('event-1945-03-14-diplomatic-relations-established');
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
    for (const e of rows) expect(e.status === 'after').toBe(e.date > '2025-08-31');
  });
  it('takes key events from the data: every row with a chart label, in the page’s language', () => {
    const keys = rows.filter((e) => e.label);
    expect(keys.length).toBe(timeline().filter((e) => e.chart_label).length);
    expect(keys.map((e) => e.id)).toContain('event-2026-01-03-maduro-captured');
    expect(timelineRows(timeline(), 'fr').find((e) => e.id === 'event-2026-01-03-maduro-captured')!.label).toBe(
      timeline().find((e) => e.id === 'event-2026-01-03-maduro-captured')!.chart_label_fr,
    );
    expect(
      keyLabel(
        rows.find((e) => e.id === 'event-2026-01-03-maduro-captured')!,
        'en',
      ),
    ).toMatch(/^3 Jan: /);
    expect(keyLabel({ date: '2025-11-01', date_precision: 'month', label: 'In force' }, 'en')).toBe('In force');
  });
});

describe('timeline periods', () => {
  it('puts 1945 alone before the overview’s axis break', () => {
    const { early, main } = splitAtGap(splitPeriods(rows).overview);
    expect(early.map((e) => e.date)).toEqual(['1945-03-14']);
    expect(Number(main[0]!.date.slice(0, 4)) - 1945).toBeGreaterThan(BREAK_GAP_YEARS);
  });
  it('draws the article’s year onward by month, everything before by year', () => {
    const { overview, detail } = splitPeriods(rows);
    expect(overview.every((e) => e.date < DETAIL_FROM)).toBe(true);
    expect(detail.every((e) => e.date >= DETAIL_FROM)).toBe(true);
    expect(overview.length + detail.length).toBe(rows.length);
  });
});

const datasets = {
  'the real data': (locale: 'en' | 'fr') => timelineRows(timeline(), locale),
  'the real data to the article, then the fixture’s denser later events': (locale: 'en' | 'fr') =>
    timelineRows(timelineWithLaterEvents(), locale),
};

for (const [name, data] of Object.entries(datasets)) {
  for (const locale of ['en', 'fr'] as const) {
    for (const width of [288]) {
      describe(`timeline layout, ${name}, ${locale}, ${width} px`, () => {
        const events = data(locale);
        const layout = timelineLayout(events, locale, width);
        it('places every event once, in date order (by year, then by month down the rows)', () => {
          expect(layout.marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
          const detail = layout.marks.filter((m) => m.detail);
          const overview = layout.marks.filter((m) => !m.detail && !m.early);
          for (let i = 1; i < overview.length; i++) expect(overview[i]!.cx).toBeGreaterThanOrEqual(overview[i - 1]!.cx);
          for (let i = 1; i < detail.length; i++) {
            const a = detail[i - 1]!;
            const b = detail[i]!;
            expect(b.cy > a.cy || (b.cy === a.cy && b.cx > a.cx), `${a.id} before ${b.id}`).toBe(true);
          }
        });
        it('never lets two marks overlap', () => {
          for (let i = 0; i < layout.marks.length; i++)
            for (let j = i + 1; j < layout.marks.length; j++) {
              const a = layout.marks[i]!;
              const b = layout.marks[j]!;
              expect(Math.hypot(a.cx - b.cx, a.cy - b.cy), `${a.id} / ${b.id}`).toBeGreaterThan(10);
            }
        });
        it('labels every key event, and no two labels, ticks or titles collide or leave the drawing', () => {
          expect(layout.labels.map((l) => l.id)).toEqual(events.filter((e) => e.label).map((e) => e.id));
          const boxes = [
            ...layout.text,
            ...layout.labels.flatMap((l) => l.lines),
            ...layout.legend.map((l) => l.label),
          ].map((t) => boxOf(t, t.cls.includes('panel-title') ? 13 : 12, /fig-(key|panel-title|era)/.test(t.cls)));
          expect(overlaps(boxes)).toEqual([]);
          expect(outside(boxes, layout.width, layout.height)).toEqual([]);
          // Nor does a label cover a mark.
          for (const b of boxes)
            for (const m of layout.marks)
              expect(
                m.cx + 5 < b.x0 || m.cx - 5 > b.x1 || m.cy + 5 < b.y0 || m.cy - 5 > b.y1,
                `${b.text} / ${m.id}`,
              ).toBe(true);
        });
        it('shades the Chávez years in the overview and the Maduro years up to his capture', () => {
          const chavez = layout.eras.filter((e) => e.era === 'chavez');
          const maduro = layout.eras.filter((e) => e.era === 'maduro');
          expect(chavez).toHaveLength(1);
          expect(maduro.length).toBeGreaterThanOrEqual(1);
          const inside = (m: { cx: number; cy: number }, e: (typeof layout.eras)[number]) =>
            m.cx >= e.x && m.cx <= e.x + e.width && m.cy >= e.y && m.cy <= e.y + e.height;
          const death = layout.marks.find((m) => m.id === 'event-2013-03-05-chavez-dies')!;
          expect(maduro.some((e) => inside(death, e))).toBe(true);
          const first2008 = layout.marks.find((m) => m.id.startsWith('event-2008'))!;
          expect(inside(first2008, chavez[0]!)).toBe(true);
          const capture = layout.marks.find((m) => m.id === 'event-2026-01-03-maduro-captured');
          if (capture) expect(layout.eras.some((e) => inside(capture, e))).toBe(false);
          expect(layout.text.filter((t) => t.cls.includes('fig-era')).map((t) => t.text)).toEqual(
            expect.arrayContaining([figures[locale].timeline.eras.chavez, figures[locale].timeline.eras.maduro]),
          );
        });
        it('keeps every mark inside the drawing', () => {
          for (const m of layout.marks) {
            expect(m.cx - 5).toBeGreaterThanOrEqual(0);
            expect(m.cx + 5).toBeLessThanOrEqual(layout.width);
            expect(m.cy - 5).toBeGreaterThanOrEqual(0);
            expect(m.cy + 5).toBeLessThanOrEqual(layout.height);
          }
        });
      });
    }
  }
}

for (const [name, data] of Object.entries(datasets)) {
  for (const locale of ['en', 'fr'] as const) {
    describe(`wide timeline (one horizontal axis), ${name}, ${locale}`, () => {
      const events = data(locale);
      const layout = timelineAxisLayout(events, locale, 744, 15);
      const { r, font } = layout;
      it('places every event once, left to right in date order (1945 before the break)', () => {
        expect(layout.marks.map((m) => m.id)).toEqual(events.map((e) => e.id));
        for (let i = 1; i < layout.marks.length; i++)
          if (dateMid(events[i]!) > dateMid(events[i - 1]!))
            expect(layout.marks[i]!.cx, events[i]!.id).toBeGreaterThanOrEqual(layout.marks[i - 1]!.cx);
      });
      it('never lets two dots overlap, and keeps them inside the drawing', () => {
        for (let i = 0; i < layout.marks.length; i++) {
          const a = layout.marks[i]!;
          expect(a.cx - r).toBeGreaterThanOrEqual(0);
          expect(a.cx + r).toBeLessThanOrEqual(layout.width);
          for (let j = i + 1; j < layout.marks.length; j++) {
            const b = layout.marks[j]!;
            expect(Math.hypot(a.cx - b.cx, a.cy - b.cy), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(2 * r);
          }
        }
      });
      it('labels every key event, tied to its dot by a leader that meets no other label', () => {
        expect(layout.labels.map((l) => l.id)).toEqual(events.filter((e) => e.label).map((e) => e.id));
        const boxes = [
          ...layout.text,
          ...layout.labels.flatMap((l) => l.lines),
          ...layout.legend.map((l) => l.label),
          ...layout.eras.map((e) => e.label),
        ].map((t) => boxOf(t, font, /fig-(key|era)/.test(t.cls)));
        expect(overlaps(boxes)).toEqual([]);
        expect(outside(boxes, layout.width, layout.height)).toEqual([]);
        for (const l of layout.labels) {
          const [, x, y0, y1] = l.leader.d.match(/^M([\d.]+),([\d.]+)V([\d.]+)$/)!.map(Number);
          const dot = layout.marks.find((m) => m.id === l.id)!;
          expect(x).toBe(dot.cx);
          // The leader ends on top of its dot's stack.
          const top = Math.min(...layout.marks.filter((m) => Math.abs(m.cx - dot.cx) < r).map((m) => m.cy));
          expect(Math.abs(y1! - (top - r - 1))).toBeLessThan(1.5);
          const own = new Set(l.lines.map((t) => t.text));
          for (const b of boxes.filter((bx) => !own.has(bx.text)))
            expect(x! < b.x0 - 1 || x! > b.x1 + 1 || y1! < b.y0 || y0! > b.y1, `${l.id} / ${b.text}`).toBe(true);
          for (const m of layout.marks.filter((mk) => Math.abs(mk.cx - x!) < r))
            expect(m.cy + r <= y0! || m.cy - r >= y1!, `${l.id} leader through ${m.id}`).toBe(true);
        }
      });
      it('shades the Chávez years up to his death and the Maduro years from it to his capture', () => {
        const { chavezEnd } = eraBounds(events);
        const chavez = layout.eras.find((e) => e.era === 'chavez')!;
        const maduro = layout.eras.find((e) => e.era === 'maduro')!;
        expect(chavez.x + chavez.width).toBeCloseTo(maduro.x, 0);
        const death = layout.marks.find((m) => m.id === 'event-2013-03-05-chavez-dies')!;
        expect(Math.abs(death.cx - maduro.x)).toBeLessThan(1);
        expect(chavezEnd.getUTCFullYear()).toBe(2013);
        const capture = layout.marks.find((m) => m.id === 'event-2026-01-03-maduro-captured');
        if (capture) expect(Math.abs(capture.cx - (maduro.x + maduro.width))).toBeLessThan(1);
      });
    });
  }
}
