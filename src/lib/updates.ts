// The updates log: what changed in the explainer, and when. Pure rules over its entries (one file
// each in content/updates/): the checks that fail the build, the order readers see, and the dates
// every page derives from it (the "Updated" date is never typed twice).
import { ExplainerError } from './explainer';

/** One entry of the log, as the collection loads it. */
export interface UpdateEntry {
  id: string;
  /** The file the entry came from, for error messages. */
  file: string;
  date: string;
  kind: 'update' | 'correction';
  /** Slugs of the English sections the entry touches. */
  sections: readonly string[];
  /** The entry's sentence in each language, by locale. */
  text: Readonly<Record<string, string | undefined>>;
}

/** The days an entry may be dated: from the explainer's first publication to the day of the build (ISO days). */
export interface LogSpan {
  firstPublished: string;
  buildDay: string;
}

/**
 * Throws, naming the file and the field, when an entry touches an unknown section, lacks a
 * language, or is dated outside the public log's span: before the first publication (changes made
 * before it are not corrections) or after the day of the build (a date in the future would be
 * published as "Updated" everywhere, citations included).
 */
export function checkUpdates(
  entries: readonly UpdateEntry[],
  englishSlugs: ReadonlySet<string>,
  locales: readonly string[],
  span: LogSpan,
): void {
  for (const entry of entries) {
    if (entry.date < span.firstPublished)
      throw new ExplainerError(
        `${entry.file}: field "date" is "${entry.date}", before the explainer's first publication (${span.firstPublished}, "published" in content/editions). The public log starts at publication: changes made before it are not logged.`,
      );
    if (entry.date > span.buildDay)
      throw new ExplainerError(
        `${entry.file}: field "date" is "${entry.date}", after the day of the build (${span.buildDay}). Date an entry the day its change is published.`,
      );
    entry.sections.forEach((slug, i) => {
      if (!englishSlugs.has(slug))
        throw new ExplainerError(
          `${entry.file}: field "sections[${i}]" is "${slug}", which is not the slug of any English section (content/sections/en)`,
        );
    });
    for (const locale of locales) {
      if (!entry.text[locale]?.trim())
        throw new ExplainerError(
          `${entry.file}: field "text.${locale}" is missing; every entry needs its sentence in every language (${locales.join(', ')})`,
        );
    }
  }
}

const kindRank = (kind: UpdateEntry['kind']) => (kind === 'update' ? 0 : 1);

/** The entries newest first; on the same day, corrections after updates, then by id (a stable order). */
export function newestFirst<T extends Pick<UpdateEntry, 'date' | 'kind' | 'id'>>(entries: readonly T[]): T[] {
  return [...entries].sort(
    (a, b) => b.date.localeCompare(a.date) || kindRank(a.kind) - kindRank(b.kind) || a.id.localeCompare(b.id),
  );
}

/** The explainer's "Updated" date: the latest entry's, or the publication date when the log is empty. */
export function lastUpdated(entries: readonly Pick<UpdateEntry, 'date'>[], published: string): string {
  return entries.reduce((latest, entry) => (entry.date > latest ? entry.date : latest), published);
}

/** The entries that touch one section (by its English slug), newest first. */
export function entriesFor<T extends Pick<UpdateEntry, 'date' | 'kind' | 'id' | 'sections'>>(
  entries: readonly T[],
  englishSlug: string,
): T[] {
  return newestFirst(entries.filter((entry) => entry.sections.includes(englishSlug)));
}

/** A section's "Updated" date: its latest entry's, or the publication date when nothing touched it. */
export function sectionUpdated(entries: readonly UpdateEntry[], englishSlug: string, published: string): string {
  return lastUpdated(entriesFor(entries, englishSlug), published);
}
