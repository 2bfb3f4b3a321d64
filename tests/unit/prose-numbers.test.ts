// proseNumberProblems (src/lib/prose-numbers.ts), the check the build runs on both editions:
// every number the prose states that the data can compute agrees with the data. It passes on the
// real content, checking numbers of every kind, and fails, naming the file and line, when the data
// or the prose changes alone. Values are computed from content/data/*.csv, never typed in.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv';
import { proseFacts, proseNumberProblems, type ProseData, type ProseFile } from '../../src/lib/prose-numbers';
import { ARTICLE_CUTOFF } from '../../src/lib/timeline';
import { accords, armsByYear, systems, timeline, topRecipients } from './charts/real-data';

/** The words of both editions: every section file (front matter included) and the edition files. */
function realProse(): ProseFile[] {
  return (['en', 'fr'] as const).flatMap((locale) => {
    const dir = `content/sections/${locale}`;
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `${dir}/${f}`);
    return [...files, `content/editions/${locale}.yaml`].map((file) => ({
      file,
      locale,
      text: readFileSync(file, 'utf8'),
    }));
  });
}

function realData(): ProseData {
  return {
    armsByYear: armsByYear(),
    suppliers: parseCsv(
      readFileSync('content/data/sipri-venezuela-arms-imports-by-supplier-2000-2023.csv', 'utf8'),
    ).map((r) => ({ supplier: r.supplier!, tiv_m: Number(r.tiv_m) })),
    topRecipients: topRecipients(),
    systems: systems(),
    accords: accords(),
    timeline: timeline(),
    articleCutoff: ARTICLE_CUTOFF,
    dataText: readdirSync('content/data')
      .filter((f) => f.endsWith('.csv'))
      .map((f) => readFileSync(`content/data/${f}`, 'utf8'))
      .join('\n'),
  };
}

/** One file of English prose with a sentence changed. */
const english = (text: string): ProseFile[] => [{ file: 'content/sections/en/x.mdx', locale: 'en', text }];

describe('the data computes the values the prose relies on', () => {
  it('Russia 3,861.9 of 5,619.x million TIV, 69%, a peak in 2013, sixth among buyers', () => {
    const facts = proseFacts(realData());
    expect(facts.russiaTotal.toFixed(1)).toBe('3861.9');
    expect(Math.round(facts.russiaShare * 100)).toBe(69);
    expect(facts.russiaShare).toBeGreaterThan(2 / 3);
    expect(facts.peakYear).toBe(2013);
    expect(facts.venezuelaRank).toBe(6);
  });
});

describe('the real content', () => {
  it('agrees with the data, and numbers of every kind were checked in it', () => {
    const { problems, counts } = proseNumberProblems(realProse(), realData());
    expect(problems).toEqual([]);
    expect(counts.tiv).toBeGreaterThan(0);
    expect(counts.percent).toBeGreaterThan(0);
    expect(counts.accords).toBeGreaterThan(0);
    expect(counts.rank).toBeGreaterThan(0);
    expect(counts.peak).toBeGreaterThan(0);
  });
});

describe('a number that no longer matches', () => {
  const data = realData();
  it('"roughly two-thirds" when Russia\'s share changes in the data', () => {
    const suppliers = data.suppliers.map((s) => (s.supplier === 'Russia' ? { ...s, tiv_m: s.tiv_m * 3 } : s));
    const { problems } = proseNumberProblems(realProse(), { ...data, suppliers });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^content\/sections\/en\/01-parade-and-missiles\.mdx:\d+: "two-thirds" no longer fits Russia's share of Venezuela's arms imports, \d+% in the SIPRI data$/,
      ),
    );
  });
  it('"peaked in 2013" when another year is the peak', () => {
    const armsByYear = data.armsByYear.map((y) => (y.year === 2009 ? { ...y, from_russia_tiv_m: 5000 } : y));
    const { problems } = proseNumberProblems(realProse(), { ...data, armsByYear });
    expect(problems).toContainEqual(
      expect.stringMatching(/01-parade-and-missiles\.mdx:\d+: "peaked in 2013", but Russia's deliveries peak in 2009/),
    );
  });
  it('a TIV value, a share, a count of accords, a rank, written wrong in the prose', () => {
    const problems = (text: string) => proseNumberProblems(english(text), data).problems;
    expect(problems('SIPRI trend-indicator values: 3,861.9 million, then 3,861.5 million.')).toEqual([
      'content/sections/en/x.mdx:1: "3,861.5 million" is no value or total of the SIPRI data in content/data/',
    ]);
    expect(problems('In TIV, 3,862 million.')).toEqual([
      'content/sections/en/x.mdx:1: "3,862 million" should show a TIV value to one decimal, as the data does',
    ]);
    expect(problems('Line one.\nRussia supplied 71% of it.')).toEqual([
      expect.stringMatching(/^content\/sections\/en\/x\.mdx:2: "71%" is not a share the data computes or states/),
    ]);
    expect(problems('They signed 23 agreements.')).toEqual([
      'content/sections/en/x.mdx:1: "23 agreements" is no count of accords in accords.csv',
    ]);
    expect(problems('Venezuela was the fifth-largest buyer of Russian arms.')).toEqual([
      expect.stringMatching(/"fifth-largest buyer.*gives Venezuela's rank as 5; .* ranks it 6$/),
    ]);
    expect(problems('The timeline holds 999 events.')).toEqual([
      'content/sections/en/x.mdx:1: "999 events" is no count of events in timeline.csv',
    ]);
  });
  it('in French, written the French way', () => {
    const fr = (text: string): ProseFile[] => [{ file: 'fr.mdx', locale: 'fr', text }];
    expect(proseNumberProblems(fr('En valeur indicative de tendance, 3 861,9 millions.'), data).problems).toEqual([]);
    expect(proseNumberProblems(fr('Le pic est atteint en 2012.'), data).problems).toEqual([
      expect.stringMatching(/"pic est atteint en 2012", but Russia's deliveries peak in 2013/),
    ]);
    expect(proseNumberProblems(fr('Soit 68 % du total.'), data).problems).toHaveLength(1);
  });
});
