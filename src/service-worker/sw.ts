// The service worker, bundled into dist/sw.js at build time (src/integrations/service-worker.ts)
// with the build's manifest injected in place of __WORKER_MANIFEST__.
//
// - Install: save the offline page of the reader's language (the language of the page that
//   registered the worker, "/sw.js?locale=fr") and the page being read with the files it loaded,
//   taken from the browser's HTTP cache ("only-if-cached": no new request). Nothing else.
// - On the reader's intent (the page asks after a second page view or on "Save for offline
//   reading"; the worker itself when the print view is opened): save the language's explainer,
//   its print view and the files they load, reporting progress.
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
  isHashed,
  localeOf,
  minimalOfflinePage,
  offlineCandidates,
  pageTitle,
  readerLocale,
  sectionSlug,
  type LocaleManifest,
  type WorkerManifest,
} from '../lib/offline';

declare const self: ServiceWorkerGlobalScope;
declare const __WORKER_MANIFEST__: WorkerManifest;

const MANIFEST: WorkerManifest = __WORKER_MANIFEST__;
const CACHE = `explainer-${MANIFEST.version}`;
const META = 'explainer-meta';
const LANGUAGES_KEY = '/__explainer/saved-languages';
const READER = readerLocale(self.location.href, MANIFEST);

/** What the page is told while saving, and once done, with the words to show. */
type SaveMessage = { done: number; total: number; said: string } | { ok: boolean; said: string };

const entryOf = (locale: string): LocaleManifest =>
  MANIFEST.locales[locale] ?? MANIFEST.locales[MANIFEST.defaultLocale]!;
const inCache = (key: string) => caches.match(key, { cacheName: CACHE, ignoreSearch: true });

/** True when the browser asks the worker to save data (Chromium exposes it to workers too). */
const savingData = () =>
  Boolean((self.navigator as WorkerNavigator & { connection?: { saveData?: boolean } }).connection?.saveData);

// Stores under way, so that a save never downloads again a page the worker is storing.
const storing = new Map<string, Promise<void>>();

/** A response that followed a redirect, stored as a plain response of the address asked for. */
const plain = (response: Response) =>
  response.redirected
    ? new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      })
    : response;

/** Stores a response under a key. */
function store(key: string, response: Response): Promise<void> {
  const done = caches
    .open(CACHE)
    .then((cache) => cache.put(key, plain(response)))
    .finally(() => storing.delete(key));
  storing.set(key, done);
  return done;
}

/** Fetches a file from the host (revalidated, unless named by its hash) and stores it. */
async function download(url: string): Promise<void> {
  const response = await fetch(url, { cache: isHashed(url) ? 'default' : 'no-cache', credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${url}`);
  await store(url, response);
}

/** Stores a file the browser already holds in its HTTP cache, without a request; its text for a page, undefined when it holds none. */
async function keep(url: string, key: string): Promise<string | undefined> {
  try {
    const response = await fetch(url, { cache: 'only-if-cached', mode: 'same-origin', credentials: 'same-origin' });
    if (!response.ok || response.redirected) return undefined;
    await store(key, response.clone());
    return (response.headers.get('Content-Type') ?? '').includes('text/html') ? await response.text() : '';
  } catch {
    return undefined;
  }
}

/** The pages open in this site's windows, with the files they load, as the browser already holds them. */
async function keepOpenPages(): Promise<void> {
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const url = new URL(client.url);
    if (url.origin !== self.location.origin) continue;
    const html = await keep(url.pathname + url.search, cacheKey(url.pathname));
    for (const asset of html ? assetUrls(html) : []) if (!(await inCache(asset))) await keep(asset, asset);
  }
}

/** Saves a language's offline page (a small page, fetched) and the files it loads that the browser holds. */
async function saveOfflinePage(locale: string): Promise<void> {
  const { offline } = entryOf(locale);
  try {
    await download(offline);
    const html = await (await inCache(offline))!.text();
    for (const asset of assetUrls(html)) if (!(await inCache(asset))) await keep(asset, asset);
  } catch (error) {
    console.warn(`explainer offline copy: could not save ${offline} (${String(error)})`);
  }
}

/** The languages the reader asked to save, kept across versions. */
async function savedLanguages(): Promise<string[]> {
  const hit = await caches.match(LANGUAGES_KEY, { cacheName: META });
  const list: unknown = hit ? await hit.json() : [];
  return Array.isArray(list) ? list.filter((l): l is string => typeof l === 'string' && l in MANIFEST.locales) : [];
}

async function rememberLanguage(locale: string): Promise<void> {
  const languages = await savedLanguages();
  if (languages.includes(locale)) return;
  const meta = await caches.open(META);
  await meta.put(
    LANGUAGES_KEY,
    new Response(JSON.stringify([...languages, locale]), { headers: { 'Content-Type': 'application/json' } }),
  );
}

/** Saves a language's explainer, print view and their files (what is saved already is skipped), telling progress. */
async function saveLanguage(locale: string, tell: (message: SaveMessage) => void = () => {}): Promise<boolean> {
  const { save: files, words } = entryOf(locale);
  await rememberLanguage(locale);
  let failure: unknown;
  let done = 0;
  for (const url of files) {
    await storing.get(url);
    if (!(await inCache(url)))
      await download(url).catch((error: unknown) => {
        failure ??= error;
      });
    tell({ done: ++done, total: files.length, said: words.saving });
  }
  if (failure !== undefined) console.warn(`explainer offline copy: could not save everything (${String(failure)})`);
  tell({ ok: failure === undefined, said: failure === undefined ? words.all : words[failureReason(failure)] });
  return failure === undefined;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      // A new version for a reader who asked for offline reading: save their languages again before
      // taking over (unchanged files answer 304). If none can be saved, keep the previous version.
      const languages = await savedLanguages();
      if (languages.length) {
        const saved = await Promise.all(languages.map((locale) => saveLanguage(locale)));
        if (!saved.some(Boolean))
          throw new Error('explainer offline copy: nothing could be saved; keeping the previous version');
      }
      await saveOfflinePage(READER);
      await keepOpenPages();
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((key) => key.startsWith('explainer-') && key !== CACHE && key !== META);
      // Pages saved before stay saved (with the files they use) until they are visited again.
      const cache = await caches.open(CACHE);
      for (const name of old) {
        const previous = await caches.open(name);
        const assets = new Set<string>();
        const carry = async (request: Request | string) => {
          if (await inCache(typeof request === 'string' ? request : new URL(request.url).pathname)) return;
          const response = await previous.match(request);
          if (response) await cache.put(request, response);
        };
        for (const request of await previous.keys()) {
          const response = await previous.match(request);
          if (!response || !(response.headers.get('Content-Type') ?? '').includes('text/html')) continue;
          for (const asset of assetUrls(await response.clone().text())) assets.add(asset);
          await carry(request);
        }
        for (const asset of assets) await carry(asset);
        await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** What is saved for a page: the page itself, and the whole of its language (explainer and print view), with the words that say it. */
async function status(locale: string, path: string): Promise<{ page: boolean; all: boolean; said: string }> {
  const { save, words } = entryOf(locale);
  const all = (await Promise.all(save.map((url) => inCache(url)))).every(Boolean);
  const page = Boolean(await inCache(cacheKey(path)));
  return { page, all, said: all ? words.all : page ? words.page : '' };
}

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  const port = event.ports[0];
  if (!port || typeof data !== 'object' || data === null) return;
  const { type, locale, path } = data as { type?: unknown; locale?: unknown; path?: unknown };
  if (typeof locale !== 'string' || !(locale in MANIFEST.locales)) return;
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
  const headers = new Headers(page.headers);
  headers.delete('Content-Length');
  headers.delete('Content-Encoding');
  return new Response(html, { status: 200, headers });
}

/** Offline: the page as saved, else its section in the saved explainer, else an offline page. Never a network error. */
async function offline(url: URL): Promise<Response> {
  const path = url.pathname;
  const hit = await inCache(cacheKey(path));
  if (hit) return hit;
  const locale = localeOf(path, MANIFEST);
  const entry = entryOf(locale);
  const slug = sectionSlug(path, entry.prefix);
  if (slug) {
    const explainer = await inCache(entry.home);
    if (explainer && (await explainer.text()).includes(`id="${slug}"`))
      return Response.redirect(new URL(`${entry.home}#${slug}`, url).href, 302);
  }
  for (const candidate of offlineCandidates(path, READER, MANIFEST)) {
    const page = await inCache(candidate);
    if (page) return offlinePage(page, localeOf(candidate, MANIFEST));
  }
  return new Response(minimalOfflinePage(locale, entry), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8' },
  });
}

async function navigate(event: FetchEvent, url: URL): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url.href, { cache: 'no-cache', redirect: 'manual', credentials: 'same-origin' });
  } catch {
    return offline(url);
  }
  // A redirect goes back to the browser, which follows it; it is never stored.
  if (response.ok && response.type === 'basic' && !response.redirected) {
    const key = cacheKey(url.pathname);
    const locale = localeOf(url.pathname, MANIFEST);
    // Opening the print view is the reader's intent to keep the explainer: save its language,
    // once the page just fetched is stored (never downloaded twice), unless they ask to save data.
    const intent =
      key === entryOf(locale).print && !asksToSaveData(event.request.headers.get('Save-Data')) && !savingData();
    event.waitUntil(store(key, response.clone()).then(() => (intent ? saveLanguage(locale) : undefined)));
  }
  return response;
}

async function asset(event: FetchEvent, request: Request, url: URL): Promise<Response> {
  const key = url.pathname;
  if (isHashed(key)) {
    const hit = await inCache(key);
    if (hit) return hit;
  }
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic' && !response.redirected) event.waitUntil(store(key, response.clone()));
    return response;
  } catch (error) {
    const hit = await inCache(key);
    if (hit) return hit;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || url.pathname === '/sw.js') return;
  event.respondWith(request.mode === 'navigate' ? navigate(event, url) : asset(event, request, url));
});
