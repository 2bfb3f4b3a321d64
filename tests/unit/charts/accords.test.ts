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
  it('draws the November 2025 commission’s conflicting count (19 or 42) as a range ending at 97–120', () => {
    const layout = accordsLayout(groups, 'en', 288);
    const m = layout.marks.find((x) => x.date === '2025-11-01' && x.kind === 'signed_at_event')!;
    expect(m.sum).toBe('97–120');
    expect(m.range!.width).toBeGreaterThan(0);
    expect(m.range!.x).toBeCloseTo(m.bar!.x + m.bar!.width, 0);
    expect(layout.text.map((t) => t.text)).toContain('+19–42 = 97–120');
    expect(layout.documented).toEqual([97, 120]);
  });
  it('carries a conflicting count as a range into every later sum (fixture: a later meeting signing 5)', () => {
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
    const m = layout.marks.find((x) => x.date === '2026-06-01')!;
    expect(m.sum).toBe('102–125');
    // Solid for this meeting's 5, outlined from the low sum to the high one.
    expect(m.range!.width).toBeGreaterThan(0);
    expect(m.range!.x).toBeCloseTo(m.bar!.x + m.bar!.width, 0);
    expect(layout.text.map((t) => t.text)).toContain('+5 = 102–125');
    expect(layout.documented).toEqual([102, 125]);
  });
  for (const width of [600, 288]) {
    const layout = accordsLayout(groups, 'en', width);
    it(`(${width}px) draws signings as bars ending at the running sum and claims as dots, on one 0–400 scale`, () => {
      const claims = layout.marks.filter((m) => m.kind === 'cumulative_claim');
      expect(claims).toHaveLength(5);
      for (const m of claims) {
        expect(m.dot).toBeDefined();
        expect(m.bar).toBeUndefined();
      }
      const signed = layout.marks.filter((m) => m.kind === 'signed_at_event');
      expect(signed.every((m) => m.bar && !m.dot)).toBe(true);
      // One scale: every bar ends at its running sum (its outline, where counts conflict, at the
      // high sum), measured from the same zero as the dot at 400.
      const zero = signed[0]!.bar!.x;
      const unit = (claims.find((m) => m.count === 400)!.dot!.cx - zero) / 400;
      const sums = runningSums(groups.signed);
      signed.forEach((m, i) => {
        const [lo, hi] = sums[i]!;
        expect(Math.abs((m.bar!.x + m.bar!.width - zero) / unit - lo), m.date).toBeLessThan(2);
        if (hi === lo) expect(m.range, m.date).toBeUndefined();
        else expect(Math.abs((m.range!.x + m.range!.width - zero) / unit - hi), m.date).toBeLessThan(2);
      });
      expect(sums.some(([lo, hi]) => hi > lo)).toBe(true);
      for (const m of signed.slice(1)) expect(m.before!.width).toBeGreaterThan(0);
    });
    it(`(${width}px) marks the treaty on its own line, with no place on the scale`, () => {
      const treaty = layout.marks.find((m) => m.kind === 'treaty')!;
      expect(treaty.symbol).toMatch(/^M.*Z$/);
      expect(treaty.bar).toBeUndefined();
      expect(treaty.dot).toBeUndefined();
      const rows = layout.grid
        .filter((g) => g.cls === 'fig-baseline')
        .flatMap((g) => [...g.d.matchAll(/,([\d.]+)V/g)].map((m) => Number(m[1])));
      expect(rows.length).toBe(layout.marks.length - 1);
      for (const y of rows) expect(y < treaty.hit.y || y > treaty.hit.y + treaty.hit.height).toBe(true);
    });
    it(`(${width}px) joins no claims with a line, and runs no line through text`, () => {
      const claimYs = new Set(layout.marks.filter((m) => m.dot).map((m) => m.dot!.cy));
      for (const g of layout.grid) {
        const points = [...g.d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
        expect(points.filter((y) => claimYs.has(y)).length).toBeLessThan(2);
      }
      const boxes = layout.text.filter((t) => !t.cls.includes('fig-value')).map((t) => boxOf(t));
      for (const g of layout.grid)
        for (const [, x, y0, y1] of [...g.d.matchAll(/M([\d.]+),([\d.]+)V([\d.]+)/g)].map((m) => m.map(Number)))
          for (const b of boxes) expect(x! < b.x0 || x! > b.x1 || y1! < b.y0 || y0! > b.y1, `${b.text}`).toBe(true);
    });
    it(`(${width}px) marks "more than" with an arrow and "about" with an open dot`, () => {
      for (const m of layout.marks.filter((x) => x.kind === 'cumulative_claim')) {
        expect(Boolean(m.symbol)).toBe(m.qualifier === 'more than');
        expect(m.dot!.open).toBe(m.qualifier === 'approximately');
      }
    });
    it(`(${width}px) keeps records in date order down the page, and every label apart and inside the drawing`, () => {
      for (let i = 1; i < layout.marks.length; i++)
        expect(layout.marks[i]!.hit.y).toBeGreaterThan(layout.marks[i - 1]!.hit.y);
      for (const m of layout.marks) expect((m.bar?.x ?? 0) + (m.bar?.width ?? 0)).toBeLessThanOrEqual(width);
      for (const locale of ['en', 'fr'] as const) {
        const l = accordsLayout(accordGroups(rows, locale), locale, width);
        const boxes = [...l.text, ...l.key.map((k) => k.label)].map((t) =>
          boxOf(t, 12, /fig-date|fig-value-hi/.test(t.cls)),
        );
        expect(overlaps(boxes)).toEqual([]);
        expect(outside(boxes, l.width, l.height)).toEqual([]);
      }
    });
  }
});
