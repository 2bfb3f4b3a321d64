// The offline cache, at build time: which built files the service worker may store, what each
// language saves on the reader's intent (its explainer, its print view, its chronology and the files
// they load: a list the worker fetches only then), the cache's version, and the manifest injected into the
// worker. Pure functions over the list of
// built files; src/integrations/service-worker.ts reads dist/ and writes dist/sw.js with them.
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { chronologyPath, homePath, localePrefix, offlinePath, printPath } from './urls';
import { FIGURE_DIRS } from './figure-pages';
import type { OfflineWords, SaveLists, WorkerManifest } from './offline';

/** A built file: its path inside dist/ and a hash of its bytes. */
export interface BuiltFile {
  path: string;
  hash: string;
}

/** The page shown offline for a URL that is not saved, in each language (a real page of the site, noindex). */
export const OFFLINE_PATHS = Object.fromEntries(LOCALES.map((locale) => [locale, offlinePath(locale)])) as Readonly<
  Record<Locale, string>
>;

/** The file listing what each language saves on the reader's intent (fetched by the worker only then, never on a first visit). */
export const SAVE_LISTS_PATH = '/offline-files.json';

/** The figures' downloadable PNG and SVG files, beside their pages ("figures/timeline/x.png"). */
const FIGURE_FILES = new RegExp(
  `^(?:${LOCALES.map((l) => `${localePrefix(l).slice(1)}${localePrefix(l) ? '/' : ''}${FIGURE_DIRS[l]}`).join('|')})/[^/]+/[^/]+\\.(?:png|svg)$`,
);

const NOT_CACHED = [
  /^sw\.js$/,
  /^_headers$/,
  /^og\//,
  FIGURE_FILES,
  /^robots\.txt$/,
  /^sitemap.*\.xml$/,
  /(^|\/)404\.html$/,
  /\.map$/,
  /\.(gz|br)$/,
];

/** The URL a built file is served at: "index.html" → "/", "x/index.html" → "/x/". */
export function urlOf(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The URLs the worker may store, sorted: every page and asset but the worker, headers, OG images, the figures' downloads, sitemaps, compressed copies. */
export function precacheUrls(files: readonly BuiltFile[]): string[] {
  return files
    .filter((f) => !NOT_CACHED.some((pattern) => pattern.test(f.path)))
    .map((f) => urlOf(f.path))
    .sort();
}

/** A short version that changes whenever any file the worker may store changes. */
export function cacheVersion(files: readonly BuiltFile[], hash: (text: string) => string): string {
  const listed = new Set(precacheUrls(files));
  const manifest = files
    .filter((f) => listed.has(urlOf(f.path)))
    .map((f) => `${f.path}:${f.hash}`)
    .sort()
    .join('\n');
  return hash(manifest).slice(0, 12);
}

/** What a language saves on the reader's intent, in order: its explainer, its print view, its chronology (the timeline's every event), then the stylesheets and scripts they load (assetsOf gives a page's, as site URLs). */
export function intentFiles(locale: Locale, assetsOf: (pageUrl: string) => readonly string[]): string[] {
  const pages = [homePath(locale), printPath(locale), chronologyPath(locale)];
  return [...new Set([...pages, ...pages.flatMap((page) => assetsOf(page))])];
}

/** What each language saves on the reader's intent (the worker's SAVE_LISTS_PATH file). */
export function saveLists(assetsOf: (pageUrl: string) => readonly string[]): SaveLists {
  return Object.fromEntries(LOCALES.map((locale) => [locale, intentFiles(locale, assetsOf)]));
}

/** The manifest injected into the worker: the cache version, where the save lists are, and for each language its paths and the words it says. */
export function workerManifest(version: string, words: (locale: Locale) => OfflineWords): WorkerManifest {
  return {
    version,
    defaultLocale: DEFAULT_LOCALE,
    lists: SAVE_LISTS_PATH,
    locales: Object.fromEntries(
      LOCALES.map((locale) => [
        locale,
        {
          prefix: localePrefix(locale),
          home: homePath(locale),
          print: printPath(locale),
          offline: offlinePath(locale),
          words: words(locale),
        },
      ]),
    ),
  };
}

/** The marker the button's size is written into, per language (`<span data-offline-size="en"></span>`, or with a size already written). */
const SIZE_MARKER = /<span data-offline-size="([a-z]{2})">[^<]*<\/span>/g;

/** A page's HTML with the size of what "Save for offline reading" saves written in (or written again), in the page's language. */
export function fillSaveSizes(html: string, sizeText: (locale: Locale) => string | undefined): string {
  return html.replace(SIZE_MARKER, (marker, locale: string) => {
    const text = LOCALES.includes(locale as Locale) ? sizeText(locale as Locale) : undefined;
    return text === undefined ? marker : `<span data-offline-size="${locale}">${text}</span>`;
  });
}
