// The public-URL guard: which ids count as public, how a redirect keeps a URL alive, and how the
// committed list is updated.
import { describe, expect, test } from 'vitest';
import {
  collectPublicUrls,
  mergePublicUrls,
  missingPublicUrls,
  movedAnchor,
  publicAnchors,
  redirectTarget,
} from '../../src/lib/public-urls';

const home = `<h1>Site</h1><h2 id="contents">Contents</h2><div class="heading-wrapper"><h2 id="arms">Arms</h2><a class="self-link heading-link" href="#arms">x</a></div>
<p id="not-public">text</p><figure id="figure-arms" class="fig"><p id="figure-arms-title">t</p></figure><li id="event-2025-07-05-parade">e</li><div id="panel"></div><a class="self-link" href="#panel">p</a><span id="old-arms" data-anchor-alias></span>`;
const redirect = (to: string) =>
  `<!doctype html><title>Redirecting to: ${to}</title><meta http-equiv="refresh" content="0;url=${to}"><meta name="robots" content="noindex">`;

describe('public URLs', () => {
  test('headings, figures, events, self-link targets and a renamed heading’s alias are public; other ids are not', () => {
    expect(publicAnchors(home)).toEqual([
      'arms',
      'contents',
      'event-2025-07-05-parade',
      'figure-arms',
      'old-arms',
      'panel',
    ]);
  });

  test('an Astro redirect page is recognised', () => {
    expect(redirectTarget(redirect('/new/'))).toBe('/new/');
    expect(redirectTarget(home)).toBeNull();
  });

  test('the list of a build is sorted and skips redirect pages’ anchors', () => {
    const list = collectPublicUrls([
      { path: '/b/', html: '<h1 id="b">B</h1>' },
      { path: '/', html: home },
      { path: '/old/', html: redirect('/b/') },
    ]);
    expect(list.pages).toEqual(['/', '/b/', '/old/']);
    expect(Object.keys(list.anchors)).toEqual(['/', '/b/']);
  });

  test('updating adds new URLs and keeps vanished ones, unless pruning', () => {
    const committed = { pages: ['/', '/gone/'], anchors: { '/': ['gone-id'] } };
    const current = { pages: ['/', '/new/'], anchors: { '/': ['new-id'] } };
    expect(mergePublicUrls(committed, current)).toEqual({
      pages: ['/', '/gone/', '/new/'],
      anchors: { '/': ['gone-id', 'new-id'] },
    });
    expect(mergePublicUrls(committed, current, true)).toEqual(current);
  });

  test('a page or anchor that disappears is reported', () => {
    const committed = { pages: ['/', '/arms/'], anchors: { '/': ['arms', 'figure-arms', 'event-2025-07-05-parade'] } };
    const built = [{ path: '/', html: '<h2 id="other">x</h2>' }];
    expect(missingPublicUrls(committed, built)).toEqual([
      '/arms/',
      '/#arms',
      '/#figure-arms',
      '/#event-2025-07-05-parade',
    ]);
  });

  test('a renamed slug with a redirect keeps its page and its anchor on the explainer', () => {
    const committed = { pages: ['/', '/arms/'], anchors: { '/': ['arms'], '/arms/': ['arms'] } };
    const built = [
      { path: '/', html: '<h2 id="arms-and-oil">Arms</h2>' },
      { path: '/arms/', html: redirect('/arms-and-oil/') },
      { path: '/arms-and-oil/', html: '<h1 id="arms-and-oil">Arms</h1>' },
    ];
    expect(missingPublicUrls(committed, built)).toEqual([]);
  });

  test('the same holds in an edition under a prefix (/fr/old/ redirected to /fr/new/)', () => {
    const committed = {
      pages: ['/fr/', '/fr/apres-aout-2025/'],
      anchors: { '/fr/': ['apres-aout-2025'], '/fr/apres-aout-2025/': ['apres-aout-2025'] },
    };
    const built = [
      { path: '/fr/', html: '<h2 id="traite-en-vigueur">Traité</h2>' },
      { path: '/fr/apres-aout-2025/', html: redirect('/fr/traite-en-vigueur/') },
      { path: '/fr/traite-en-vigueur/', html: '<h1 id="traite-en-vigueur">Traité</h1>' },
    ];
    expect(missingPublicUrls(committed, built)).toEqual([]);
    // Without the redirect, the French anchor is reported as gone.
    expect(
      missingPublicUrls(
        committed,
        built.filter((p) => p.path !== '/fr/apres-aout-2025/'),
      ),
    ).toEqual(['/fr/apres-aout-2025/', '/fr/#apres-aout-2025', '/fr/apres-aout-2025/#apres-aout-2025']);
  });

  test('an anchor recorded as moved must exist at its new place, not its old one', () => {
    const moved = { '/#event-': '/chronology/#event-' };
    expect(movedAnchor('/#event-2025-07-05-parade', moved)).toBe('/chronology/#event-2025-07-05-parade');
    expect(movedAnchor('/#arms', moved)).toBeNull();
    const committed = { pages: ['/', '/chronology/'], anchors: { '/': ['arms', 'event-2025-07-05-parade'] }, moved };
    const chronology = { path: '/chronology/', html: '<li id="event-2025-07-05-parade">e</li>' };
    const explainer = { path: '/', html: '<h2 id="arms">Arms</h2>' };
    expect(missingPublicUrls(committed, [explainer, chronology])).toEqual([]);
    expect(missingPublicUrls(committed, [explainer, { path: '/chronology/', html: '<h1 id="c">C</h1>' }])).toEqual([
      '/#event-2025-07-05-parade (moved to /chronology/#event-2025-07-05-parade)',
    ]);
  });

  test('updating keeps the recorded moves, pruning too', () => {
    const moved = { '/#event-': '/chronology/#event-' };
    const committed = { pages: ['/'], anchors: { '/': ['event-a'] }, moved };
    const current = { pages: ['/', '/chronology/'], anchors: { '/chronology/': ['event-a'] } };
    expect(mergePublicUrls(committed, current).moved).toEqual(moved);
    expect(mergePublicUrls(committed, current, true)).toEqual({ ...current, moved });
  });
});
