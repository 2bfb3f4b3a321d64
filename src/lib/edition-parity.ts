// The two editions must tell the same facts: per section pair (English and French, paired by
// translationKey), the same numbers, the same dates, the same named people and organizations, each
// quotation credited to the same people, and the same sources cited. Pure: it reads MDX bodies as
// text, tolerant of each language's way of writing (1,234.5 / 1 234,5; 69% / 69 %; 3 January 2026 /
// 3 janvier 2026; 80th / 80e).
//
// The rules for names, which keep the comparison to people and organizations:
// 1. A name is a run of capitalized words, read as one ("Cartel de los Soles", "New York Times",
//    "Deputy Foreign Minister Sergey Ryabkov"); an article leading it (The, Le, La, Les) and, at the
//    start of a sentence or heading, a word the edition also writes in lower case ("Within", "When")
//    are not part of it. The title of a work in italics with a lower-case word in it
//    (*Putin and Maduro's 'Perfect Harmony' Tests Trump's Watch*) names no one and is skipped.
// 2. A name is compared by its last word, the surname: "Nicolás Maduro" in one edition matches
//    "Maduro" in the other, and "Dmitry Peskov" matches "Dmitri Peskov" (so two organizations
//    that share a last word, the New York Times and the Moscow Times, count as one).
// 3. Only three kinds of name are compared: a run of two or more words, an acronym (TASS, WION,
//    AFP; not those each language writes its own way, US / É.-U.), and a single word that is the
//    last word of such a run somewhere in the content (a known surname: "Peskov" alone). Other
//    single capitalized words (Caracas, Washington, Kremlin, a sentence's first word) are places,
//    metonyms or ordinary words, and are not compared.
// 4. A name other than an acronym is compared only where both editions write it somewhere (a
//    name each language spells its own way, Putin / Poutine, Foreign Ministry / ministère des
//    Affaires étrangères, is not).
// 5. A quotation's speaker is a PullQuote's `by`, or else the first name compared under rule 3
//    before the quotation in its sentence (its subject: "Putin told Maduro: '…'" credits
//    Putin), or else the first one after it. A link's title in quotation marks is not a quotation.

import type { Locale } from './locales';

/** The languages compared: each needs its row in MONTHS, NUMBER and QUOTATION below. */
export type ParityLocale = Locale;

/** What a section states, reduced to what both editions must share. */
export interface SectionFacts {
  numbers: Set<string>;
  dates: Set<string>;
  /** The names of the prose, in full (rule 1 above), in order. */
  names: string[];
  /** Each quotation's candidate speakers (rule 5): a PullQuote's `by`, or the names before and after it in its sentence. */
  quotations: { by: string[]; before: string[]; after: string[] }[];
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

/** A language's month names, January first, as Intl writes them (no import: tools/edition-drifts.mjs runs this file in Node). */
const monthNames = (tag: string): readonly string[] =>
  Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)),
  );

const MONTHS: Record<ParityLocale, readonly string[]> = { en: monthNames('en-US'), fr: monthNames('fr-FR') };

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
  // Names (rule 1), sentence by sentence (a heading or a line counts as a sentence).
  const lower = new Set(plain.match(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu) ?? []);
  const sentences = plain
    .replace(/\*([^*\n]+)\*/g, (_, title: string) => (/\s(?!(?:de|del|de los|of)\s)\p{Ll}/u.test(title) ? ' ' : title))
    // A full stop inside a quotation does not end the sentence that quotes it.
    .replace(QUOTATION[locale], (q) => q.replace(/[.!?]/g, '\u2024'))
    .split(/\n+|(?<=[.!?])\s+(?=\p{Lu}|«|“)/u);
  const names: string[] = [];
  const quotations: SectionFacts['quotations'] = pullQuoteBy.map((by) => ({
    by: namesIn(by, lower),
    before: [],
    after: [],
  }));
  for (const sentence of sentences) {
    names.push(...namesIn(sentence, lower));
    for (const m of sentence.matchAll(QUOTATION[locale])) {
      // A link's title ([“After the capture”](/#after-the-capture)) quotes no one.
      if (sentence[m.index - 1] === '[') continue;
      const outside = (s: string) => s.replace(QUOTATION[locale], ' ');
      quotations.push({
        by: [],
        before: namesIn(outside(sentence.slice(0, m.index)), lower),
        after: namesIn(outside(sentence.slice(m.index + m[0].length)), lower),
      });
    }
  }
  return { numbers, dates, names, quotations, sources };
}

const WORD = String.raw`\p{Lu}[\p{L}\p{N}'’-]*[\p{L}\p{N}]`;
/** A run of capitalized words, joined by spaces or by a particle (Cartel de los Soles, Office of Foreign Assets Control). */
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}])${WORD}(?:\s+(?:(?:del|de los|de las|of)\s+)?${WORD})*`, 'gu');
const ARTICLE = new Set(['The', 'Le', 'La', 'Les']);
const MONTH_WORDS = new Set([...MONTHS.en, ...MONTHS.fr].map((m) => m.toLowerCase()));

/**
 * The names in one sentence (rule 1): runs of capitalized words, cut at a month and after a
 * possessive ("Venezuela’s Foreign Ministry" is two names), without a leading article or, at the
 * sentence's start, a word the section also writes in lower case.
 */
function namesIn(sentence: string, lower: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const firstWord = sentence.match(/\p{L}/u)?.index;
  for (const m of sentence.matchAll(NAME_RUN)) {
    let words: string[] = [];
    const flush = () => {
      while (words[0] && (ARTICLE.has(words[0]) || /^(?:del|de|los|las|of)$/.test(words[0]))) words.shift();
      while (words.length && /^(?:del|de|los|las|of)$/.test(words.at(-1)!)) words.pop();
      if (words.length) found.push(words.join(' '));
      words = [];
    };
    m[0].split(/\s+/).forEach((word, i) => {
      if (MONTH_WORDS.has(word.toLowerCase())) return flush();
      if (i === 0 && m.index === firstWord && lower.has(word.toLowerCase())) return;
      const possessive = /[’']s$/u.test(word);
      words.push(possessive ? word.slice(0, -2) : word);
      if (possessive) flush();
    });
    flush();
  }
  return found;
}

/** A name's last word (rule 2): the surname a full name is compared by. */
const lastWord = (name: string) => name.split(' ').at(-1)!;

/** An acronym (TASS, WION, RT): written alike in both languages, so compared wherever it appears. */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** A Roman numeral (World War II): not an acronym. */
const ROMAN = /^[IVXLC]+$/;
/** Acronyms each language writes its own way (US / É.-U., UN / ONU, EU / UE, NATO / OTAN…). */
const TRANSLATED_ACRONYMS = new Set(['US', 'USA', 'UN', 'ONU', 'EU', 'UE', 'NATO', 'OTAN', 'TIV', 'VIT', 'AQ']);

/**
 * The differences between each section and its translation: numbers, dates (by day and month,
 * "3 January", or month and year, "August 2025", since one edition may leave out a year the other
 * repeats), sources cited, and the people and organizations named or credited with a quotation,
 * under the rules for names in this file's header.
 */
export function editionDrifts(pairs: readonly { section: string; en: string; fr: string }[]): Drift[] {
  const facts = pairs.map((pair) => ({
    section: pair.section,
    en: sectionFacts(pair.en, 'en'),
    fr: sectionFacts(pair.fr, 'fr'),
  }));
  const all = facts.flatMap((f) => [f.en, f.fr]);
  // Rule 3: multi-word names, acronyms, and known surnames.
  const surnames = new Set(all.flatMap((f) => f.names.filter((n) => n.includes(' ')).map(lastWord)));
  const compared = (name: string) =>
    name.includes(' ') ||
    (ACRONYM.test(name) ? !TRANSLATED_ACRONYMS.has(name) && !ROMAN.test(name) : surnames.has(name));
  // Rule 4: a surname both editions write somewhere.
  const keysOf = (locale: ParityLocale) =>
    new Set(facts.flatMap((f) => f[locale].names.filter(compared).map(lastWord)));
  const [enKeys, frKeys] = [keysOf('en'), keysOf('fr')];
  const shared = (key: string) => (ACRONYM.test(key) && !ROMAN.test(key)) || (enKeys.has(key) && frKeys.has(key));
  const drifts: Drift[] = [];
  for (const { section, en, fr } of facts) {
    const people = (f: SectionFacts) => {
      const names = new Map<string, string>();
      for (const name of f.names.filter(compared)) if (!names.has(lastWord(name))) names.set(lastWord(name), name);
      return names;
    };
    // Rule 5: the PullQuote's `by`, or the first compared name before the quotation, or the first after.
    const speakers = (f: SectionFacts) => {
      const names = new Map<string, string>();
      for (const q of f.quotations) {
        const speaker = [...q.by, ...q.before, ...q.after].find(compared);
        if (speaker && !names.has(lastWord(speaker))) names.set(lastWord(speaker), speaker);
      }
      return names;
    };
    const compareNames = (kind: Drift['kind'], a: Map<string, string>, b: Map<string, string>) => {
      for (const [key, name] of [...a].sort())
        if (!b.has(key) && shared(key)) drifts.push({ section, kind, value: name, only: 'en' });
      for (const [key, name] of [...b].sort())
        if (!a.has(key) && shared(key)) drifts.push({ section, kind, value: name, only: 'fr' });
    };
    const compare = (kind: Drift['kind'], a: Set<string>, b: Set<string>) => {
      for (const value of [...a].sort()) if (!b.has(value)) drifts.push({ section, kind, value, only: 'en' });
      for (const value of [...b].sort()) if (!a.has(value)) drifts.push({ section, kind, value, only: 'fr' });
    };
    compare('number', en.numbers, fr.numbers);
    compare('date', en.dates, fr.dates);
    compareNames('name', people(en), people(fr));
    compareNames('quotation', speakers(en), speakers(fr));
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
