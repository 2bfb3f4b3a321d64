// The service worker's pure parts: which language an address belongs to, how a page is keyed in
// the cache, which offline page answers an address that is not saved, the last-resort offline
// page, the manifest the build injects into the worker and the lists it fetches on the reader's
// intent. No DOM or worker globals: the worker (src/service-worker/sw.ts) and the build
// (src/lib/precache.ts) both import this module, and the unit tests run it in Node.

/** One language's paths and words, as the worker holds them. */
export interface LocaleManifest {
  /** Path prefix ("" for English, "/fr"). */
  prefix: string;
  /** The one-page explainer ("/", "/fr/"). */
  home: string;
  /** The print view ("/print/", "/fr/print/"). */
  print: string;
  /** The page shown offline for an address that is not saved ("/offline/", "/fr/hors-ligne/"). */
  offline: string;
  /** The words of its last-resort offline page (what is saved, the page says in its own words). */
  words: OfflineWords;
}

/** The words of one language the worker itself needs: those of its last-resort offline page. */
export interface OfflineWords {
  title: string;
  body: string;
  home: string;
}

/** What the build injects into the worker (as Workbox's injectManifest injects its precache list). */
export interface WorkerManifest {
  /** Changes whenever a file the worker may store changes; names the cache. */
  version: string;
  defaultLocale: string;
  /** The file that lists what each language saves on the reader's intent (SaveLists), fetched only then. */
  lists: string;
  locales: Readonly<Record<string, LocaleManifest>>;
}

/** The file the worker fetches on the reader's intent: for each language, its explainer, its print view, its chronology and the files they load. */
export type SaveLists = Readonly<Record<string, readonly string[]>>;

/** The language of a site path, from its prefix ("/fr/x/" → "fr"); the default language otherwise. */
export function localeOf(path: string, manifest: WorkerManifest): string {
  for (const [locale, { prefix }] of Object.entries(manifest.locales))
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) return locale;
  return manifest.defaultLocale;
}

/** The reader's language from the worker's own address ("/sw.js?locale=fr"); the default when missing or unknown. */
export function readerLocale(workerUrl: string, manifest: WorkerManifest): string {
  const asked = new URL(workerUrl, 'http://site.invalid').searchParams.get('locale') ?? '';
  return Object.hasOwn(manifest.locales, asked) ? asked : manifest.defaultLocale;
}

/** The cache key of a path: pages as built, with a trailing slash ("/x" → "/x/"); files as they are ("/a.css"). */
export function cacheKey(path: string): string {
  const last = path.slice(path.lastIndexOf('/') + 1);
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(last) ? path : `${path}/`;
}

/** The section slug a page path names in its language ("/fr/armes/" → "armes"), or undefined for deeper paths and the home page. */
export function sectionSlug(path: string, prefix: string): string | undefined {
  const key = cacheKey(path);
  if (!key.startsWith(`${prefix}/`)) return undefined;
  const slug = key.slice(prefix.length + 1, -1);
  return slug && !slug.includes('/') ? slug : undefined;
}

/** The offline pages to try for an address, in order: its language's, the reader's, then any other. */
export function offlineCandidates(path: string, reader: string, manifest: WorkerManifest): string[] {
  const order = [localeOf(path, manifest), reader, ...Object.keys(manifest.locales)];
  return [...new Set(order)].flatMap((l) => (manifest.locales[l] ? [manifest.locales[l].offline] : []));
}

/** The site's own built files a page references under /_astro/ (its stylesheets and scripts). */
export function assetUrls(html: string): string[] {
  return [...new Set([...html.matchAll(/["'(](\/_astro\/[^"')\s]+)/g)].map((m) => m[1]!))];
}

/** True for files named by their content hash: never stale, served from any cache. */
export function isHashed(path: string): boolean {
  return path.startsWith('/_astro/');
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The last-resort offline page, when no offline page is saved: the address's language, its words, a link home. */
export function minimalOfflinePage(locale: string, entry: LocaleManifest): string {
  const { title, body, home } = entry.words;
  const [t, b, h] = [title, body, home].map(escapeHtml);
  return `<!doctype html><html lang="${escapeHtml(locale)}"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${t}</title><main><h1>${t}</h1><p>${b}</p><p><a href="${escapeHtml(entry.home)}">${h}</a></p></main></html>`;
}

/** The offline page with its list of saved pages filled in and shown (each title as its page writes it, HTML), and its line about the explainer shown when the explainer is saved. */
export function fillOfflinePage(
  html: string,
  saved: readonly { path: string; title: string }[],
  explainerSaved: boolean,
): string {
  const items = saved.map((p) => `<li><a href="${escapeHtml(p.path)}">${p.title}</a></li>`).join('');
  let out = html;
  if (items)
    out = out
      .replace(/(<[a-z]+ id="saved-pages"[^>]*?) hidden(="")?>/, '$1>')
      .replace(/(<ul data-saved-pages[^>]*>)/, `$1${items}`);
  if (explainerSaved) out = out.replace(/(<[a-z]+ id="offline-explainer"[^>]*?) hidden(="")?>/, '$1>');
  return out;
}

/** A page's title from its HTML, as written there (escaped HTML, never a tag), or its path escaped. */
export function pageTitle(html: string, path: string): string {
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? escapeHtml(path);
}

/** Why a save failed, as the page tells the reader: no network, no room on the device, or a file the host did not send. */
export type FailureReason = 'network' | 'storage' | 'missing';

/** Why a save failed, from the error it met. */
export function failureReason(error: unknown): FailureReason {
  if ((error as { name?: unknown } | undefined)?.name === 'QuotaExceededError') return 'storage';
  return (error as { message?: unknown } | undefined)?.message?.toString().startsWith('HTTP ') ? 'missing' : 'network';
}

/** True when a request asks to save data (the Save-Data header, "on"). */
export function asksToSaveData(header: string | null): boolean {
  return (header ?? '').trim().toLowerCase() === 'on';
}
