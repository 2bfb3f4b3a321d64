// What a citation of each citable page is built from (publisher, title, dates, canonical URL): the
// explainer, and each section as part of it. One list for the "Cite this" blocks, the citation_*
// tags and the downloadable files, so they always agree.
import { getExplainer } from './explainer';
import { getSectionLog, getSiteDates } from './updates';
import type { CitationInput } from '../lib/citation';
import type { Locale } from '../lib/locales';
import { homePath, sectionPath } from '../lib/urls';

/** Every citable page of a locale, by path ("/", "/arms-and-oil/", "/fr/…"). */
export async function getCitations(locale: Locale, site: URL | string): Promise<Map<string, CitationInput>> {
  const { edition, sections } = await getExplainer(locale);
  const dates = await getSiteDates(locale);
  const base = { locale, publisher: edition.publisher.name, published: dates.published };
  const out = new Map<string, CitationInput>();
  out.set(homePath(locale), {
    ...base,
    title: edition.headline,
    modified: dates.updated,
    url: new URL(homePath(locale), site).href,
  });
  for (const section of sections) {
    const path = sectionPath(section.slug, locale);
    const { changed } = await getSectionLog(section.slug, locale);
    out.set(path, {
      ...base,
      title: section.title,
      partOf: edition.headline,
      modified: changed ?? dates.published,
      url: new URL(path, site).href,
    });
  }
  return out;
}
