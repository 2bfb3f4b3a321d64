// The site's URL shapes, in one place. English lives at the root, French under /fr/. A section's
// own page is /<slug>/ (/fr/<slug>/); on the one-page explainer it is /#<slug> (/fr/#<slug>).
import { DEFAULT_LOCALE, type Locale } from './locales';

/** The path prefix of a locale: "" for English, "/fr" for French. */
export function localePrefix(locale: Locale = DEFAULT_LOCALE): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** The path of a locale's one-page explainer. */
export function homePath(locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/`;
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
  return `${localePrefix(locale)}/sources/`;
}

/** The path of a source's entry in the sources list. */
export function sourcePath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${sourcesPath(locale)}#${id}`;
}

/** The path of the print view. */
export function printPath(locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/print/`;
}

/** The last part of the chronology's path in each language ("/chronology/", "/fr/chronologie/"). */
const CHRONOLOGY: Record<Locale, string> = { en: 'chronology', fr: 'chronologie' };

/** The path of the chronology: every timeline event with its date, source and note. */
export function chronologyPath(locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/${CHRONOLOGY[locale]}/`;
}

/** The path of a timeline event in the chronology ("/chronology/#event-…"). */
export function eventPath(id: string, locale: Locale = DEFAULT_LOCALE): string {
  return `${chronologyPath(locale)}#${id}`;
}

/** The last part of the about page's path in each language ("/about/", "/fr/a-propos/"). */
const ABOUT: Record<Locale, string> = { en: 'about', fr: 'a-propos' };
/** The last part of the updates page's path in each language ("/updates/", "/fr/mises-a-jour/"). */
const UPDATES: Record<Locale, string> = { en: 'updates', fr: 'mises-a-jour' };

/** The path of the about page ("who publishes this, how it was made, corrections policy"). */
export function aboutPath(locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/${ABOUT[locale]}/`;
}

/** The path of the updates and corrections log. */
export function updatesPath(locale: Locale = DEFAULT_LOCALE): string {
  return `${localePrefix(locale)}/${UPDATES[locale]}/`;
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
