// The service worker's pure parts (src/lib/offline.ts): languages of addresses, cache keys,
// which offline page answers an address, the last-resort page, the offline page's saved list.
import { describe, expect, it } from 'vitest';
import {
  assetUrls,
  asksToSaveData,
  cacheKey,
  failureReason,
  fillOfflinePage,
  localeOf,
  minimalOfflinePage,
  offlineCandidates,
  pageTitle,
  readerLocale,
  sectionSlug,
  type LocaleManifest,
  type WorkerManifest,
} from '../../src/lib/offline';

const entry = (prefix: string, offline: string): LocaleManifest => ({
  prefix,
  home: `${prefix}/`,
  print: `${prefix}/print/`,
  offline,
  words: {
    title: 'Offline',
    body: 'Not saved',
    home: 'Home',
  },
});
const MANIFEST: WorkerManifest = {
  version: 'v',
  defaultLocale: 'en',
  lists: '/offline-files.json',
  locales: { en: entry('', '/offline/'), fr: entry('/fr', '/fr/hors-ligne/') },
};

describe('addresses and languages', () => {
  it('an address belongs to the language of its prefix, else the default one', () => {
    expect(localeOf('/fr/', MANIFEST)).toBe('fr');
    expect(localeOf('/fr', MANIFEST)).toBe('fr');
    expect(localeOf('/fr/armes/', MANIFEST)).toBe('fr');
    expect(localeOf('/from-caracas/', MANIFEST)).toBe('en');
    expect(localeOf('/', MANIFEST)).toBe('en');
  });

  it('the reader’s language comes from the worker’s address, the default when missing or unknown', () => {
    expect(readerLocale('http://s.test/sw.js?locale=fr', MANIFEST)).toBe('fr');
    expect(readerLocale('http://s.test/sw.js', MANIFEST)).toBe('en');
    expect(readerLocale('http://s.test/sw.js?locale=constructor', MANIFEST)).toBe('en');
  });

  it('pages are keyed with a trailing slash, files as they are', () => {
    expect(cacheKey('/x')).toBe('/x/');
    expect(cacheKey('/x/')).toBe('/x/');
    expect(cacheKey('/_astro/a.B1.css')).toBe('/_astro/a.B1.css');
    expect(cacheKey('/')).toBe('/');
  });

  it('a section slug is one segment under the language’s prefix', () => {
    expect(sectionSlug('/arms', '')).toBe('arms');
    expect(sectionSlug('/fr/armes/', '/fr')).toBe('armes');
    expect(sectionSlug('/figures/timeline/', '')).toBeUndefined();
    expect(sectionSlug('/fr/', '/fr')).toBeUndefined();
  });
});

describe('which offline page answers an address', () => {
  it('its language’s, then the reader’s, then any other, each once', () => {
    expect(offlineCandidates('/sources/', 'fr', MANIFEST)).toEqual(['/offline/', '/fr/hors-ligne/']);
    expect(offlineCandidates('/fr/sources/', 'en', MANIFEST)).toEqual(['/fr/hors-ligne/', '/offline/']);
    expect(offlineCandidates('/fr/sources/', 'fr', MANIFEST)).toEqual(['/fr/hors-ligne/', '/offline/']);
  });

  it('the last-resort page is in the address’s language, escapes its words, and links home', () => {
    const html = minimalOfflinePage('fr', {
      ...entry('/fr', '/fr/hors-ligne/'),
      words: { ...entry('', '').words, title: 'Hors <ligne>' },
    });
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<h1>Hors &#60;ligne&#62;</h1>');
    expect(html).toContain('<a href="/fr/">Home</a>');
  });

  it('the offline page lists the saved pages (escaped) and says the explainer is saved only when it is', () => {
    const page =
      '<p id="offline-explainer" class="mt-6" hidden>x</p><section id="saved-pages" class="mt-6" hidden><ul data-saved-pages class="list"></ul></section>';
    const filled = fillOfflinePage(page, [{ path: '/a/"', title: 'A &amp; &quot;B&quot;' }], true);
    expect(filled).toContain('<section id="saved-pages" class="mt-6">');
    expect(filled).toContain(
      '<ul data-saved-pages class="list"><li><a href="/a/&#34;">A &amp; &quot;B&quot;</a></li></ul>',
    );
    expect(filled).toContain('<p id="offline-explainer" class="mt-6">');
    expect(fillOfflinePage(page, [], false)).toBe(page);
  });

  it('a page’s title is read from its HTML as written there (escaped); its path, escaped, when it has none', () => {
    expect(pageTitle('<title>Arms &amp; oil</title>', '/a/')).toBe('Arms &amp; oil');
    expect(pageTitle('<p>no title</p>', '/a&b/')).toBe('/a&#38;b/');
  });
});

describe('files and failures', () => {
  it('the files a page loads under /_astro/, once each', () => {
    expect(
      assetUrls(
        '<link rel="stylesheet" href="/_astro/a.css"><script src="/_astro/b.js"></script><a href="/_astro/a.css">',
      ),
    ).toEqual(['/_astro/a.css', '/_astro/b.js']);
  });

  it('a failed save names its cause: no room, a missing file, or the network', () => {
    expect(failureReason(new DOMException('full', 'QuotaExceededError'))).toBe('storage');
    expect(failureReason(new Error('HTTP 404 /print/'))).toBe('missing');
    expect(failureReason(new TypeError('Failed to fetch'))).toBe('network');
    expect(failureReason(undefined)).toBe('network');
  });

  it('Save-Data: on, whatever its case and spaces', () => {
    expect(asksToSaveData(' On ')).toBe(true);
    expect(asksToSaveData(null)).toBe(false);
    expect(asksToSaveData('off')).toBe(false);
  });
});
