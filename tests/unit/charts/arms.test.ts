import { describe, expect, it } from 'vitest';
import { armsColumnsLayout, armsNotes, armsRowsLayout, recipientsLayout } from '../../../src/charts/arms';
import { armsSeries, armsTotals, recipientsSeries, russianDeliveryYears, systemsRows } from '../../../src/charts/shape';
import { armsByYear, systems, topRecipients } from './real-data';
import { boxOf, outside, overlaps } from './boxes';

const series = armsSeries(armsByYear());
const sys = systemsRows(systems());

describe('arms data shaping (real SIPRI data)', () => {
  it('totals Russian deliveries 2000–2023 at 3,861.9 million TIV', () => {
    const totals = armsTotals(series);
    expect(totals.russia).toBe(3861.9);
    expect(totals.first).toBe(2000);
    expect(totals.last).toBe(2023);
  });
  it('computes other suppliers as all minus Russia, never negative, adding back up', () => {
    for (const d of series) {
      expect(d.other).toBeGreaterThanOrEqual(0);
      expect(d.russia + d.other).toBeCloseTo(d.all, 6);
    }
    expect(series.find((d) => d.year === 2013)!.other).toBe(111.86);
  });
  it('finds Russian deliveries from 2006 to 2014, peaking in 2013', () => {
    const years = russianDeliveryYears(series);
    expect([years.first, years.last, years.peak.year]).toEqual([2006, 2014, 2013]);
  });
  it('ends at 2023: no 2024 value is invented', () => {
    expect(series.at(-1)!.year).toBe(2023);
    expect(series.some((d) => d.year === 2024)).toBe(false);
  });
  it('writes the notes from the data: 24 fighters 2006–2008, S-300VM and Buk-M2 in 2013, nothing after 2014', () => {
    const notes = armsNotes(series, sys, 'en');
    expect(notes.fighters).toEqual(['24 Su-30MK2 fighters', 'delivered 2006–2008']);
    expect(notes.airDefence).toEqual(['S-300VM', 'Buk-M2']);
    expect(notes.none).toEqual(['Nothing from Russia after 2014']);
  });
  it('ranks Venezuela 6th among Russia’s customers, highlighted alone', () => {
    const rows = recipientsSeries(topRecipients(), 'en');
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.filter((r) => r.highlight).map((r) => [r.rank, r.recipient, r.tiv_m])).toEqual([
      [6, 'Venezuela', 3861.9],
    ]);
  });
  it('sorts the systems by value, the Su-30MK first, and keeps SIPRI’s estimate flags', () => {
    expect(sys[0]!.designation).toBe('Su-30MK');
    expect(sys.map((s) => s.designation)).toContain('T-72M1');
    expect(sys.filter((s) => s.units_include_sipri_estimate).length).toBeGreaterThan(20);
  });
});

describe('arms layouts', () => {
  const wide = armsColumnsLayout(series, sys, 'en');
  const narrow = armsRowsLayout(series, sys, 'en');
  it('draws one column per year, in year order, left to right', () => {
    expect(wide.bars.map((b) => b.year)).toEqual(series.map((d) => d.year));
    for (let i = 1; i < wide.bars.length; i++)
      expect(wide.bars[i]!.russiaRect.x).toBeGreaterThan(wide.bars[i - 1]!.russiaRect.x);
  });
  it('makes the tallest Russian bar 2013, and bar heights proportional to the values', () => {
    const tallest = wide.bars.reduce((a, b) => (b.russiaRect.height > a.russiaRect.height ? b : a));
    expect(tallest.year).toBe(2013);
    const b2007 = wide.bars.find((b) => b.year === 2007)!;
    expect(b2007.russiaRect.height / tallest.russiaRect.height).toBeCloseTo(740.25 / 881.44, 2);
  });
  it('stacks other suppliers directly on top of Russia', () => {
    for (const b of wide.bars) expect(b.otherRect.y + b.otherRect.height).toBeCloseTo(b.russiaRect.y, 0);
  });
  it('draws no Russian bar after 2014', () => {
    for (const b of wide.bars.filter((d) => d.year > 2014)) expect(b.russiaRect.height).toBe(0);
    for (const b of narrow.bars.filter((d) => d.year > 2014)) expect(b.russiaRect.width).toBe(0);
  });
  it('lays the narrow version out as rows, top to bottom, each with its total printed', () => {
    expect(narrow.width).toBe(288);
    for (let i = 1; i < narrow.bars.length; i++)
      expect(narrow.bars[i]!.hit.y).toBeGreaterThan(narrow.bars[i - 1]!.hit.y);
    expect(narrow.bars.find((b) => b.year === 2013)!.valueLabel!.text).toBe('993.3');
  });
  it('keeps every mark and label inside the drawing', () => {
    for (const layout of [wide, narrow]) {
      for (const b of layout.bars) expect(b.otherRect.x + b.otherRect.width).toBeLessThanOrEqual(layout.width);
      for (const t of layout.text) {
        expect(t.y).toBeGreaterThan(0);
        expect(t.y).toBeLessThanOrEqual(layout.height);
      }
    }
  });
  it('labels the y axis with its unit and places the annotations', () => {
    expect(wide.text.some((t) => t.text === '1,000 million TIV')).toBe(true);
    expect(wide.text.map((t) => t.text)).toEqual(
      expect.arrayContaining(['24 Su-30MK2 fighters', 'Nothing from Russia after 2014', 'Russia']),
    );
    expect(
      wide.text
        .filter((t) => t.cls.includes('fig-label-other'))
        .map((t) => t.text)
        .join(' '),
    ).toBe('All other suppliers');
  });
  it('labels the Russia series on its data: inside the Russian part of columns of years with Russian deliveries', () => {
    const label = wide.text.find((t) => t.text === 'Russia')!;
    const under = wide.bars.filter(
      (b) => b.russiaRect.width > 0 && Math.abs(b.russiaRect.x + b.russiaRect.width / 2 - label.x) < 20,
    );
    expect(under.length).toBeGreaterThan(0);
    for (const b of under) {
      expect(b.russia).toBeGreaterThan(0);
      expect(label.y - 10).toBeGreaterThan(b.russiaRect.y);
    }
  });
  for (const locale of ['en', 'fr'] as const) {
    it(`(${locale}) keeps every label of every arms drawing apart and inside its drawing, at 600 and 288 px`, () => {
      const layouts = [
        armsColumnsLayout(series, sys, locale),
        armsRowsLayout(series, sys, locale),
        recipientsLayout(recipientsSeries(topRecipients(), locale), locale, 600),
        recipientsLayout(recipientsSeries(topRecipients(), locale), locale, 288),
      ];
      for (const layout of layouts) {
        const texts = [
          ...layout.text,
          ...('key' in layout ? layout.key.map((k) => k.label) : []),
          ...layout.bars.flatMap((b) => ('name' in b ? [b.name, b.value] : b.valueLabel ? [b.valueLabel] : [])),
        ];
        const boxes = texts.map((t) => boxOf(t, 12, /fig-label|fig-name-hi|fig-value-hi|fig-note-strong/.test(t.cls)));
        expect(overlaps(boxes), `${layout.width}`).toEqual([]);
        expect(outside(boxes, layout.width, layout.height), `${layout.width}`).toEqual([]);
      }
    });
  }
  it('draws the recipients largest first with Venezuela annotated', () => {
    const r = recipientsLayout(recipientsSeries(topRecipients(), 'en'), 'en', 600);
    expect(r.bars[0]!.recipient).toBe('India');
    for (let i = 1; i < r.bars.length; i++) expect(r.bars[i]!.bar.width).toBeLessThanOrEqual(r.bars[i - 1]!.bar.width);
    expect(r.text.some((t) => t.text === 'first in the Americas')).toBe(true);
  });
});
