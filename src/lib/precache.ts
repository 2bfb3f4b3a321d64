// The offline cache: which built files the service worker stores, the cache's version, and the
// worker's source. Pure functions over the list of built files; the integration in
// src/integrations/service-worker.ts reads dist/ and writes dist/sw.js with them.

/** A built file: its path inside dist/ and a hash of its bytes. */
export interface BuiltFile {
  path: string;
  hash: string;
}

const NOT_CACHED = [/^sw\.js$/, /^_headers$/, /^og\//, /^robots\.txt$/, /^sitemap.*\.xml$/, /(^|\/)404\.html$/, /\.map$/];

/** The URL a built file is served at: "index.html" → "/", "x/index.html" → "/x/". */
export function urlOf(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The URLs to precache, sorted: every page and asset but the worker, headers, OG images, sitemaps. */
export function precacheUrls(files: readonly BuiltFile[]): string[] {
  return files
    .filter((f) => !NOT_CACHED.some((pattern) => pattern.test(f.path)))
    .map((f) => urlOf(f.path))
    .sort();
}

/** A short version that changes whenever any precached file changes. */
export function cacheVersion(files: readonly BuiltFile[], hash: (text: string) => string): string {
  const listed = new Set(precacheUrls(files));
  const manifest = files
    .filter((f) => listed.has(urlOf(f.path)))
    .map((f) => `${f.path}:${f.hash}`)
    .sort()
    .join('\n');
  return hash(manifest).slice(0, 12);
}

/** The service worker's source for a version and a precache list. */
export function serviceWorkerSource(version: string, urls: readonly string[]): string {
  return `// Generated at build time by src/integrations/service-worker.ts: do not edit.
// Precaches the whole site at install, serves it cache-first, and deletes older caches.
const CACHE = 'explainer-${version}';
const PRECACHE = ${JSON.stringify(urls)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('explainer-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const path = url.pathname.endsWith('/') || url.pathname.includes('.') ? url.pathname : url.pathname + '/';
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(path, { ignoreSearch: true }).then((hit) => hit || fetch(request)),
    ),
  );
});
`;
}
