// The research data's own words in the page's language. The CSVs in content/data keep the English
// research text and, beside it, its French translation in a `<column>_fr` column (event_fr,
// context_fr, note_fr, description_fr, recipient_fr…). These pick the one a page shows.
import type { Locale } from './locales';

/**
 * Typographic quotation marks and apostrophes for text typed with straight ones: ' and " become
 * ’ ‘ “ ” by position (an apostrophe inside or at the end of a word, an opening mark after a
 * space, a bracket or another opening mark). Text already typographic is left as it is.
 */
export function typographic(text: string): string {
  return text
    .replace(/(^|[\s([{\u2014\u2013“‘«\u00a0\u202f/-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{\u2014\u2013“«\u00a0\u202f/-])'(?=\S)/g, '$1‘')
    .replace(/'/g, '’');
}

/** The value of a translated text column for a locale: `column` in English, `column_fr` in French. */
export function localized<K extends string>(
  row: { readonly [P in K | `${K}_fr`]: string },
  column: K,
  locale: Locale,
): string {
  return typographic(locale === 'fr' ? row[`${column}_fr`] : row[column]);
}

/** The same for a column that may be empty (a note): undefined when the row has none. */
export function localizedOptional<K extends string>(
  row: { readonly [P in K | `${K}_fr`]?: string },
  column: K,
  locale: Locale,
): string | undefined {
  const text = locale === 'fr' ? row[`${column}_fr`] : row[column];
  return text === undefined ? undefined : typographic(text);
}

/** A timeline event's description in a locale. */
export function eventText(event: { readonly event: string; readonly event_fr: string }, locale: Locale): string {
  return localized(event, 'event', locale);
}

/** A timeline event's note (where the records disagree) in a locale, or undefined when it has none. */
export function eventNote(
  event: { readonly note?: string; readonly note_fr?: string },
  locale: Locale,
): string | undefined {
  return localizedOptional(event, 'note', locale);
}

/** A source's publisher as named in a locale (publisher_fr in French, the publisher's own name where none is given). */
export function publisherName(
  source: { readonly publisher: string; readonly publisher_fr?: string },
  locale: Locale,
): string {
  return typographic((locale === 'fr' ? source.publisher_fr : undefined) ?? source.publisher);
}

/**
 * A source's title as a reader sees it: a headline in the locale's quotation marks (“…”, « … »),
 * a description of an untitled record as plain words, never dressed up as a headline.
 */
export function sourceTitle(
  source: { readonly title: string; readonly title_kind?: 'headline' | 'description' },
  locale: Locale,
): string {
  const title = typographic(source.title);
  if (source.title_kind === 'description') return title;
  // A byline kept with the title (", by Omar Lugo") stays outside the quotation marks.
  const [, headline = title, author] = title.match(/^(.*),\s+by\s+(.+)$/) ?? [];
  // Inside the outer marks, a headline's own quotation marks take the inner form.
  const quoted = locale === 'fr' ? `«\u202f${headline}\u202f»` : `“${headline.replace(/“/g, '‘').replace(/”/g, '’')}”`;
  return author ? (locale === 'fr' ? `${quoted}, par ${author}` : `${quoted}, by ${author}`) : quoted;
}

/** A source's note in a locale, or undefined when it has none. */
export function sourceNote(
  source: { readonly note?: string; readonly note_fr?: string },
  locale: Locale,
): string | undefined {
  return localizedOptional(source, 'note', locale);
}
