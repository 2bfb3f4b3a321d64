// The two editions must tell the same facts: per section pair (English and French, paired by
// translationKey), the same numbers, the same dates, the same names, and each quotation credited
// to the same people. Pure: it reads MDX bodies as text, tolerant of each language's way of
// writing (1,234.5 / 1 234,5; 69% / 69 %; 3 January 2026 / 3 janvier 2026; 80th / 80e).

export type ParityLocale = 'en' | 'fr';

/** What a section states, reduced to what both editions must share. */
export interface SectionFacts {
  numbers: Set<string>;
  dates: Set<string>;
  /** Capitalized words of the prose (names of people, outlets, places, systems). */
  names: Set<string>;
  /** The names credited with a quotation: a PullQuote's `by`, or the name nearest a quotation in its sentence. */
  quoted: Set<string>;
  /** The sources cited (<Cite id>). */
  sources: Set<string>;
}

/** One difference between a section and its translation. */
export interface Drift {
  /** The English slug (translation key) of the pair. */
  section: string;
  kind: 'number' | 'date' | 'name' | 'quotation' | 'source';
  value: string;
  /** The edition that has it (the other lacks it). */
  only: ParityLocale;
}

const MONTHS: Record<ParityLocale, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
};

const NUMBER: Record<ParityLocale, string> = {
  en: String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`,
  fr: String.raw`\d{1,3}(?:[\u202f\u00a0 ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?`,
};

const QUOTATION: Record<ParityLocale, RegExp> = { en: /“[^”]+”/g, fr: /«[^»]+»/g };

/** A written number as a plain numeral ("3,861.9" and "3 861,9" → "3861.9"). */
function normalNumber(written: string, locale: ParityLocale): string {
  const n = locale === 'en' ? written.replace(/,/g, '') : written.replace(/[\u202f\u00a0 ]/g, '').replace(',', '.');
  return String(Number(n));
}

/** A body's prose: tags, link targets, code and comments removed (their words kept where they are words). */
function prose(body: string): { text: string; pullQuoteBy: string[] } {
  const pullQuoteBy = [...body.matchAll(/<PullQuote\b[^>]*\bby="([^"]+)"/g)].map((m) => m[1]!);
  const when = [...body.matchAll(/<PullQuote\b[^>]*\bwhen="([^"]+)"/g)].map((m) => m[1]!);
  const text = body
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
    .replace(/<[A-Za-z/][^<>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/^#+\s/gm, '');
  return { text: `${text}\n${when.join('\n')}`, pullQuoteBy };
}

/** The numbers, dates, names and quoted names of one section body. */
export function sectionFacts(body: string, locale: ParityLocale): SectionFacts {
  const { text: plain, pullQuoteBy } = prose(body);
  const sources = new Set([...body.matchAll(/<Cite\s+id=["']([^"']+)["']/g)].map((m) => m[1]!));
  const months = MONTHS[locale];
  const monthOf = (name: string) =>
    String(months.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1).padStart(2, '0');
  const M = months.join('|');
  const dates = new Set<string>();
  const pad = (d: string) => d.padStart(2, '0');
  // Dates first (3 January 2026, January 3, 2026, January 2026, 3 January), then cut out of the text.
  const text = plain
    .replace(new RegExp(String.raw`\b(\d{1,2})(?:er)?\s(${M})\s(\d{4})\b`, 'gi'), (_, d, m) => {
      dates.add(`${pad(d)} ${MONTHS.en[Number(monthOf(m)) - 1]}`);
      return ' ';
    })
    .replace(new RegExp(String.raw`\b(${M})\s(\d{1,2}),\s(\d{4})\b`, 'gi'), (_, m, d) => {
      dates.add(`${pad(d)} ${MONTHS.en[Number(monthOf(m)) - 1]}`);
      return ' ';
    })
    .replace(new RegExp(String.raw`\b(${M})\s(\d{4})\b`, 'gi'), (_, m, y) => {
      dates.add(`${MONTHS.en[Number(monthOf(m)) - 1]} ${y}`);
      return ' ';
    })
    .replace(new RegExp(String.raw`\b(\d{1,2})(?:er)?\s(${M})\b`, 'gi'), (_, d, m) => {
      dates.add(`${pad(d)} ${MONTHS.en[Number(monthOf(m)) - 1]}`);
      return ' ';
    });
  // Numbers standing on their own (not part of a designation such as Su-30MK2 or S-300VM); an
  // ordinal's ending (80th, 80e) is dropped.
  const numbers = new Set<string>();
  const standing = new RegExp(
    String.raw`(?<![\p{L}\p{N}\-.,])(${NUMBER[locale]})(?:st|nd|rd|th|er|e|ᵉ)?(?![\p{L}\p{N}\-])`,
    'gu',
  );
  for (const m of text.matchAll(standing)) numbers.add(normalNumber(m[1]!, locale));
  const namesIn = (s: string) =>
    [...s.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’-]*[\p{L}\p{N}]/gu)].map((m) => m[0].replace(/[’']s$/, ''));
  const quoted = new Set<string>(pullQuoteBy.flatMap((by) => namesIn(by)));
  // An inline quotation's speaker: the last name before it in its sentence, or the first after it.
  for (const sentence of plain.split(/(?<=[.!?])\s+(?=\p{Lu}|«|“)/u)) {
    for (const m of sentence.matchAll(QUOTATION[locale])) {
      const before = namesIn(sentence.slice(0, m.index).replace(QUOTATION[locale], ' ')).at(-1);
      const after = namesIn(sentence.slice(m.index + m[0].length).replace(QUOTATION[locale], ' '))[0];
      const speaker = before ?? after;
      if (speaker) quoted.add(speaker);
    }
  }
  return { numbers, dates, names: new Set(namesIn(plain)), quoted, sources };
}

/** An acronym (TASS, WION, RT): written alike in both languages, so compared wherever it appears. */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Acronyms each language writes its own way (US / É.-U., UN / ONU, EU / UE, NATO / OTAN…). */
const TRANSLATED_ACRONYMS = new Set(['US', 'USA', 'UN', 'ONU', 'EU', 'UE', 'NATO', 'OTAN', 'TIV', 'VIT', 'AQ']);

/**
 * The differences between each section and its translation. Names are compared where both
 * editions use them in about as many sections (Ryabkov, Peskov), and acronyms (TASS, WION)
 * wherever they appear; a name each language spells its own way (Putin / Poutine) or a translated
 * institution is not a drift. Dates are compared by day and month ("3 January"), or month and
 * year ("August 2025"), since one edition may leave out a year the other repeats.
 */
export function editionDrifts(pairs: readonly { section: string; en: string; fr: string }[]): Drift[] {
  const facts = pairs.map((pair) => ({
    section: pair.section,
    en: sectionFacts(pair.en, 'en'),
    fr: sectionFacts(pair.fr, 'fr'),
  }));
  // A name is compared when both editions use it in about as many sections (Rosneft, Ryabkov,
  // WION); "Moscow" or "US", which the French edition meets only in a title (Moscow Times), are not.
  const sectionsWith = (locale: ParityLocale, name: string) => facts.filter((f) => f[locale].names.has(name)).length;
  const allNames = new Set(facts.flatMap((f) => [...f.en.names, ...f.fr.names]));
  const shared = new Set(
    [...allNames].filter((name) => {
      const en = sectionsWith('en', name);
      const fr = sectionsWith('fr', name);
      if (/^[IVXLC]+$/.test(name)) return false;
      if (ACRONYM.test(name)) return !TRANSLATED_ACRONYMS.has(name);
      return en > 0 && fr > 0 && Math.min(en, fr) * 2 >= Math.max(en, fr);
    }),
  );
  const drifts: Drift[] = [];
  for (const { section, en, fr } of facts) {
    const compare = (
      kind: Drift['kind'],
      a: Set<string>,
      b: Set<string>,
      keep: (v: string) => boolean = () => true,
    ) => {
      for (const value of [...a].sort())
        if (!b.has(value) && keep(value)) drifts.push({ section, kind, value, only: 'en' });
      for (const value of [...b].sort())
        if (!a.has(value) && keep(value)) drifts.push({ section, kind, value, only: 'fr' });
    };
    compare('number', en.numbers, fr.numbers);
    compare('date', en.dates, fr.dates);
    compare('name', en.names, fr.names, (name) => shared.has(name));
    compare('quotation', en.quoted, fr.quoted, (name) => shared.has(name));
    compare('source', en.sources, fr.sources);
  }
  return drifts;
}

const KIND_WORDS: Record<Drift['kind'], string> = {
  number: 'the number',
  date: 'the date',
  name: 'the name',
  quotation: 'a quotation credited to',
  source: 'the source',
};

/** A drift as a maintainer reads it, naming both files. */
export function describeDrift(drift: Drift, files: Readonly<Record<ParityLocale, string>>): string {
  const other: ParityLocale = drift.only === 'en' ? 'fr' : 'en';
  return `${files[drift.only]}: ${KIND_WORDS[drift.kind]} "${drift.value}" is in this section but not in its translation ${files[other]}`;
}

/** The same drift, as a line of the known-drifts list. */
export const driftKey = (d: Drift) => `${d.section} ${d.kind} ${d.value} only-${d.only}`;

/**
 * Drifts the build refuses: those not in `known`, and entries of `known` that no longer drift
 * (so that the list only shrinks). Returns messages, empty when the editions agree.
 */
export function unexpectedDrifts(
  drifts: readonly Drift[],
  known: readonly string[],
  filesOf: (section: string) => Readonly<Record<ParityLocale, string>>,
  knownFile: string,
): string[] {
  const found = new Set(drifts.map(driftKey));
  const allowed = new Set(known);
  return [
    ...drifts.filter((d) => !allowed.has(driftKey(d))).map((d) => describeDrift(d, filesOf(d.section))),
    ...known
      .filter((key) => !found.has(key))
      .map((key) => `${knownFile}: the known drift "${key}" is gone (the editions agree now): remove it from the list`),
  ];
}
