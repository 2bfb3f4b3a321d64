// The offline cache at build time (src/lib/precache.ts): which built files the worker may store,
// its version, what each language saves on the reader's intent, and the size written into pages.
import { describe, expect, it } from 'vitest';
import {
  cacheVersion,
  fillSaveSizes,
  intentFiles,
  precacheUrls,
  saveLists,
  workerManifest,
} from '../../src/lib/precache';

describe('precacheUrls', () => {
  it('compressed copies, the worker, headers and OG images are never stored', () => {
    expect(
      precacheUrls([
        { path: 'index.html', hash: '' },
        { path: 'index.html.gz', hash: '' },
        { path: 'x.css.br', hash: '' },
        { path: 'sw.js', hash: '' },
        { path: '_headers', hash: '' },
        { path: 'og/a.png', hash: '' },
        { path: 'figures/timeline/timeline.png', hash: '' },
        { path: 'figures/timeline/index.html', hash: '' },
      ]),
    ).toEqual(['/', '/figures/timeline/']);
  });

  it('the version changes with a stored file, not with a compressed copy', () => {
    const hash = (text: string) =>
      text
        .split('')
        .reduce((n, c) => (n * 31 + c.charCodeAt(0)) >>> 0, 7)
        .toString(16)
        .padStart(12, '0');
    const files = [{ path: 'index.html', hash: 'a' }];
    expect(cacheVersion(files, hash)).toBe(cacheVersion([...files, { path: 'index.html.gz', hash: 'z' }], hash));
    expect(cacheVersion(files, hash)).not.toBe(cacheVersion([{ path: 'index.html', hash: 'b' }], hash));
  });
});

describe('what the reader’s intent saves', () => {
  const assets: Record<string, string[]> = {
    '/': ['/_astro/site.css', '/_astro/explainer.js'],
    '/print/': [],
    '/chronology/': ['/_astro/site.css', '/_astro/site.js'],
    '/fr/': ['/_astro/site.css', '/_astro/explainer.js'],
    '/fr/print/': [],
    '/fr/chronologie/': ['/_astro/site.css', '/_astro/site.js'],
  };

  it('the explainer, print view and chronology of the language, then their files, each once', () => {
    expect(intentFiles('fr', (p) => assets[p]!)).toEqual([
      '/fr/',
      '/fr/print/',
      '/fr/chronologie/',
      '/_astro/site.css',
      '/_astro/explainer.js',
      '/_astro/site.js',
    ]);
  });

  it('the lists name what each language saves; the manifest, where the lists are, and each language’s paths and words', () => {
    expect(saveLists((p) => assets[p]!)).toEqual({
      en: ['/', '/print/', '/chronology/', '/_astro/site.css', '/_astro/explainer.js', '/_astro/site.js'],
      fr: ['/fr/', '/fr/print/', '/fr/chronologie/', '/_astro/site.css', '/_astro/explainer.js', '/_astro/site.js'],
    });
    const manifest = workerManifest('v1', (locale) => ({
      title: `${locale} title`,
      body: '',
      home: '',
    }));
    expect(manifest.version).toBe('v1');
    expect(manifest.lists).toBe('/offline-files.json');
    expect(manifest.locales.fr).toEqual({
      prefix: '/fr',
      home: '/fr/',
      print: '/fr/print/',
      offline: '/fr/hors-ligne/',
      words: { title: 'fr title', body: '', home: '' },
    });
  });

  it('the size is written where each language’s marker stands, and nowhere else', () => {
    const html =
      '<span data-offline-size="en"></span> <span data-offline-size="fr"></span> <span data-offline-size="xx"></span>';
    expect(fillSaveSizes(html, (l) => (l === 'en' ? ' (136 KB)' : ' (146 ko)'))).toBe(
      '<span data-offline-size="en"> (136 KB)</span> <span data-offline-size="fr"> (146 ko)</span> <span data-offline-size="xx"></span>',
    );
    // Written again when the size it says changes.
    expect(fillSaveSizes('<span data-offline-size="en"> (136 KB)</span>', () => ' (137 KB)')).toBe(
      '<span data-offline-size="en"> (137 KB)</span>',
    );
  });
});
