import { describe, expect, it } from 'vitest';
import { accordsLayout, runningSums } from '../../../src/charts/accords';
import { boxOf, outside, overlaps } from './boxes';
import { accordGroups, articleDomains, countLabel, shortContext } from '../../../src/charts/shape';
import { accords } from './real-data';

const rows = accords();
const groups = accordGroups(rows, 'en');

describe('accord data shaping (real data)', () => {
  it('separates single-event signings, the treaty and the claimed totals, each in date order', () => {
    expect(groups.signed.map((r) => [r.date.slice(0, 4), r.count])).toEqual([
      ['2008', 7],
      ['2010', 31],
      ['2021', 12],
      ['2022', 11],
      ['2024', 17],
      ['2025', 19],
    ]);
    // The November 2025 commission: the sources count 19 or 42 agreements.
    expect(groups.signed.at(-1)!.count_max).toBe(42);
    expect(groups.signed.at(-1)!.label).toBe('19 or 42');
    expect(groups.treaty.map((r) => r.date)).toEqual(['2025-05-07']);
    expect(groups.claims.map((r) => r.label)).toEqual([
      'about 260',
      '326',
      'more than 400',
      'more than 300',
      'more than 350',
    ]);
  });
  it('prints dates at their precision: the 2019 and article claims show a month, never a day', () => {
    expect(groups.claims[0]!.dateText).toBe('October 2019');
    expect(groups.claims.at(-1)!.dateText).toBe('August 2025');
  });
  it('words counts as the sources do', () => {
    expect(countLabel({ count: 400, qualifier: 'more than' }, 'en')).toBe('more than 400');
    expect(countLabel({ count: 31, qualifier: 'exact' }, 'en')).toBe('31');
    expect(countLabel({ count: 19, count_max: 42, qualifier: 'as stated' }, 'en')).toBe('19 or 42');
    expect(countLabel({ count: 19, count_max: 42, qualifier: 'as stated' }, 'fr')).toBe('19 ou 42');
  });
  it('shortens context notes to their first clause', () => {
    expect(shortContext('First visit of Vladimir Putin (then prime minister) to Caracas; energy')).toBe(
      'First visit of Vladimir Putin',
    );
  });
  it('lists the seven domains the article names, from the data', () => {
    expect(articleDomains(rows, 'en')).toEqual([
      'military and defense',
      'intelligence and counter-intelligence',
      'aerospace',
      'peaceful nuclear energy',
      'mining',
      'automotive',
      'financial systems',
    ]);
  });
});

describe('accords layout', () => {
  it('adds the documented signings up meeting by meeting: 7, 38, 50, 61, 78, then 97 or 120', () => {
    expect(runningSums(groups.signed)).toEqual([
      [7, 7],
      [38, 38],
      [50, 50],
      [61, 61],
      [78, 78],
      [97, 120],
    ]);
  });
  it('draws the documented signings as one bar, a segment per meeting, outlined from 97 to 120', () => {
    const layout = accordsLayout(groups, 'en', 288);
    expect(layout.segments).toHaveLength(groups.signed.length);
    expect(layout.documented).toEqual([97, 120]);
    for (let i = 1; i < layout.segments.length; i++)
      expect(layout.segments[i]!.x).toBeGreaterThan(layout.segments[i - 1]!.x + layout.segments[i - 1]!.width);
    const last = layout.segments.at(-1)!;
    expect(layout.range!.x).toBeCloseTo(last.x + last.width + 1.5, 0);
    expect(layout.text.map((t) => t.text).join(' ')).toContain('Documented at the 6 meetings found: 97–120');
  });
  it('carries a conflicting count into the sum (fixture: a later meeting signing 5)', () => {
    const later = {
      ...groups.signed[0]!,
      date: '2026-06-01',
      date_precision: 'month' as const,
      count: 5,
      count_max: undefined,
      qualifier: 'exact' as const,
    };
    expect(runningSums([...groups.signed, later]).at(-1)).toEqual([102, 125]);
    const layout = accordsLayout({ ...groups, signed: [...groups.signed, later] }, 'en', 288);
    expect(layout.documented).toEqual([102, 125]);
    expect(layout.text.map((t) => t.text).join(' ')).toContain('102–125');
  });
  for (const [width, font] of [
    [744, 15],
    [288, 12],
  ] as const) {
    const credit = (c: { source_ids: readonly string[] }) => c.source_ids[0]!.split('-')[0]!;
    const layout = accordsLayout(groups, 'en', width, font, credit);
    it(`(${width}) puts the documented sum and every claim on one 0–400 scale, claims rising down the page`, () => {
      expect(layout.claims).toHaveLength(5);
      const zero = layout.segments[0]!.x;
      const unit = (layout.claims.find((c) => c.row.count === 400)!.dot.cx - zero) / 400;
      const end = layout.range!.x + layout.range!.width;
      expect(Math.abs((end - zero) / unit - 120)).toBeLessThan(2);
      const lastSeg = layout.segments.at(-1)!;
      // Each segment stops 1.5 units short of the next meeting's, leaving a gap between them.
      expect(Math.abs((lastSeg.x + lastSeg.width + 1.5 - zero) / unit - 97)).toBeLessThan(1);
      const counts = layout.claims.map((c) => c.row.count);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      for (let i = 1; i < layout.claims.length; i++)
        expect(layout.claims[i]!.dot.cy).toBeGreaterThan(layout.claims[i - 1]!.dot.cy);
    });
    it(`(${width}) credits each claim to who counts it, with its year`, () => {
      const all = layout.text.map((t) => t.text).join(' ');
      for (const c of groups.claims) expect(all).toContain(`${c.label}: ${credit(c)}, ${c.date.slice(0, 4)}`);
    });
    it(`(${width}) brackets the gap from the documented 120 to the smallest claim, 260`, () => {
      const zero = layout.segments[0]!.x;
      const x = (n: number) => zero + (n / 400) * (layout.claims.find((c) => c.row.count === 400)!.dot.cx - zero);
      const [from, to] = [...layout.gap!.d.matchAll(/[MH]([\d.]+)/g)].map((m) => Number(m[1]));
      expect(Math.abs(from! - x(120))).toBeLessThan(1);
      expect(Math.abs(to! - x(260))).toBeLessThan(1);
      expect(layout.text.map((t) => t.text)).toContain('Gap: 140 or more');
    });
    it(`(${width}) marks "more than" with an arrow and "about" with an open dot`, () => {
      for (const c of layout.claims) {
        expect(Boolean(c.arrow)).toBe(c.row.qualifier === 'more than');
        expect(c.dot.open).toBe(c.row.qualifier === 'approximately');
      }
    });
    it(`(${width}) runs no rule through text, and keeps every label apart and inside the drawing`, () => {
      for (const locale of ['en', 'fr'] as const) {
        const l = accordsLayout(accordGroups(rows, locale), locale, width, font, credit);
        const boxes = l.text.map((t) => boxOf(t, font, /fig-value-hi/.test(t.cls)));
        expect(overlaps(boxes)).toEqual([]);
        expect(outside(boxes, l.width, l.height)).toEqual([]);
        for (const g of l.grid)
          for (const [, x, y0, y1] of [...g.d.matchAll(/M([\d.]+),([\d.]+)V([\d.]+)/g)].map((m) => m.map(Number)))
            for (const b of boxes) expect(x! < b.x0 || x! > b.x1 || y1! < b.y0 || y0! > b.y1, `${b.text}`).toBe(true);
      }
    });
  }
});
