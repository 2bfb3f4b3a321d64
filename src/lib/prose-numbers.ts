// The numbers the prose states that the data can compute: SIPRI's TIV values and totals (to one
// decimal), Russia's share of Venezuela's arms imports ("69%", "two thirds"), the peak year of
// Russia's deliveries, Venezuela's rank among Russia's customers, the counts of accords and of
// timeline events, and every other percentage (one the data computes or states). Pure: the build
// runs it once over both editions (src/data/checks.ts), so a changed number stops the build.
import type { Locale } from './locales';

/** The rows of the data files this check reads (as the collections parse them). */
export interface ProseData {
  armsByYear: readonly { year: number; from_russia_tiv_m: number; from_all_suppliers_tiv_m: number }[];
  suppliers: readonly { supplier: string; tiv_m: number }[];
  topRecipients: readonly { recipient: string; rank: number; tiv_m: number; share_of_russian_exports_pct: number }[];
  systems: readonly { tiv_delivered_m: number }[];
  accords: readonly { count: number; count_max?: number }[];
  timeline: readonly { date: string; in_source_article: boolean }[];
  /** The last day the article covers: events after it are "later" events. */
  articleCutoff: string;
  /** The data files' text, for the percentages they state in words ("49%" in a note). */
  dataText: string;
}

/** One file of prose in one locale. */
export interface ProseFile {
  file: string;
  /** Each language's numbers and ordinals are read by its own row of NUMBER and ORDINALS below. */
  locale: Locale;
  text: string;
}

/** What the data computes, once: every value the prose may state. */
export function proseFacts(data: ProseData) {
  const russiaTotal = data.armsByYear.reduce((sum, y) => sum + y.from_russia_tiv_m, 0);
  const allTotal = data.suppliers.reduce((sum, s) => sum + s.tiv_m, 0);
  const russiaShare = allTotal ? russiaTotal / allTotal : 0;
  const tivValues = new Set(
    [
      russiaTotal,
      allTotal,
      allTotal - russiaTotal,
      ...data.suppliers.map((s) => s.tiv_m),
      ...data.armsByYear.flatMap((y) => [
        y.from_russia_tiv_m,
        y.from_all_suppliers_tiv_m,
        y.from_all_suppliers_tiv_m - y.from_russia_tiv_m,
      ]),
      ...data.topRecipients.map((r) => r.tiv_m),
      ...data.systems.map((s) => s.tiv_delivered_m),
    ].map((v) => v.toFixed(1)),
  );
  const peak = [...data.armsByYear].sort((a, b) => b.from_russia_tiv_m - a.from_russia_tiv_m)[0];
  const statedPercents = [...data.dataText.matchAll(/(\d+(?:[.,]\d+)?)[\u202f\u00a0 ]?%/g)].map((m) =>
    Number(m[1]!.replace(',', '.')),
  );
  return {
    russiaTotal,
    allTotal,
    russiaShare,
    tivValues,
    peakYear: peak?.year,
    venezuelaRank: data.topRecipients.find((r) => r.recipient === 'Venezuela')?.rank,
    accordCounts: new Set(data.accords.flatMap((a) => [a.count, ...(a.count_max === undefined ? [] : [a.count_max])])),
    eventCounts: new Set([
      data.timeline.length,
      data.timeline.filter((e) => e.date > data.articleCutoff).length,
      data.timeline.filter((e) => e.in_source_article).length,
    ]),
    percents: new Set([
      Math.round(russiaShare * 100),
      ...data.topRecipients.map((r) => r.share_of_russian_exports_pct),
      ...statedPercents,
    ]),
  };
}

/** A number as the locale writes it: 3,861.9 / 3 861,9 (thin or no-break spaces in French). */
const NUMBER = {
  en: String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`,
  fr: String.raw`\d{1,3}(?:[\u202f\u00a0 ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`,
} as const;
const toNumber = (written: string, locale: ProseFile['locale']) =>
  Number(locale === 'en' ? written.replace(/,/g, '') : written.replace(/[\u202f\u00a0 ]/g, '').replace(',', '.'));
const decimals = (written: string, locale: ProseFile['locale']) =>
  written.split(locale === 'en' ? '.' : ',')[1]?.length ?? 0;

const ORDINALS = {
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
} as const satisfies Record<ProseFile['locale'], Record<string, number>>;

/** How many of each kind of number the prose states (a check that finds none checks nothing). */
export interface ProseCounts {
  tiv: number;
  percent: number;
  accords: number;
  rank: number;
  peak: number;
}

/**
 * Every number of the prose that disagrees with the data, as messages naming the file and line
 * and what the data gives; and how many numbers of each kind were checked.
 */
export function proseNumberProblems(
  files: readonly ProseFile[],
  data: ProseData,
): { problems: string[]; counts: ProseCounts } {
  const facts = proseFacts(data);
  const problems: string[] = [];
  const counts: ProseCounts = { tiv: 0, percent: 0, accords: 0, rank: 0, peak: 0 };
  for (const { file, locale, text } of files) {
    const N = NUMBER[locale];
    const at = (index: number) => `${file}:${text.slice(0, index).split('\n').length}`;

    // TIV values: in a paragraph that speaks of TIV, every "N million" (not approximate, not money).
    let offset = 0;
    for (const paragraph of text.split(/(\n\s*\n|\n(?=\S))/)) {
      const start = offset;
      offset += paragraph.length;
      if (!/\bTIV\b|trend-indicator|valeur indicative de tendance/i.test(paragraph)) continue;
      const pattern = new RegExp(
        String.raw`(?<!US\$|\$)(?<!(?:about|approximately|roughly|environ|quelque|près de)\s)(?<![\d,.\u202f\u00a0])(${N})\s+millions?\b(?!\s+(?:de\s+)?(?:dollars|cartridges|cartouches|barrels|barils))`,
        'g',
      );
      for (const m of paragraph.matchAll(pattern)) {
        counts.tiv++;
        const written = m[1]!;
        if (decimals(written, locale) !== 1)
          problems.push(`${at(start + m.index)}: "${m[0]}" should show a TIV value to one decimal, as the data does`);
        else if (!facts.tivValues.has(toNumber(written, locale).toFixed(1)))
          problems.push(`${at(start + m.index)}: "${m[0]}" is no value or total of the SIPRI data in content/data/`);
      }
    }

    // Percentages, and "two thirds" against Russia's share.
    for (const m of text.matchAll(new RegExp(String.raw`(${N})[\u202f\u00a0 ]?(?:%|per ?cent\b)`, 'g'))) {
      counts.percent++;
      if (!facts.percents.has(toNumber(m[1]!, locale)))
        problems.push(
          `${at(m.index)}: "${m[0]}" is not a share the data computes or states (Russia's share of Venezuela's arms imports is ${Math.round(facts.russiaShare * 100)}%)`,
        );
    }
    for (const m of text.matchAll(/two[- ]thirds|deux tiers/gi)) {
      counts.percent++;
      if (Math.abs(facts.russiaShare - 2 / 3) > 0.05)
        problems.push(
          `${at(m.index)}: "${m[0]}" no longer fits Russia's share of Venezuela's arms imports, ${Math.round(facts.russiaShare * 100)}% in the SIPRI data`,
        );
    }

    // Counts of accords and of events.
    const accordPattern = new RegExp(
      String.raw`(?<![\d,.])(${N})\s+(?:(?:new|bilateral|nouveaux|bilatéraux)\s+)?(?:agreements|accords)\b`,
      'gi',
    );
    for (const m of text.matchAll(accordPattern)) {
      counts.accords++;
      if (!facts.accordCounts.has(toNumber(m[1]!, locale)))
        problems.push(`${at(m.index)}: "${m[0]}" is no count of accords in accords.csv`);
    }
    const eventPattern = new RegExp(
      String.raw`(?<![\d,.])(${N})\s+(?:(?:dated|datés|later)\s+)?(?:events|événements)\b`,
      'gi',
    );
    for (const m of text.matchAll(eventPattern))
      if (!facts.eventCounts.has(toNumber(m[1]!, locale)))
        problems.push(`${at(m.index)}: "${m[0]}" is no count of events in timeline.csv`);

    // The peak year of Russia's deliveries.
    for (const m of text.matchAll(
      /(?:peaked in|peak(?: year)?(?: was| came)? in|pic est atteint en|culminent en)\s+(\d{4})/gi,
    )) {
      counts.peak++;
      if (Number(m[1]) !== facts.peakYear)
        problems.push(
          `${at(m.index)}: "${m[0]}", but Russia's deliveries peak in ${facts.peakYear} in sipri-venezuela-arms-imports-by-year.csv`,
        );
    }

    // Venezuela's rank among Russia's customers ("sixth-largest buyer", "6e client").
    const words = Object.keys(ORDINALS[locale]).join('|');
    for (const m of text.matchAll(new RegExp(String.raw`\b(\d+)(?:st|nd|rd|th|e|ᵉ)\b|\b(${words})\b`, 'gi'))) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      if (
        !/^[^.;"]{0,40}\b(buyers?|customers?|acheteurs?|clients?)\b/i.test(after) ||
        /^\s*(in the Americas|du continent|sur le continent)/i.test(after)
      )
        continue;
      counts.rank++;
      const ordinals: Record<string, number> = ORDINALS[locale];
      const rank = m[1] ? Number(m[1]) : ordinals[m[2]!.toLowerCase()];
      if (rank !== facts.venezuelaRank)
        problems.push(
          `${at(m.index)}: "${m[0]}${after.slice(0, 30)}…" gives Venezuela's rank as ${rank}; sipri-russia-top-recipients-2000-2023.csv ranks it ${facts.venezuelaRank}`,
        );
    }
    // The key fact states the rank in its value, its label naming the buyers.
    const fact = text.match(/value: "(\d+)(?:th|e)"\n\s+label: "[^"]*(?:buyers|acheteurs|clients)/);
    if (fact) {
      counts.rank++;
      if (Number(fact[1]) !== facts.venezuelaRank)
        problems.push(
          `${at(fact.index!)}: the key fact gives Venezuela's rank as ${fact[1]}; sipri-russia-top-recipients-2000-2023.csv ranks it ${facts.venezuelaRank}`,
        );
    }
  }
  return { problems, counts };
}
