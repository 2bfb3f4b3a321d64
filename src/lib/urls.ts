// The site's URL shapes, in one place, from each language's registry entry (src/lib/locales.ts):
// English lives at the root, French under /fr/. A language's own pages are <prefix>/<slug>/
// (/about/, /fr/a-propos/); a section's own page is /<slug>/ (/fr/<slug>/); on the one-page
// explainer it is /#<slug> (/fr/#<slug>). The route files under src/pages/[...locale]/ build one
// page per language from localeRoutes().
import { DEFAULT_LOCALE, LOCALE_REGISTRY, LOCALES, PAGE_ROUTES, type Locale, type PageRoute } from './locales';

/** The path prefix of a locale: "" for English, "/fr" for French. */
export function localePrefix(locale: Locale = DEFAULT_LOCALE): string {
  return LOCALE_REGISTRY[locale].prefix;
}

/** A language's own page: its one-page explainer ("home") or one of the pages its registry entry names. */
export type LocalePage = { locale: Locale; route: 'home' | PageRoute };

/** The path of a language's own page ("/", "/fr/a-propos/"); the figures' folder for "figures" ("/fr/graphiques/"). */
export function pagePath({ locale, route }: LocalePage): string {
  const prefix = localePrefix(locale);
  return route === 'home' ? `${prefix}/` : `${prefix}/${LOCALE_REGISTRY[locale].slugs[route]}/`;
}

/** Which language's own page a path is ("/fr/a-propos/" → French, about): the inverse of pagePath; undefined for any other path. */
export function pageOfPath(path: string): LocalePage | undefined {
  for (const locale of LOCALES)
    for (const route of ['home', ...PAGE_ROUTES] as const)
      if (pagePath({ locale, route }) === path) return { locale, route };
  return undefined;
}

/** The language of a site path, from its prefix ("/fr/x/" → "fr"); the default language otherwise. */
export function localeOfPath(path: string): Locale {
  const prefixed = LOCALES.find((locale) => {
    const prefix = localePrefix(locale);
    return prefix && (path === prefix || path.startsWith(`${prefix}/`));
  });
  return prefixed ?? DEFAULT_LOCALE;
}

/** The `locale` param of a [...locale] route: undefined for a language at the site root, "fr" for /fr/. */
export function localeParam(locale: Locale): string | undefined {
  return localePrefix(locale).slice(1) || undefined;
}

/**
 * The static paths of a src/pages/[...locale]/ route: one per language, its locale as a prop. With
 * a route, the param named after it is the language's slug ([...locale]/[about].astro gives /about/
 * and /fr/a-propos/).
 */
export function localeRoutes(route?: PageRoute): {
  params: { locale: string | undefined } & Partial<Record<PageRoute, string>>;
  props: { locale: Locale };
}[] {
  return LOCALES.map((locale) => ({
    params: { locale: localeParam(locale), ...(route ? { [route]: LOCALE_REGISTRY[locale].slugs[route] } : {}) },
    props: { locale },
  }));
}

/** The path of a locale's one-page explainer. */
export function homePath(locale: Locale = DEFAULT_LOCALE): string {
  return pagePath({ locale, route: 'home' });
}

/** The path of a section's own page. */
export function sectionPath(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/${slug}/`;
}

/** The path of a section's place in the one-page explainer. */
export function explainerAnchorPath(slug: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${homePath(locale)}#${slug}`;
}

/** The path of the sources list. */
export function sourcesPath(locale: Locale = DEFAULT_LOCALE): string {
  return pagePath({ locale, route: 'sources' });
}

/** The path of a source's entry in the sources list. */
export function sourcePath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${sourcesPath(locale)}#${id}`;
}

/** The path of the print view. */
export function printPath(locale: Locale = DEFAULT_LOCALE): string {
  return pagePath({ locale, route: 'print' });
}

/** The path of the page shown offline for an address that is not saved ("/offline/", "/fr/hors-ligne/"). */
export function offlinePath(locale: Locale = DEFAULT_LOCALE): string {
  return pagePath({ locale, route: 'offline' });
}

/** The path of the chronology: every timeline event with its date, source and note. */
export function chronologyPath(locale: Locale = DEFAULT_LOCALE): string {
  return pagePath({ locale, route: 'chronology' });
}

/** The path of a timeline event in the chronology ("/chronology/#event-…"). */
export function eventPath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${chronologyPath(locale)}#${id}`;
}

/** The path of the about page ("who publishes this, how it was made, corrections policy"). */
export function aboutPath(locale: Locale = DEFAULT_LOCALE): string {
  return pagePath({ locale, route: 'about' });
}

/** The path of the updates and corrections log. */
export function updatesPath(locale: Locale = DEFAULT_LOCALE): string {
  return pagePath({ locale, route: 'updates' });
}

/** The id of an entry on the updates page ("update-<file name>": an HTML id begins with a letter). */
export function updateAnchor(id: string): string {
  return `update-${id}`;
}

/** The path of an entry on the updates page. */
export function updatePath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${updatesPath(locale)}#${updateAnchor(id)}`;
}

/** The path of the RSS feed of the updates log. */
export function feedPath(locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/rss.xml`;
}

/** The path of a page's citation download ("index", "arms-and-oil", "fr-armes-et-petrole"; bib, ris or json). */
export function citationFilePath(key: string, format: 'bib' | 'ris' | 'json'): string {
  return `/cite/${key}.${format}`;
}

/** True for an https address: the only kind the site links to. */
export function isSecureUrl(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * An address cut into the parts a printed line may end after: each part ends with its "/" (the
 * "//" after the scheme stays whole), so "https://a.org/x/y" gives ["https://", "a.org/", "x/", "y"].
 */
export function urlLineParts(url: string): string[] {
  return url.match(/[^/]*\/+|[^/]+$/g) ?? [url];
}
