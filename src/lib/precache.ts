// The offline cache: which built files the service worker may store, what it saves in the
// background after a first visit (the reader's language only, within a byte budget), the cache's
// version, and the worker's source. Pure functions over the list of built files; the integration
// in src/integrations/service-worker.ts reads dist/ and writes dist/sw.js with them.
import { BUDGETS } from './budgets';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
import { homePath, localePrefix } from './urls';
import { FIGURE_DIRS } from './figure-pages';

/** A built file: its path inside dist/ and a hash of its bytes. */
export interface BuiltFile {
  path: string;
  hash: string;
}

/** One file the worker saves in the background: its URL and its gzipped bytes. */
export type CoreEntry = readonly [url: string, gzipBytes: number];

/** What the worker saves for each language: the one-page explainer first, then what it needs. */
export type CoreLists = Readonly<Record<Locale, readonly CoreEntry[]>>;

/** The page shown offline for a URL that is not saved, in each language (a real page of the site, noindex). */
export const OFFLINE_PATHS: Readonly<Record<Locale, string>> = { en: '/offline/', fr: '/fr/hors-ligne/' };

/** Background downloads after a first visit, gzipped: at most this much (the rest waits for a later visit). */
export const BACKGROUND_BUDGET = BUDGETS.backgroundAfterFirstVisit;

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

/** The offline page's path for a locale. */
export function offlinePath(locale: Locale): string {
  return OFFLINE_PATHS[locale];
}

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

/**
 * Splits the files to save into those fetched now and those left for a later visit. Files the
 * page already loaded cost nothing (a revalidation answered 304); the others are taken in order
 * while their gzipped bytes fit the budget. Self-contained: the worker's source embeds it.
 */
export function planDownloads(
  core: readonly (readonly [string, number])[],
  loaded: readonly string[],
  budget: number,
): { now: string[]; later: string[]; bytes: number } {
  const had = new Set(loaded);
  const now: string[] = [];
  const later: string[] = [];
  let bytes = 0;
  for (const [url, size] of core) {
    if (had.has(url)) now.push(url);
    else if (bytes + size <= budget) {
      now.push(url);
      bytes += size;
    } else later.push(url);
  }
  return { now, later, bytes };
}

/** The service worker's source for a version and the files each language saves. */
export function serviceWorkerSource(version: string, core: CoreLists): string {
  const prefixes = Object.fromEntries(LOCALES.map((l) => [l, localePrefix(l)]));
  const homes = Object.fromEntries(LOCALES.map((l) => [l, homePath(l)]));
  return `// Generated at build time by src/integrations/service-worker.ts (src/lib/precache.ts): do not edit.
// Pages: network first (revalidated, so an online reader always gets the current text), the cache
// when offline; a page not saved falls back to its section in the one-page explainer, then to the
// offline page. Redirects are followed by the browser and never stored. After a first visit the
// page asks the worker to save its language (the explainer first, within a byte budget); what
// fails or does not fit is fetched on a later visit. Visited pages join the cache.
const CACHE = 'explainer-${version}';
const META = 'explainer-meta';
const BUDGET = ${BACKGROUND_BUDGET};
const CORE = ${JSON.stringify(core)};
const PREFIX = ${JSON.stringify(prefixes)};
const HOME = ${JSON.stringify(homes)};
const OFFLINE = ${JSON.stringify(OFFLINE_PATHS)};
const DEFAULT_LOCALE = ${JSON.stringify(DEFAULT_LOCALE)};
const planDownloads = ${planDownloads.toString()};

const localeOf = (path) => Object.keys(PREFIX).find((l) => PREFIX[l] && (path === PREFIX[l] || path.startsWith(PREFIX[l] + '/'))) || DEFAULT_LOCALE;
// The cache key of a path: pages as built (with a trailing slash), files as they are.
const keyOf = (path) => (path.endsWith('/') || /\\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf('/'))) ? path : path + '/');
const hashed = (path) => path.startsWith('/_astro/');
const saveData = () => Boolean(self.navigator.connection && self.navigator.connection.saveData);
const inCache = (key) => caches.match(key, { cacheName: CACHE, ignoreSearch: true });

async function readLocales() {
  const hit = await caches.match('/__explainer/locales', { cacheName: META });
  return hit ? hit.json() : [];
}

async function addLocale(locale) {
  const locales = await readLocales();
  if (locales.includes(locale)) return;
  const meta = await caches.open(META);
  await meta.put('/__explainer/locales', new Response(JSON.stringify([...locales, locale]), { headers: { 'Content-Type': 'application/json' } }));
}

// A response that followed a redirect is stored as a plain response of the URL asked for.
const plain = (response) => (response.redirected ? new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers }) : response);

async function download(url) {
  // Revalidated with the server (never the HTTP cache's possibly stale copy); a hashed asset cannot be stale.
  const response = await fetch(url, { cache: hashed(url) ? 'default' : 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
  const cache = await caches.open(CACHE);
  await cache.put(url, plain(response));
}

// Saves what is missing of each language's files; returns what was saved, failed and left for later.
async function save(locales, loaded, budget) {
  const failed = [];
  const later = [];
  let saved = 0;
  for (const locale of locales) {
    const missing = [];
    for (const entry of CORE[locale] || []) if (!(await inCache(entry[0]))) missing.push(entry);
    const plan = planDownloads(missing, loaded, budget);
    // The page just read and the files it loaded join the cache too (revalidations: no new bytes).
    const extra = [];
    for (const url of loaded) if (!missing.some((entry) => entry[0] === url) && !(await inCache(url))) extra.push(url);
    loaded = [];
    const results = await Promise.allSettled([...plan.now, ...extra].map(download));
    results.forEach((result, i) => {
      if (result.status === 'fulfilled') saved++;
      else failed.push([...plan.now, ...extra][i]);
    });
    later.push(...plan.later);
  }
  if (failed.length) console.warn('explainer offline copy: could not save', failed.join(', '), '(will try again on a later visit)');
  const keys = await caches.has(CACHE) ? await (await caches.open(CACHE)).keys() : [];
  // Never leave an empty cache behind.
  if (!keys.length) await caches.delete(CACHE);
  const home = await Promise.all(locales.map((locale) => inCache(HOME[locale])));
  return { saved, failed, later, home: home.every(Boolean) };
}

let lastTopUp = 0;
// On a later visit, fetch what failed or did not fit the first time (once a minute at most).
async function topUp() {
  if (Date.now() - lastTopUp < 60000 || saveData()) return;
  lastTopUp = Date.now();
  const locales = await readLocales();
  if (locales.length) await save(locales, [], BUDGET);
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A new version for a returning reader: save their languages again before taking over
      // (unchanged files answer 304). If nothing at all can be saved, keep the previous version.
      const locales = await readLocales();
      if (locales.length) {
        const result = await save(locales, [], Infinity);
        if (!result.saved) throw new Error('explainer offline copy: nothing could be saved; keeping the previous version');
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((key) => key.startsWith('explainer-') && key !== CACHE && key !== META);
      // Pages the reader saved before stay saved (with the files they use) until they are visited again.
      for (const name of old) {
        const previous = await caches.open(name);
        const assets = new Set();
        const carry = async (request) => {
          if (await inCache(request)) return;
          const response = await previous.match(request);
          if (response) await (await caches.open(CACHE)).put(request, response);
        };
        for (const request of await previous.keys()) {
          const response = await previous.match(request);
          if (!response || !(response.headers.get('Content-Type') || '').includes('text/html')) continue;
          for (const m of (await response.clone().text()).matchAll(/\\/_astro\\/[^"')\\s]+/g)) assets.add(m[0]);
          await carry(request);
        }
        for (const asset of assets) await carry(asset);
        await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'save' || !CORE[data.locale]) return;
  const port = event.ports && event.ports[0];
  event.waitUntil(
    (async () => {
      await addLocale(data.locale);
      const loaded = (Array.isArray(data.loaded) ? data.loaded : []).map((path) => keyOf(String(path)));
      const result = await save([data.locale], loaded, BUDGET);
      if (port) port.postMessage(result);
    })(),
  );
});

// The offline page, listing the pages of its language that are saved.
async function offlinePage(locale) {
  const page = (await inCache(OFFLINE[locale])) || (await inCache(OFFLINE[DEFAULT_LOCALE]));
  if (!page) return undefined;
  const cache = await caches.open(CACHE);
  const items = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!path.endsWith('/') || localeOf(path) !== locale || Object.values(OFFLINE).includes(path)) continue;
    const text = await (await cache.match(request)).text();
    const title = (text.match(/<title>([^<]*)<\\/title>/) || [])[1] || path;
    items.push('<li><a href="' + path.replace(/"/g, '%22') + '">' + title + '</a></li>');
  }
  const html = (await page.text())
    .replace(/(<[a-z]+ id="saved-pages"[^>]*?) hidden(="")?>/, '$1>')
    .replace(/(<ul data-saved-pages[^>]*>)/, '$1' + items.join(''));
  const headers = new Headers(page.headers);
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(html, { status: 200, headers });
}

// Offline: the page as saved (either trailing-slash form), else its section in the one-page
// explainer, else the offline page of its language.
async function offline(url) {
  const path = url.pathname;
  const key = keyOf(path);
  const hit = (await inCache(key)) || (path.length > 1 && path.endsWith('/') ? await inCache(path.slice(0, -1)) : undefined);
  if (hit) return hit;
  const locale = localeOf(path);
  const slug = key.slice(PREFIX[locale].length + 1, -1);
  if (slug && !slug.includes('/')) {
    const explainer = await inCache(HOME[locale]);
    if (explainer && (await explainer.text()).includes('id="' + slug + '"')) return Response.redirect(new URL(HOME[locale] + '#' + slug, url).href, 302);
  }
  return (await offlinePage(locale)) || Response.error();
}

async function navigate(event, url) {
  let response;
  try {
    response = await fetch(url.href, { cache: 'no-cache', redirect: 'manual', credentials: 'same-origin' });
  } catch {
    return offline(url);
  }
  // A redirect goes back to the browser, which follows it; it is never stored.
  if (response.ok && response.type === 'basic' && !response.redirected) {
    const copy = response.clone();
    event.waitUntil(
      caches
        .open(CACHE)
        .then((cache) => cache.put(keyOf(url.pathname), copy))
        .then(topUp),
    );
  }
  return response;
}

async function asset(event, request, url) {
  const key = url.pathname;
  if (hashed(key)) {
    const hit = await inCache(key);
    if (hit) return hit;
  }
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic' && !response.redirected) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
    }
    return response;
  } catch (error) {
    const hit = await inCache(key);
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  event.respondWith(request.mode === 'navigate' ? navigate(event, url) : asset(event, request, url));
});
`;
}
