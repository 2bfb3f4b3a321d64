// Data shaping for the three figures: validated rows in, the values each figure shows out. No
// drawing here (that is arms.ts, accords.ts, timeline.ts); nothing estimated or interpolated.
import { sum } from 'd3-array';
import type { Accord, ArmsImportsByYear, RussiaTopRecipient, RussianSystem, TimelineEvent } from '../lib/data-schemas';
import { formatDate, formatNumber } from '../lib/format';
import { isAfterArticle } from '../lib/timeline';
import { eventNote, eventText, localized, localizedOptional } from '../lib/data-text';
import type { Locale } from '../lib/locales';
import { figures } from '../i18n/figures';

/** Rounds to hundredths, the precision of the SIPRI file, so that subtractions print cleanly. */
const cents = (n: number) => Math.round(n * 100) / 100;

export interface ArmsYear {
  year: number;
  russia: number;
  /** All suppliers other than Russia: all − Russia. */
  other: number;
  all: number;
  sourceId: string;
}

/** Venezuela's imports by year, split into Russia and all other suppliers, in year order. */
export function armsSeries(rows: readonly ArmsImportsByYear[]): ArmsYear[] {
  return [...rows]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({
      year: r.year,
      russia: r.from_russia_tiv_m,
      other: cents(r.from_all_suppliers_tiv_m - r.from_russia_tiv_m),
      all: r.from_all_suppliers_tiv_m,
      sourceId: r.source_id,
    }));
}

/** Totals over the whole series (million TIV, rounded to tenths). */
export function armsTotals(series: readonly ArmsYear[]): {
  russia: number;
  other: number;
  all: number;
  first: number;
  last: number;
} {
  const tenth = (n: number) => Math.round(n * 10) / 10;
  return {
    russia: tenth(sum(series, (d) => d.russia)),
    other: tenth(sum(series, (d) => d.other)),
    all: tenth(sum(series, (d) => d.all)),
    first: series[0]?.year ?? NaN,
    last: series.at(-1)?.year ?? NaN,
  };
}

/** The years with deliveries from Russia: first, last, and the year of the largest value. */
export function russianDeliveryYears(series: readonly ArmsYear[]): { first: number; last: number; peak: ArmsYear } {
  const withRussia = series.filter((d) => d.russia > 0);
  const peak = withRussia.reduce((best, d) => (d.russia > best.russia ? d : best));
  return { first: withRussia[0]!.year, last: withRussia.at(-1)!.year, peak };
}

/** Russia's top recipients in rank order, each with its name in the locale, Venezuela flagged. */
export function recipientsSeries(rows: readonly RussiaTopRecipient[], locale: Locale, highlight = 'Venezuela') {
  return [...rows]
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({ ...r, name: localized(r, 'recipient', locale), highlight: r.recipient === highlight }));
}

/** The systems Russia delivered, largest value first. */
export function systemsRows(rows: readonly RussianSystem[]): RussianSystem[] {
  return [...rows].sort((a, b) => b.tiv_delivered_m - a.tiv_delivered_m || a.designation.localeCompare(b.designation));
}

/** The first clause of a context note (up to the first comma, colon, semicolon or bracket). */
export function shortContext(context: string): string {
  return context.split(/[,;:(]/)[0]!.trim();
}

/** A count as the source words it, in the locale: "about 260" / "environ 260", "more than 400" / "plus de 400", "31", "19 or 42" / "19 ou 42" where sources disagree. */
export function countLabel(
  accord: Pick<Accord, 'count' | 'qualifier'> & { count_max?: number },
  locale: Locale,
): string {
  const words = figures[locale].accords;
  const n = formatNumber(accord.count, locale);
  if (accord.count_max !== undefined && accord.count_max !== accord.count)
    return words.eitherCount(n, formatNumber(accord.count_max, locale));
  return accord.qualifier === 'approximately'
    ? words.about(n)
    : accord.qualifier === 'more than'
      ? words.moreThan(n)
      : n;
}

export interface AccordRow extends Accord {
  label: string;
  dateText: string;
  /** The context note and its first clause, and the note on disagreements, in the locale. */
  contextText: string;
  short: string;
  noteText?: string;
}

/** French ordinals as typeset: "16e commission" → "16ᵉ commission" (a superscript e), in French only. */
export function frenchOrdinals(text: string, locale: Locale): string {
  return locale === 'fr' ? text.replace(/\b(\d+)e\b/g, '$1\u1d49') : text;
}

/** The accords split into single-event signings, the treaty and the claimed running totals, each in date order, worded for the locale. */
export function accordGroups(
  rows: readonly Accord[],
  locale: Locale,
): { signed: AccordRow[]; treaty: AccordRow[]; claims: AccordRow[] } {
  const withText = [...rows]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((r) => {
      const contextText = frenchOrdinals(localized(r, 'context', locale), locale);
      return {
        ...r,
        label: countLabel(r, locale),
        dateText: formatDate(r.date, r.date_precision, locale),
        contextText,
        short: shortContext(contextText),
        noteText: localizedOptional(r, 'note', locale),
      };
    });
  return {
    signed: withText.filter((r) => r.kind === 'signed_at_event'),
    treaty: withText.filter((r) => r.kind === 'treaty'),
    claims: withText.filter((r) => r.kind === 'cumulative_claim'),
  };
}

/** The domains the source article lists for its accord count (the bracket of its context note), in the locale. */
export function articleDomains(rows: readonly Accord[], locale: Locale): string[] {
  const row = rows.find((r) => r.kind === 'cumulative_claim' && r.source_ids.includes('source-article'));
  const inside = (row ? localized(row, 'context', locale) : '').match(/\(([^)]*)\)/)?.[1] ?? '';
  return inside
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export const CATEGORIES = ['diplomacy', 'arms', 'military', 'economy', 'politics', 'sanctions'] as const;

export type EventStatus = 'article' | 'other' | 'after';

export interface TimelineRow extends TimelineEvent {
  status: EventStatus;
  dateText: string;
  /** The event and its note in the locale. */
  text: string;
  noteText?: string;
  /** A key event's short label for the chart, in the locale (from chart_label / chart_label_fr). */
  label?: string;
}

/** Every timeline event in date order, with its status, its words in the locale and its date printed at the data's precision. */
export function timelineRows(rows: readonly TimelineEvent[], locale: Locale): TimelineRow[] {
  return [...rows]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => ({
      ...e,
      status: isAfterArticle(e) ? 'after' : e.in_source_article ? 'article' : 'other',
      dateText: formatDate(e.date, e.date_precision, locale),
      text: eventText(e, locale),
      noteText: eventNote(e, locale),
      label: locale === 'fr' ? e.chart_label_fr : e.chart_label,
    }));
}
