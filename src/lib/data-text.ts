// The research data's own words in the page's language. The CSVs in content/data keep the English
// research text and, beside it, its French translation in a `<column>_fr` column (event_fr,
// context_fr, note_fr, description_fr, recipient_fr…). These pick the one a page shows.
import type { Locale } from './locales';

/** The value of a translated text column for a locale: `column` in English, `column_fr` in French. */
export function localized<K extends string>(row: { readonly [P in K | `${K}_fr`]: string }, column: K, locale: Locale): string {
  return locale === 'fr' ? row[`${column}_fr`] : row[column];
}

/** The same for a column that may be empty (a note): undefined when the row has none. */
export function localizedOptional<K extends string>(row: { readonly [P in K | `${K}_fr`]?: string }, column: K, locale: Locale): string | undefined {
  return locale === 'fr' ? row[`${column}_fr`] : row[column];
}

/** A timeline event's description in a locale. */
export function eventText(event: { readonly event: string; readonly event_fr: string }, locale: Locale): string {
  return localized(event, 'event', locale);
}

/** A timeline event's note (where the records disagree) in a locale, or undefined when it has none. */
export function eventNote(event: { readonly note?: string; readonly note_fr?: string }, locale: Locale): string | undefined {
  return localizedOptional(event, 'note', locale);
}

/** A source's publisher as named in a locale (publisher_fr in French, the publisher's own name where none is given). */
export function publisherName(source: { readonly publisher: string; readonly publisher_fr?: string }, locale: Locale): string {
  return (locale === 'fr' ? source.publisher_fr : undefined) ?? source.publisher;
}

/** A source's note in a locale, or undefined when it has none. */
export function sourceNote(source: { readonly note?: string; readonly note_fr?: string }, locale: Locale): string | undefined {
  return localizedOptional(source, 'note', locale);
}
