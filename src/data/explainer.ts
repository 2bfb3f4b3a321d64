// The explainer as pages need it: an edition's front matter, its sections in reading order, the
// sources and the timeline, read from the content collections and cross-checked once per build.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import {
  bodyStartLine,
  checkKeyFacts,
  checkLinkForms,
  checkProseExpressions,
  checkKeyPoints,
  checkSectionLinks,
  checkSectionTags,
  checkUpdate,
  ExplainerError,
  inReadingOrder,
  pairTranslations,
} from '../lib/explainer';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales';
import { aboutPath, chronologyPath, homePath, printPath, sectionPath, sourcesPath, updatesPath } from '../lib/urls';
import { contentDir } from '../lib/content-dir';
import { FIGURE_IDS } from './figures';
import { checkEditions } from './edition-checks';
import { sourcesInListOrder } from '../lib/sources';

export type Section = CollectionEntry<'sections'> & {
  slug: string;
  order: number;
  title: string;
  file: string;
  body?: string;
  bodyLine: number;
};

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
    entries.map((entry) => {
      const file = entry.filePath ?? entry.id;
      return {
        ...entry,
        slug: entry.data.slug,
        order: entry.data.order,
        title: entry.data.title,
        file,
        bodyLine: entry.filePath ? bodyStartLine(readFileSync(entry.filePath, 'utf8'), entry.body) : 1,
      };
    }),
  );
}

/** Every source: the article first, then the other records by date, oldest first. */
export async function getSources() {
  return sourcesInListOrder((await getCollection('sources')).map((entry) => entry.data));
}

/** Every timeline event, in date order. */
export async function getTimeline() {
  return (await getCollection('timeline'))
    .map((entry) => entry.data)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

const explainers = new Map<Locale, ReturnType<typeof loadExplainer>>();

/**
 * A whole edition, loaded and cross-checked once per build and locale (every page calls this, so
 * a broken reference fails the build); in `astro dev`, where content changes, on every call.
 */
export function getExplainer(locale: Locale): ReturnType<typeof loadExplainer> {
  if (import.meta.env.DEV) return loadExplainer(locale);
  let explainer = explainers.get(locale);
  if (!explainer) {
    explainer = loadExplainer(locale);
    explainers.set(locale, explainer);
  }
  return explainer;
}

/** Loads an edition and runs its checks (and, once per build, the checks across both editions). */
async function loadExplainer(locale: Locale) {
  const [edition, sections, sources, timeline] = await Promise.all([
    getEdition(locale),
    getSections(locale),
    getSources(),
    getTimeline(),
  ]);
  const slugs = new Set(sections.map((s) => s.slug));
  const sourceIds = new Set(sources.map((s) => s.id));
  checkKeyFacts(edition.keyFacts, slugs, sourceIds, `${contentDir()}/editions/${locale}.yaml`);
  checkKeyPoints(edition.keyPoints, sourceIds, `${contentDir()}/editions/${locale}.yaml`);
  checkUpdate(edition.update, slugs, `${contentDir()}/editions/${locale}.yaml`);
  const anchors = new Set<string>(['contents', 'key-facts', ...slugs, ...FIGURE_IDS]);
  const pages = new Set<string>([
    homePath(locale),
    sourcesPath(locale),
    printPath(locale),
    aboutPath(locale),
    updatesPath(locale),
    chronologyPath(locale),
    ...[...slugs].map((slug) => sectionPath(slug, locale)),
  ]);
  checkLinkForms(sections);
  checkProseExpressions(sections);
  checkSectionLinks(sections, anchors, sourceIds, pages, {
    home: homePath(locale),
    sources: sourcesPath(locale),
    chronology: chronologyPath(locale),
    events: new Set(timeline.map((e) => e.id)),
    site: import.meta.env.SITE,
  });
  checkSectionTags(sections);
  await checkEditions();
  return { edition, sections, sources, timeline, sourceById: new Map(sources.map((s) => [s.id, s])) };
}

/** The slug of each section in every locale, by translation key (the English slug); checked. */
export async function getTranslationPairs(): Promise<Map<string, Record<string, string>>> {
  const entries = await getCollection('sections');
  return pairTranslations(
    entries.map((entry) => ({
      locale: entry.id.split('/')[0] ?? '',
      slug: entry.data.slug,
      translationKey: entry.data.translationKey,
      file: entry.filePath ?? entry.id,
    })),
    DEFAULT_LOCALE,
  );
}

/** A page in another language: its locale and path. */
export interface Alternate {
  locale: Locale;
  path: string;
}

/** The pages every language has, by kind; a section page is paired through its translation key. */
export type PageOfEdition =
  | { kind: 'home' | 'sources' | 'print' | 'about' | 'updates' | 'chronology' }
  | { kind: 'section'; locale: Locale; slug: string };

const PATH_OF = {
  home: homePath,
  sources: sourcesPath,
  print: printPath,
  about: aboutPath,
  updates: updatesPath,
  chronology: chronologyPath,
} as const;

/** The same page in every language that has it (the page's own language included). */
export async function getAlternates(page: PageOfEdition): Promise<Alternate[]> {
  if (page.kind !== 'section') {
    const pathOf = PATH_OF[page.kind];
    return LOCALES.map((locale) => ({ locale, path: pathOf(locale) }));
  }
  const pairs = await getTranslationPairs();
  const slugs: Record<string, string> = [...pairs.values()].find((pair) => pair[page.locale] === page.slug) ?? {
    [page.locale]: page.slug,
  };
  return LOCALES.filter((locale) => slugs[locale]).map((locale) => ({
    locale,
    path: sectionPath(slugs[locale]!, locale),
  }));
}

/** For the language switch: each section slug of `from` mapped to its slug in `to`. */
export async function getSlugMap(from: Locale, to: Locale): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const pair of (await getTranslationPairs()).values())
    if (pair[from] && pair[to]) map.set(pair[from]!, pair[to]!);
  return map;
}
