import { describe, expect, it } from 'vitest';
import { accordsLayout } from '../../../src/charts/accords';
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
    expect(groups.claims.map((r) => r.label)).toEqual(['about 260', '326', 'more than 400', 'more than 300', 'more than 350']);
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
    expect(shortContext('First visit of Vladimir Putin (then prime minister) to Caracas; energy')).toBe('First visit of Vladimir Putin');
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
  for (const width of [640, 360]) {
    const layout = accordsLayout(groups, 'en', width);
    it(`(${width}px) draws claims as separate dots, never bars, and signings as bars`, () => {
      const claims = layout.marks.filter((m) => m.kind === 'cumulative_claim');
      expect(claims).toHaveLength(5);
      for (const m of claims) {
        expect(m.dot).toBeDefined();
        expect(m.bar).toBeUndefined();
      }
      expect(layout.marks.filter((m) => m.kind === 'signed_at_event').every((m) => m.bar && !m.dot)).toBe(true);
      expect(layout.marks.find((m) => m.kind === 'treaty')!.symbol).toMatch(/^M.*Z$/);
    });
    it(`(${width}px) joins no claims with a line: no path in the layout spans two claim dots`, () => {
      const claimYs = new Set(layout.marks.filter((m) => m.dot).map((m) => m.dot!.cy));
      for (const g of layout.grid) {
        const points = [...g.d.matchAll(/[ML]([\d.]+),([\d.]+)/g)].map((m) => Number(m[2]));
        expect(points.filter((y) => claimYs.has(y)).length).toBeLessThan(2);
      }
    });
    it(`(${width}px) marks "more than" with an arrow and "about" with an open dot`, () => {
      for (const m of layout.marks.filter((x) => x.kind === 'cumulative_claim')) {
        expect(Boolean(m.symbol)).toBe(m.qualifier === 'more than');
        expect(m.dot!.open).toBe(m.qualifier === 'approximately');
      }
    });
    it(`(${width}px) keeps marks in date order down the page and inside the drawing`, () => {
      const signed = layout.marks.filter((m) => m.kind !== 'cumulative_claim');
      for (let i = 1; i < signed.length; i++) expect(signed[i]!.hit.y).toBeGreaterThan(signed[i - 1]!.hit.y);
      for (const m of layout.marks) expect((m.bar?.x ?? 0) + (m.bar?.width ?? 0)).toBeLessThanOrEqual(width);
    });
  }
});
