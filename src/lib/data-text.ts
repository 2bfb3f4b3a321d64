// The research data's own words in the page's language. The CSVs in content/data keep the English
// research text and, beside it, its translation into each other language in a `<column>_<code>`
// column (event_fr, context_fr, note_fr, description_fr, recipient_fr…). These pick the one a page shows.
import { DEFAULT_LOCALE, type Locale, type TranslatedLocale } from './locales';

/** A research text's columns: `column` in the default language, `column_<code>` in each other (event, event_fr). */
type Columns<K extends string> = K | `${K}_${TranslatedLocale}`;

/** The column a language reads a research text from. */
const columnOf = <K extends string>(column: K, locale: Locale): Columns<K> =>
  locale === DEFAULT_LOCALE ? column : `${column}_${locale}`;

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
  row: { readonly [P in Columns<K>]: string },
  column: K,
  locale: Locale,
): string {
  return typographic(row[columnOf(column, locale)]);
}

/** The same for a column that may be empty (a note): undefined when the row has none. */
export function localizedOptional<K extends string>(
  row: { readonly [P in Columns<K>]?: string },
  column: K,
  locale: Locale,
): string | undefined {
  const text = row[columnOf(column, locale)];
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
  source: { readonly [P in Columns<'publisher'>]?: string } & { readonly publisher: string },
  locale: Locale,
): string {
  return typographic(source[columnOf('publisher', locale)] ?? source.publisher);
}

/** How each language quotes a headline (inside the outer marks, a headline's own take the inner form), and credits its author. */
const HEADLINE: Record<Locale, { quoted: (headline: string) => string; by: string }> = {
  en: { quoted: (headline) => `“${headline.replace(/“/g, '‘').replace(/”/g, '’')}”`, by: 'by' },
  fr: { quoted: (headline) => `«\u202f${headline}\u202f»`, by: 'par' },
};

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
  const quoted = HEADLINE[locale].quoted(headline);
  return author ? `${quoted}, ${HEADLINE[locale].by} ${author}` : quoted;
}

/** A source's note in a locale, or undefined when it has none. */
export function sourceNote(
  source: { readonly note?: string; readonly note_fr?: string },
  locale: Locale,
): string | undefined {
  return localizedOptional(source, 'note', locale);
}
