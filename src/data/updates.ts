// The updates log as pages need it: every entry checked against the sections and the editions (an
// unknown section, a missing language, or a date before the first publication or after the day of
// the build fails the build, naming the file and the field), the sections each touches
// in a given language, and the dates derived from it.
import { getCollection } from 'astro:content';
import { getEdition, getSections, getTranslationPairs } from './explainer';
import { contentDir } from '../lib/content-dir';
import { LOCALES, type Locale } from '../lib/locales';
import { DATE_RANGE } from '../lib/data-schemas';
import { checkUpdates, entriesFor, lastUpdated, newestFirst, type UpdateEntry } from '../lib/updates';

/** Every entry of the log, checked, newest first. */
export async function getUpdates(): Promise<UpdateEntry[]> {
  const [entries, english, editions] = await Promise.all([
    getCollection('updates'),
    getSections('en'),
    Promise.all(LOCALES.map((locale) => getEdition(locale))),
  ]);
  // The first publication of the explainer: the earliest edition's "published".
  const firstPublished = editions.map((edition) => edition.published).sort()[0]!;
  const log: UpdateEntry[] = entries.map((entry) => ({
    id: entry.id,
    file: entry.filePath ?? `${contentDir()}/updates/${entry.id}`,
    date: entry.data.date,
    kind: entry.data.kind,
    sections: entry.data.sections,
    text: entry.data.text,
  }));
  checkUpdates(log, new Set(english.map((s) => s.slug)), LOCALES, { firstPublished, buildDay: DATE_RANGE.to() });
  return newestFirst(log);
}

/** The English slug (translation key) of a section of a locale. */
export async function englishSlugOf(slug: string, locale: Locale): Promise<string> {
  for (const [key, pair] of await getTranslationPairs()) if (pair[locale] === slug) return key;
  return slug;
}

/** The site's dates for a locale: published (typed once, in the edition), updated (the log's latest), and the day the record runs to. */
export async function getSiteDates(locale: Locale) {
  const [edition, log] = await Promise.all([getEdition(locale), getUpdates()]);
  return {
    published: edition.published,
    updated: lastUpdated(log, edition.published),
    accountRunsTo: edition.accountRunsTo,
  };
}

/** A section's entries and dates: its corrections, its latest update, and when it last changed (undefined if never). */
export async function getSectionLog(slug: string, locale: Locale) {
  const log = await getUpdates();
  const touching = entriesFor(log, await englishSlugOf(slug, locale));
  const lastUpdate = touching.find((entry) => entry.kind === 'update')?.date;
  return {
    corrections: touching.filter((entry) => entry.kind === 'correction'),
    lastUpdate,
    changed: touching.length ? lastUpdated(touching, '') : undefined,
  };
}
