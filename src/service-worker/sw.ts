// The service worker, bundled into dist/sw.js at build time (src/integrations/service-worker.ts)
// with the build's manifest injected in place of __WORKER_MANIFEST__.
//
// - Install: save the offline page of the reader's language (the language of the page that
//   registered the worker, "/sw.js?locale=fr") and the page being read with the files it loaded,
//   taken from the browser's HTTP cache ("only-if-cached": no new request). Nothing else.
// - On the reader's intent (the page asks after a second page view or on "Save for offline
//   reading"; the worker itself when the print view is opened): fetch the list of what the language
//   saves (dist/offline-files.json, kept in the cache) and save its explainer, print view, chronology and
//   the files they load, reporting progress.
// - Pages: network first (revalidated, so an online reader always gets the current text), the
//   cache when offline; a page not saved falls back to its section in the saved explainer, then to
//   the offline page of its language, or of the reader's, or a minimal page written here. A
//   navigation never gets a network error. Redirects go back to the browser and are never stored.
import {
  asksToSaveData,
  assetUrls,
  cacheKey,
  failureReason,
  fillOfflinePage,
  type FailureReason,
  isHashed,
  localeOf,
  minimalOfflinePage,
  offlineCandidates,
  pageTitle,
  readerLocale,
  sectionSlug,
  type LocaleManifest,
  type SaveLists,
  type WorkerManifest,
} from '../lib/offline';

declare const self: ServiceWorkerGlobalScope;
declare const __WORKER_MANIFEST__: WorkerManifest;

const MANIFEST: WorkerManifest = __WORKER_MANIFEST__;
const CACHE = `explainer-${MANIFEST.version}`;
const META = 'explainer-meta';
const LANGUAGES_KEY = '/__explainer/saved-languages';
const READER = readerLocale(self.location.href, MANIFEST);

/** What the page is told while saving, and once done (why not, when it failed); the page holds the words that say it. */
type SaveMessage = { done: number; total: number } | { ok: true } | { ok: false; failed: FailureReason };

const entryOf = (locale: string): LocaleManifest =>
  MANIFEST.locales[locale] ?? MANIFEST.locales[MANIFEST.defaultLocale]!;
const inCache = (key: string) => caches.match(key, { cacheName: CACHE, ignoreSearch: true });
const known = (locale: unknown): locale is string =>
  typeof locale === 'string' && Object.hasOwn(MANIFEST.locales, locale);
const PAGE_HEADERS = { 'Content-Type': 'text/html; charset=utf-8' };
const isPage = (response: Response) => (response.headers.get('Content-Type') ?? '').includes('text/html');

/** True when the browser asks the worker to save data (Chromium exposes it to workers too). */
const savingData = () =>
  Boolean((self.navigator as WorkerNavigator & { connection?: { saveData?: boolean } }).connection?.saveData);

// Stores under way, so that a save never downloads again a page the worker is storing.
const storing = new Map<string, Promise<void>>();

/** Stores a response under a key; one that followed a redirect, as a plain response of the address asked for. */
function store(key: string, response: Response): Promise<void> {
  const plain = response.redirected ? new Response(response.body, response) : response;
  const done = caches
    .open(CACHE)
    .then((cache) => cache.put(key, plain))
    .finally(() => storing.delete(key));
  storing.set(key, done);
  return done;
}

/** Fetches a file from the host (revalidated, unless named by its hash) and stores it. */
async function download(url: string): Promise<void> {
  const response = await fetch(url, { cache: isHashed(url) ? 'default' : 'no-cache' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${url}`);
  await store(url, response);
}

/** Stores a file the browser already holds in its HTTP cache, without a request; its text for a page, undefined when it holds none. */
async function keep(url: string, key = url): Promise<string | undefined> {
  try {
    const response = await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' });
    if (!response.ok || response.redirected) return undefined;
    await store(key, response.clone());
    return isPage(response) ? await response.text() : '';
  } catch {
    return undefined;
  }
}

/** Stores the files a page loads that are not saved yet, as the browser holds them. */
async function keepAssets(html: string | undefined): Promise<void> {
  for (const asset of html ? assetUrls(html) : []) if (!(await inCache(asset))) await keep(asset);
}

/** The languages the reader asked to save, kept across versions. */
async function savedLanguages(): Promise<string[]> {
  const hit = await caches.match(LANGUAGES_KEY, { cacheName: META });
  const list: unknown = hit ? await hit.json() : [];
  return Array.isArray(list) ? list.filter(known) : [];
}

/** What a language saves on the reader's intent, from the list kept in the cache (none before a save). */
async function saveList(locale: string): Promise<readonly string[]> {
  const hit = await inCache(MANIFEST.lists);
  const list = hit ? ((await hit.json()) as SaveLists)[locale] : undefined;
  if (!list) throw new Error(`HTTP 404 ${MANIFEST.lists} ${locale}`);
  return list;
}

/** Saves a language's explainer, print view, chronology and their files (what is saved already is skipped), telling progress. */
async function saveLanguage(locale: string, tell: (message: SaveMessage) => void = () => {}): Promise<boolean> {
  const languages = await savedLanguages();
  if (!languages.includes(locale))
    await (await caches.open(META)).put(LANGUAGES_KEY, Response.json([...languages, locale]));
  let failure: unknown;
  const fail = (error: unknown) => {
    failure ??= error;
    return [];
  };
  const files = await download(MANIFEST.lists)
    .then(() => saveList(locale))
    .catch(fail);
  let done = 0;
  for (const url of files) {
    await storing.get(url);
    if (!(await inCache(url))) await download(url).catch(fail);
    tell({ done: ++done, total: files.length });
  }
  if (failure === undefined) tell({ ok: true });
  else {
    console.warn('Offline copy incomplete:', failure);
    tell({ ok: false, failed: failureReason(failure) });
  }
  return failure === undefined;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A new version for a reader who asked for offline reading: save their languages again before
      // taking over (unchanged files answer 304). If none can be saved, keep the previous version.
      const languages = await savedLanguages();
      if (languages.length && !(await Promise.all(languages.map((locale) => saveLanguage(locale)))).some(Boolean))
        throw new Error('Offline copy not saved: the previous version stays');
      // The offline page of the reader's language (downloaded: a small page), and the pages open in
      // this site's windows, with the files they load, as the browser already holds them.
      const { offline } = entryOf(READER);
      try {
        await download(offline);
        await keepAssets(await (await inCache(offline))!.text());
      } catch (error) {
        console.warn('Offline page not saved:', error);
      }
      for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
        const url = new URL(client.url);
        if (url.origin === self.location.origin)
          await keepAssets(await keep(url.pathname + url.search, cacheKey(url.pathname)));
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Pages saved before stay saved (with the files they use) until they are visited again.
      const cache = await caches.open(CACHE);
      for (const name of await caches.keys()) {
        if (!name.startsWith('explainer-') || name === CACHE || name === META) continue;
        const previous = await caches.open(name);
        const carry = async (request: Request | string) => {
          const response = await previous.match(request);
          if (response && !(await cache.match(request))) await cache.put(request, response);
        };
        const assets = new Set<string>();
        for (const request of await previous.keys()) {
          const response = await previous.match(request);
          if (!response || !isPage(response)) continue;
          for (const asset of assetUrls(await response.text())) assets.add(asset);
          await carry(request);
        }
        for (const asset of assets) await carry(asset);
        await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** What is saved for a page: the page itself, and the whole of its language (explainer, print view, chronology). */
async function status(locale: string, path: string): Promise<{ page: boolean; all: boolean }> {
  const files = await saveList(locale).catch(() => undefined);
  const all = Boolean(files) && (await Promise.all(files!.map((url) => inCache(url)))).every(Boolean);
  const page = Boolean(await inCache(cacheKey(path)));
  return { page, all };
}

self.addEventListener('message', (event) => {
  const port = event.ports[0];
  const { type, locale, path } = (event.data ?? {}) as { type?: unknown; locale?: unknown; path?: unknown };
  if (!port || !known(locale)) return;
  if (type === 'save') event.waitUntil(saveLanguage(locale, (message) => port.postMessage(message)));
  else if (type === 'status' && typeof path === 'string')
    event.waitUntil(status(locale, path).then((result) => port.postMessage(result)));
});

/** The offline page, with the saved pages of its language listed. */
async function offlinePage(page: Response, locale: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const offlinePaths = Object.values(MANIFEST.locales).map((entry) => entry.offline);
  const saved: { path: string; title: string }[] = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!path.endsWith('/') || localeOf(path, MANIFEST) !== locale || offlinePaths.includes(path)) continue;
    const response = await cache.match(request);
    if (response) saved.push({ path, title: pageTitle(await response.text(), path) });
  }
  const html = fillOfflinePage(await page.text(), saved, Boolean(await inCache(entryOf(locale).home)));
  return new Response(html, { headers: PAGE_HEADERS });
}

/** Offline: the page as saved, else its section in the saved explainer, else an offline page. Never a network error. */
async function offline(url: URL): Promise<Response> {
  const path = url.pathname;
  const hit = await inCache(cacheKey(path));
  if (hit) return hit;
  const locale = localeOf(path, MANIFEST);
  const entry = entryOf(locale);
  const slug = sectionSlug(path, entry.prefix);
  const explainer = slug && (await inCache(entry.home));
  if (explainer && (await explainer.text()).includes(`id="${slug}"`))
    return Response.redirect(new URL(`${entry.home}#${slug}`, url).href, 302);
  for (const candidate of offlineCandidates(path, READER, MANIFEST)) {
    const page = await inCache(candidate);
    if (page) return offlinePage(page, localeOf(candidate, MANIFEST));
  }
  return new Response(minimalOfflinePage(locale, entry), { status: 503, headers: PAGE_HEADERS });
}

async function navigate(event: FetchEvent, url: URL): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url.href, { cache: 'no-cache', redirect: 'manual' });
  } catch {
    return offline(url);
  }
  // A redirect goes back to the browser, which follows it; it is never stored.
  if (response.ok && !response.redirected) {
    const key = cacheKey(url.pathname);
    const locale = localeOf(url.pathname, MANIFEST);
    // Opening the print view is the reader's intent to keep the explainer: save its language,
    // once the page just fetched is stored (never downloaded twice), unless they ask to save data.
    const intent =
      key === entryOf(locale).print && !asksToSaveData(event.request.headers.get('Save-Data')) && !savingData();
    event.waitUntil(store(key, response.clone()).then(() => intent && saveLanguage(locale)));
  }
  return response;
}

async function asset(event: FetchEvent, request: Request, url: URL): Promise<Response> {
  const key = url.pathname;
  const hit = isHashed(key) && (await inCache(key));
  if (hit) return hit;
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) event.waitUntil(store(key, response.clone()));
    return response;
  } catch (error) {
    const saved = await inCache(key);
    if (saved) return saved;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  event.respondWith(request.mode === 'navigate' ? navigate(event, url) : asset(event, request, url));
});
