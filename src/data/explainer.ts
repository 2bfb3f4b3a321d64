// The explainer as pages need it: an edition's front matter, its sections in reading order, the
// sources and the timeline, read from the content collections and cross-checked once per build.
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { checkKeyFacts, checkSectionLinks, ExplainerError, inReadingOrder } from '../lib/explainer';
import type { Locale } from '../lib/locales';
import { contentDir } from '../lib/content-dir';
import { FIGURE_IDS } from './figures';
import { sourcesInListOrder } from '../lib/sources';

export type Section = CollectionEntry<'sections'> & { slug: string; order: number; title: string; file: string; body?: string };

/** The edition front matter (headline, standfirst, key facts) for a locale. */
export async function getEdition(locale: Locale) {
  const edition = await getEntry('editions', locale);
  if (!edition) throw new ExplainerError(`${contentDir()}/editions/${locale}.yaml is missing`);
  return edition.data;
}

/** A locale's sections in reading order, each with the fields the structure rules need. */
export async function getSections(locale: Locale): Promise<Section[]> {
  const entries = await getCollection('sections', (entry) => entry.id.startsWith(`${locale}/`));
  return inReadingOrder(
    entries.map((entry) => ({
      ...entry,
      slug: entry.data.slug,
      order: entry.data.order,
      title: entry.data.title,
      file: entry.filePath ?? entry.id,
    })),
  );
}

/** Every source: the article first, then the other records by date, oldest first. */
export async function getSources() {
  return sourcesInListOrder((await getCollection('sources')).map((entry) => entry.data));
}

/** Every timeline event, in date order. */
export async function getTimeline() {
  return (await getCollection('timeline')).map((entry) => entry.data).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** Loads and cross-checks a whole edition; every page calls this, so a broken reference fails the build. */
export async function getExplainer(locale: Locale) {
  const [edition, sections, sources, timeline] = await Promise.all([getEdition(locale), getSections(locale), getSources(), getTimeline()]);
  const slugs = new Set(sections.map((s) => s.slug));
  const sourceIds = new Set(sources.map((s) => s.id));
  checkKeyFacts(edition.keyFacts, slugs, sourceIds, `${contentDir()}/editions/${locale}.yaml`);
  const anchors = new Set<string>(['contents', 'key-facts', ...slugs, ...FIGURE_IDS, ...timeline.map((e) => e.id)]);
  const pages = new Set<string>(['/', '/sources/', ...[...slugs].map((s) => `/${s}/`)]);
  checkSectionLinks(sections, anchors, sourceIds, pages);
  return { edition, sections, sources, timeline, sourceById: new Map(sources.map((s) => [s.id, s])) };
}

export { render };
