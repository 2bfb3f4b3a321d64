// Every number the prose of both editions states that the data can compute must agree with the
// data: SIPRI's TIV values and totals (always to one decimal), Russia's share of Venezuela's arms
// imports (69%, "a little more than two thirds"), Venezuela's rank among Russia's customers, the
// counts of accords, the counts of timeline events, and any other percentage, which must be one
// the data gives. Values are computed here from content/data/*.csv, never typed in.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { ARTICLE_CUTOFF } from '../../src/lib/timeline';
import { accords, armsByYear, systems, timeline, topRecipients } from './charts/real-data';

const LOCALES = ['en', 'fr'] as const;
type Locale = (typeof LOCALES)[number];

/** The words of an edition: every section file (front matter included) and the edition file. */
function prose(locale: Locale): { file: string; text: string }[] {
  const dir = `content/sections/${locale}`;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => `${dir}/${f}`);
  return [...files, `content/editions/${locale}.yaml`].map((file) => ({ file, text: readFileSync(file, 'utf8') }));
}

/** A number as the locale writes it: 3,861.9 / 3 861,9 (thin or no-break spaces in French). */
const NUMBER: Record<Locale, string> = {
  en: String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`,
  fr: String.raw`\d{1,3}(?:[\u202f\u00a0 ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`,
};
const toNumber = (written: string, locale: Locale) =>
  Number(locale === 'en' ? written.replace(/,/g, '') : written.replace(/[\u202f\u00a0 ]/g, '').replace(',', '.'));
const decimals = (written: string, locale: Locale) => written.split(locale === 'en' ? '.' : ',')[1]?.length ?? 0;

// What the data computes.
const suppliers = parseCsv(
  readFileSync('content/data/sipri-venezuela-arms-imports-by-supplier-2000-2023.csv', 'utf8'),
).map((r) => ({ supplier: r.supplier!, tiv: Number(r.tiv_m) }));
const russiaTotal = armsByYear().reduce((sum, y) => sum + y.from_russia_tiv_m, 0);
const allTotal = suppliers.reduce((sum, s) => sum + s.tiv, 0);
const russiaShare = russiaTotal / allTotal;
const tivValues = new Set(
  [
    russiaTotal,
    allTotal,
    allTotal - russiaTotal,
    ...suppliers.map((s) => s.tiv),
    ...armsByYear().flatMap((y) => [
      y.from_russia_tiv_m,
      y.from_all_suppliers_tiv_m,
      y.from_all_suppliers_tiv_m - y.from_russia_tiv_m,
    ]),
    ...topRecipients().map((r) => r.tiv_m),
    ...systems().map((s) => s.tiv_delivered_m),
  ].map((v) => v.toFixed(1)),
);
const venezuelaRank = topRecipients().find((r) => r.recipient === 'Venezuela')!.rank;
const accordCounts = new Set(accords().flatMap((a) => [a.count, ...(a.count_max === undefined ? [] : [a.count_max])]));
const eventCounts = new Set([
  timeline().length,
  timeline().filter((e) => e.date > ARTICLE_CUTOFF).length,
  timeline().filter((e) => e.in_source_article).length,
]);
/** Percentages the data states in its own words (a note's "49%") or computes. */
const dataText = readdirSync('content/data')
  .filter((f) => f.endsWith('.csv'))
  .map((f) => readFileSync(`content/data/${f}`, 'utf8'))
  .join('\n');
const statedPercents = new Set(
  [...dataText.matchAll(/(\d+(?:[.,]\d+)?)[\u202f\u00a0 ]?%/g)].map((m) => Number(m[1]!.replace(',', '.'))),
);
const percents = new Set([
  Math.round(russiaShare * 100),
  ...topRecipients().map((r) => r.share_of_russian_exports_pct),
  ...statedPercents,
]);

const ORDINALS: Record<Locale, Record<string, number>> = {
  en: { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 },
  fr: {
    premier: 1,
    deuxième: 2,
    troisième: 3,
    quatrième: 4,
    cinquième: 5,
    sixième: 6,
    septième: 7,
    huitième: 8,
    neuvième: 9,
    dixième: 10,
  },
};

describe('numbers in the prose agree with the data', () => {
  it('computes the values the prose relies on from the data (Russia 3,861.9 of 5,619.x million TIV, 69%)', () => {
    expect(russiaTotal.toFixed(1)).toBe(suppliers.find((s) => s.supplier === 'Russia')!.tiv.toFixed(1));
    expect(Math.round(russiaShare * 100)).toBe(69);
    expect(russiaShare).toBeGreaterThan(2 / 3);
  });

  for (const locale of LOCALES) {
    const files = prose(locale);
    const N = NUMBER[locale];

    it(`${locale}: every TIV value is written to one decimal and is a value or total of the SIPRI data`, () => {
      const found: string[] = [];
      for (const { file, text } of files) {
        for (const paragraph of text.split(/\n\s*\n|\n(?=\S)/)) {
          if (!/\bTIV\b|trend-indicator|valeur indicative de tendance/i.test(paragraph)) continue;
          // A value said to be approximate ("about 254 million", Peru's, from SIPRI's ranking and in
          // no data file) is the prose's rounding, not a value shown: it is left out.
          const pattern = new RegExp(
            String.raw`(?<!US\$|\$)(?<!(?:about|approximately|roughly|environ|quelque|près de)\s)(?<![\d,.\u202f\u00a0])(${N})\s+millions?\b(?!\s+(?:de\s+)?(?:dollars|cartridges|cartouches|barrels|barils))`,
            'g',
          );
          for (const m of paragraph.matchAll(pattern)) {
            const written = m[1]!;
            found.push(written);
            expect(decimals(written, locale), `${file}: "${m[0]}" should show TIV to one decimal`).toBe(1);
            expect(
              tivValues.has(toNumber(written, locale).toFixed(1)),
              `${file}: ${m[0]} is no value or total in the SIPRI data`,
            ).toBe(true);
          }
        }
      }
      expect(found.length, `${locale}: the prose states at least one TIV value`).toBeGreaterThan(0);
    });

    it(`${locale}: every percentage is computed from the data or stated in it, and "two thirds" fits Russia's share`, () => {
      const pattern = new RegExp(String.raw`(${N})[\u202f\u00a0 ]?(?:%|per ?cent\b)`, 'g');
      let count = 0;
      for (const { file, text } of files) {
        for (const m of text.matchAll(pattern)) {
          count++;
          expect(percents.has(toNumber(m[1]!, locale)), `${file}: "${m[0]}" is not a share the data gives`).toBe(true);
        }
        if (/two[- ]thirds|deux tiers/i.test(text))
          expect(russiaShare, `${file}: "two thirds"`).toBeGreaterThan(2 / 3 - 0.01);
      }
      expect(count).toBeGreaterThan(0);
    });

    it(`${locale}: every count of accords is a count in accords.csv`, () => {
      const pattern = new RegExp(
        String.raw`(?<![\d,.])(${N})\s+(?:(?:new|bilateral|nouveaux|bilatéraux)\s+)?(?:agreements|accords)\b`,
        'gi',
      );
      let count = 0;
      for (const { file, text } of files) {
        for (const m of text.matchAll(pattern)) {
          count++;
          expect(accordCounts.has(toNumber(m[1]!, locale)), `${file}: "${m[0]}" is no count in accords.csv`).toBe(true);
        }
      }
      expect(count).toBeGreaterThan(0);
    });

    it(`${locale}: every count of events is a count of the timeline`, () => {
      const pattern = new RegExp(
        String.raw`(?<![\d,.])(${N})\s+(?:(?:dated|datés|later)\s+)?(?:events|événements)\b`,
        'gi',
      );
      for (const { file, text } of files) {
        for (const m of text.matchAll(pattern))
          expect(eventCounts.has(toNumber(m[1]!, locale)), `${file}: "${m[0]}" is no count of timeline.csv`).toBe(true);
      }
    });

    it(`${locale}: Venezuela's rank among Russia's customers is the data's`, () => {
      const words = Object.keys(ORDINALS[locale]).join('|');
      const pattern = new RegExp(String.raw`\b(\d+)(?:st|nd|rd|th|e|ᵉ)\b|\b(${words})\b`, 'gi');
      let count = 0;
      for (const { file, text } of files) {
        for (const m of text.matchAll(pattern)) {
          const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
          // Only a rank among buyers of Russian arms; "1st in the Americas" is another ranking.
          if (
            !/^[^.;"]{0,40}\b(buyers?|customers?|acheteurs?|clients?)\b/i.test(after) ||
            /^\s*(in the Americas|du continent|sur le continent)/i.test(after)
          )
            continue;
          count++;
          const rank = m[1] ? Number(m[1]) : ORDINALS[locale][m[2]!.toLowerCase()]!;
          expect(rank, `${file}: "${m[0]}${after.slice(0, 30)}"`).toBe(venezuelaRank);
        }
      }
      // The key fact states the rank in its value, its label naming the buyers.
      const edition = readFileSync(`content/editions/${locale}.yaml`, 'utf8');
      const fact = edition.match(/value: "(\d+)(?:th|e)"\n\s+label: "[^"]*(?:buyers|acheteurs|clients)/);
      if (fact) expect(Number(fact[1])).toBe(venezuelaRank);
      expect(count + (fact ? 1 : 0)).toBeGreaterThan(0);
    });
  }
});
