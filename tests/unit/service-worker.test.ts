// The service worker as code: src/service-worker/sw.ts, bundled as the build bundles it, run in a
// fake worker scope (tests/support/worker-scope.ts) against a host whose files and network each
// test sets. What a first visit saves, what the reader's intent saves, and what a navigation
// gets offline, in every language.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveLists, WorkerManifest } from '../../src/lib/offline';
import { loadWorker, type FakeScope } from '../support/worker-scope';

// The worker warns in the console when it cannot save a file; the tests read what it tells the page.
vi.spyOn(console, 'warn').mockImplementation(() => {});

const words = (lang: string) => ({
  title: `${lang}: offline`,
  body: `${lang}: not saved`,
  home: `${lang}: read the explainer`,
});

const MANIFEST: WorkerManifest = {
  version: 'abc123',
  defaultLocale: 'en',
  lists: '/offline-files.json',
  locales: {
    en: { prefix: '', home: '/', print: '/print/', offline: '/offline/', words: words('en') },
    fr: { prefix: '/fr', home: '/fr/', print: '/fr/print/', offline: '/fr/hors-ligne/', words: words('fr') },
  },
};

/** What each language saves on the reader's intent (the host's /offline-files.json). */
const LISTS: SaveLists = {
  en: ['/', '/print/', '/_astro/site.css', '/_astro/page.js'],
  fr: ['/fr/', '/fr/print/', '/_astro/site.css', '/_astro/page.js'],
};

const page = (lang: string, title: string, extra = '') =>
  `<!doctype html><html lang="${lang}"><title>${title}</title><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script><h1>${title}</h1>${extra}`;
const offlinePage = (lang: string) =>
  page(
    lang,
    `${lang} offline page`,
    '<p id="offline-explainer" hidden>saved</p><section id="saved-pages" hidden><ul data-saved-pages></ul></section>',
  );

/** A host with both languages: explainers (with section ids), print views, offline pages, a few sections, the shared files. */
function fillHost(scope: FakeScope): void {
  const files: Record<string, string> = {
    '/': page('en', 'Explainer', '<section id="arms"></section><section id="oil"></section>'),
    '/fr/': page('fr', 'Décryptage', '<section id="armes"></section><section id="petrole"></section>'),
    '/print/': page('en', 'Print'),
    '/fr/print/': page('fr', 'Imprimer'),
    '/offline/': offlinePage('en'),
    '/fr/hors-ligne/': offlinePage('fr'),
    '/arms/': page('en', 'Arms'),
    '/fr/armes/': page('fr', 'Armes'),
    '/sources/': page('en', 'Sources'),
  };
  for (const [path, body] of Object.entries(files)) scope.host.set(path, { body });
  scope.host.set('/_astro/site.css', { body: 'body{}', type: 'text/css' });
  scope.host.set('/_astro/page.js', { body: '1', type: 'text/javascript' });
  scope.host.set('/offline-files.json', { body: JSON.stringify(LISTS), type: 'application/json' });
}

/** A first visit: the page is read (the browser holds it and its files), then the worker installs and takes over. */
async function firstVisit(scope: FakeScope, path: string): Promise<void> {
  for (const p of [path, '/_astro/site.css', '/_astro/page.js']) scope.httpCache.add(p);
  scope.windows.push(path);
  await scope.install();
  await scope.activate();
}

const network = (scope: FakeScope) => scope.requests.filter((r) => r.cache !== 'only-if-cached').map((r) => r.path);

describe('a first visit', () => {
  let scope: FakeScope;
  beforeEach(async () => {
    scope = await loadWorker(MANIFEST, '/sw.js?locale=fr');
    fillHost(scope);
  });

  it('saves the page read and its files from the browser, and downloads only the offline page of the reader’s language', async () => {
    await firstVisit(scope, '/fr/armes/');
    expect(network(scope)).toEqual(['/fr/hors-ligne/']);
    expect(scope.saved()).toEqual(['/_astro/page.js', '/_astro/site.css', '/fr/armes/', '/fr/hors-ligne/']);
  });

  it('downloads nothing else when the browser does not hold the page (it is not saved)', async () => {
    scope.windows.push('/fr/armes/');
    await scope.install();
    expect(network(scope)).toEqual(['/fr/hors-ligne/']);
    expect(scope.saved()).toEqual(['/fr/hors-ligne/']);
  });

  it('says what is saved: this page, not the whole language', async () => {
    await firstVisit(scope, '/fr/armes/');
    expect(await scope.message({ type: 'status', locale: 'fr', path: '/fr/armes/' })).toEqual([
      { page: true, all: false },
    ]);
  });
});

describe('offline, any navigation gets a page, never a network error', () => {
  let scope: FakeScope;
  beforeEach(async () => {
    scope = await loadWorker(MANIFEST, '/sw.js?locale=fr');
    fillHost(scope);
    await firstVisit(scope, '/fr/armes/');
    scope.network.up = false;
  });

  it('a saved page as saved, with or without its trailing slash', async () => {
    for (const path of ['/fr/armes/', '/fr/armes']) {
      const response = await scope.navigate(path);
      expect(await response.text()).toContain('<h1>Armes</h1>');
    }
  });

  it('an address of the reader’s language: its offline page, listing the saved pages', async () => {
    const response = await scope.navigate('/fr/sources/');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<li><a href="/fr/armes/">Armes</a></li>');
    expect(html).toContain('<section id="saved-pages">');
    expect(html).toContain('<p id="offline-explainer" hidden>');
  });

  it('an address of another language whose offline page is not saved: the reader’s offline page', async () => {
    for (const path of ['/', '/sources/', '/arms/', '/about/', '/print/', '/figures/timeline/', '/offline/']) {
      const response = await scope.navigate(path);
      expect(response.type, path).not.toBe('error');
      expect(await response.text(), path).toContain('<html lang="fr"><title>fr offline page</title>');
    }
  });

  it('no offline page saved at all (the host lacked it): a minimal page in the address’s language', async () => {
    const bare = await loadWorker(MANIFEST, '/sw.js?locale=en');
    fillHost(bare);
    bare.host.delete('/offline/');
    await firstVisit(bare, '/arms/');
    expect(bare.saved()).toEqual(['/_astro/page.js', '/_astro/site.css', '/arms/']);
    bare.network.up = false;
    for (const [path, lang] of [
      ['/sources/', 'en'],
      ['/fr/sources/', 'fr'],
    ] as const) {
      const response = await bare.navigate(path);
      expect(response.status).toBe(503);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<h1>${lang}: offline</h1>`);
      expect(html).toContain(`<a href="${lang === 'en' ? '/' : '/fr/'}">${lang}: read the explainer</a>`);
    }
  });
});

describe('the reader’s intent', () => {
  let scope: FakeScope;
  beforeEach(async () => {
    scope = await loadWorker(MANIFEST, '/sw.js?locale=en');
    fillHost(scope);
    await firstVisit(scope, '/arms/');
    scope.requests.length = 0;
  });

  it('"save" saves the explainer and print view of the language (what is saved already is skipped), telling progress, then what is saved', async () => {
    const replies = await scope.message({ type: 'save', locale: 'fr' });
    // The list of what the language saves is fetched now, then what it names that is not saved yet.
    expect(network(scope)).toEqual(['/offline-files.json', '/fr/', '/fr/print/']);
    expect(replies).toEqual([
      { done: 1, total: 4 },
      { done: 2, total: 4 },
      { done: 3, total: 4 },
      { done: 4, total: 4 },
      { ok: true },
    ]);
    expect(await scope.message({ type: 'status', locale: 'fr', path: '/fr/' })).toEqual([{ page: true, all: true }]);
  });

  it('a save that fails says why: a file the host did not send, or no network', async () => {
    scope.host.delete('/print/');
    expect((await scope.message({ type: 'save', locale: 'en' })).at(-1)).toEqual({
      ok: false,
      failed: 'missing',
    });
    expect(scope.saved()).toContain('/');
    scope.network.up = false;
    expect((await scope.message({ type: 'save', locale: 'fr' })).at(-1)).toEqual({ ok: false, failed: 'network' });
  });

  it('a host without the list of what to save: nothing is downloaded, and the save says a file is missing', async () => {
    scope.host.delete('/offline-files.json');
    expect(await scope.message({ type: 'save', locale: 'fr' })).toEqual([{ ok: false, failed: 'missing' }]);
    expect(network(scope)).toEqual(['/offline-files.json']);
    expect(await scope.message({ type: 'status', locale: 'fr', path: '/fr/' })).toEqual([{ page: false, all: false }]);
  });

  it('opening the print view saves its language, downloading the print view once; not when the reader asks to save data', async () => {
    await scope.navigate('/print/');
    expect(network(scope)).toEqual(['/print/', '/offline-files.json', '/']);
    expect(scope.saved()).toEqual(expect.arrayContaining(['/', '/print/']));
    scope.requests.length = 0;
    await scope.navigate('/fr/print/', { 'Save-Data': 'on' });
    expect(network(scope)).toEqual(['/fr/print/']);
    expect(scope.saved()).not.toContain('/fr/');
  });

  it('a second page view and the page asking to save at once download the page once', async () => {
    scope.timing.storeDelay = 30;
    await Promise.all([scope.navigate('/'), scope.message({ type: 'save', locale: 'en' })]);
    expect(network(scope).filter((path) => path === '/')).toEqual(['/']);
    expect(scope.saved()).toEqual(expect.arrayContaining(['/', '/print/']));
  });

  it('an ordinary page read online is stored, with no other download; a redirect is not stored', async () => {
    await scope.navigate('/sources/');
    expect(network(scope)).toEqual(['/sources/']);
    expect(scope.saved()).toContain('/sources/');
    scope.host.set('/moved/', { body: '', location: '/sources/' });
    const response = await scope.navigate('/moved/');
    expect(response.status).toBe(301);
    expect(scope.saved()).not.toContain('/moved/');
  });

  it('offline, an unsaved section opens at its place in the saved explainer', async () => {
    await scope.message({ type: 'save', locale: 'fr' });
    scope.network.up = false;
    const response = await scope.navigate('/fr/petrole/');
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('http://site.test/fr/#petrole');
  });
});

describe('a new version', () => {
  it('saves again the languages the reader asked for, carries over the pages read, and drops the old cache', async () => {
    const first = await loadWorker(MANIFEST, '/sw.js?locale=en');
    fillHost(first);
    await firstVisit(first, '/arms/');
    await first.message({ type: 'save', locale: 'en' });
    const next = await loadWorker({ ...MANIFEST, version: 'def456' }, '/sw.js?locale=en');
    // The same browser: its caches, host and HTTP cache.
    for (const [name, cache] of first.caches.named) next.caches.named.set(name, cache);
    fillHost(next);
    await next.install();
    expect(network(next)).toEqual([
      '/offline-files.json',
      '/',
      '/print/',
      '/_astro/site.css',
      '/_astro/page.js',
      '/offline/',
    ]);
    await next.activate();
    expect([...next.caches.named.keys()].sort()).toEqual(['explainer-def456', 'explainer-meta']);
    expect(next.saved()).toContain('/arms/');
  });
});
