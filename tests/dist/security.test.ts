// Every page carries the Content-Security-Policy; nothing inline could need 'unsafe-inline'
// (the print view's stylesheet is allowed by its hash); dist/_headers serves the same policy
// with the other security headers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cspHeader,
  cspHeaderWithoutFraming,
  cspMeta,
  inlineStyleHashes,
  withStyleHashes,
} from '../../src/lib/security';
import { DIST, readingPages } from '../support/dist';
import { isPrintView } from '../../src/lib/budgets';

const pages = readingPages();
const styleHashes = [...new Set(pages.flatMap((p) => inlineStyleHashes(p.html)))].sort();

describe('Content-Security-Policy', () => {
  it('is strict: no unsafe-inline, no unsafe-eval, no wildcard, scripts from the site only', () => {
    for (const policy of [cspHeader(styleHashes), cspMeta()]) {
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(policy).toMatch(/script-src 'self';/);
    }
    expect(cspHeader()).toMatch(/frame-ancestors 'none'/);
    expect(cspMeta()).not.toMatch(/frame-ancestors/);
  });

  it('only the print views inline a stylesheet', () => {
    const inlining = pages.filter((p) => inlineStyleHashes(p.html).length).map((p) => p.path);
    expect(inlining.length).toBeGreaterThan(0);
    expect(inlining.filter((path) => !isPrintView(path))).toEqual([]);
  });

  it('dist/_headers holds the same policy, with the inline stylesheet hashes, and the other headers', () => {
    const text = readFileSync(join(DIST, '_headers'), 'utf8');
    // Every path: the policy less frame-ancestors, which each page pattern adds (src/lib/security.ts).
    expect(text).toContain(`Content-Security-Policy: ${cspHeaderWithoutFraming(styleHashes)}`);
    expect(`${cspHeaderWithoutFraming(styleHashes)}; frame-ancestors 'none'`).toBe(cspHeader(styleHashes));
  });
});

/** The headers a host reading _headers sends for a path: every matching rule, one header's values joined (Netlify, Cloudflare Pages). */
function headersFor(text: string, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  let matches = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[a-z]+/gi, '[^/]+');
      matches = new RegExp(`^${pattern}$`).test(path);
    } else if (matches) {
      const at = line.indexOf(':');
      const [name, value] = [line.slice(0, at).trim(), line.slice(at + 1).trim()];
      out[name] = out[name] ? `${out[name]}, ${value}` : value;
    }
  }
  return out;
}

describe('dist/_headers, as a host applies it', () => {
  const text = readFileSync(join(DIST, '_headers'), 'utf8');
  const asset = pages[0]!.doc.querySelector('link[rel="stylesheet"]')?.getAttribute('href') ?? '/_astro/missing.css';
  const revalidated = [
    '/index.html',
    '/fr/index.html',
    '/arms-and-oil/index.html',
    '/fr/graphiques/chronologie/index.html',
    '/figures/timeline/embed/index.html',
    '/',
    '/sources/',
    '/fr/',
    '/fr/sources/',
    '/offline/',
    '/fr/hors-ligne/',
    '/arms-and-oil/',
    '/arms-and-oil',
    '/fr/armes-et-petrole/',
    '/sw.js',
    '/manifest.webmanifest',
    '/fr/manifest.webmanifest',
  ];

  it('hashed assets are cached for a year, immutable', () => {
    expect(asset).toMatch(/^\/_astro\//);
    expect(headersFor(text, asset)['Cache-Control']).toBe('public, max-age=31536000, immutable');
  });

  for (const path of revalidated) {
    it(`${path} is revalidated on every use (no-cache)`, () => {
      expect(headersFor(text, path)['Cache-Control']).toBe('no-cache');
    });
  }

  // The English figure page the explainer's first "Share this figure" row points at.
  const figureLink = pages.find((p) => p.path === '/')!.doc.querySelector('.fig-share .share-permalink a')!;
  const figurePage = new URL(figureLink.getAttribute('href')!).pathname;
  for (const path of [
    '/',
    '/fr/armes-et-petrole/',
    '/sources/',
    '/print/',
    figurePage,
    '/fr/graphiques/chronologie/',
    asset,
    '/data/venezuela-russia-timeline.csv',
  ]) {
    it(`${path} gets the security headers`, () => {
      const headers = headersFor(text, path);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['Permissions-Policy']).toMatch(/camera=\(\)/);
      const csp = headers['Content-Security-Policy'] ?? '';
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ])
        expect(csp).toContain(directive);
      // Pages may not be framed; files are not pages (framing them shows nothing of the site's).
      if (path.endsWith('/')) {
        expect(headers['X-Frame-Options']).toBe('DENY');
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toContain('frame-ancestors *');
      }
    });
  }

  /** Whether a browser lets another site frame a response with these headers: X-Frame-Options counts only when no policy has frame-ancestors (the HTML standard's rule). */
  const framable = (headers: Record<string, string>) => {
    const csp = headers['Content-Security-Policy'] ?? '';
    if (/frame-ancestors/.test(csp)) return !/frame-ancestors 'none'/.test(csp);
    return !headers['X-Frame-Options'];
  };

  it('only the figures’ embed pages may be framed by other sites, at either address, and they keep the rest of the policy', () => {
    const addresses = pages.flatMap((p) => [p.path, p.path.endsWith('/') ? `${p.path}index.html` : p.path]);
    const open = addresses.filter((path) => framable(headersFor(text, path)));
    expect(open.length).toBeGreaterThan(0);
    for (const path of open) {
      expect(path).toMatch(/\/embed\/(index\.html)?$/);
      const csp = headersFor(text, path)['Content-Security-Policy'] ?? '';
      expect(csp).toContain('frame-ancestors *');
      expect(csp).toContain("script-src 'self'");
    }
    const embeds = pages.filter((p) => p.path.endsWith('/embed/')).flatMap((p) => [p.path, `${p.path}index.html`]);
    expect(open.sort()).toEqual(embeds.sort());
  });

  it('every page at its index.html address gets the headers of its folder address', () => {
    for (const page of pages.filter((p) => p.path.endsWith('/'))) {
      expect(headersFor(text, `${page.path}index.html`), page.path).toEqual(headersFor(text, page.path));
    }
  });

  it('a host joining matching rules repeats no value: each address matches one rule per header', () => {
    const addresses = pages.flatMap((p) => [p.path, `${p.path}index.html`, p.path.replace(/(.)\/$/, '$1')]);
    for (const path of [...addresses, '/sw.js', '/fr/manifest.webmanifest', '/no/such/page/', '/a/b/c/d/e/']) {
      const headers = headersFor(text, path);
      expect(headers['Cache-Control']?.split(', ').length ?? 1, `${path} Cache-Control`).toBe(1);
      expect(headers['X-Frame-Options'], `${path} X-Frame-Options`).toBe('DENY');
      expect(headers['Content-Security-Policy']?.match(/frame-ancestors/g)?.length ?? 0, path).toBeLessThanOrEqual(1);
    }
  });

  // A missing page's 404 is sent at the address asked for: it must not be framable or cached, however deep.
  for (const path of [
    '/no-such-page/',
    '/a/b/',
    '/a/b/c/',
    '/a/b/c/d/',
    '/a/b/c/d/e/',
    '/figures/no-such/x/',
    '/fr/a/b/c/',
    '/a/b/c/index.html',
    '/a/b/c',
  ]) {
    it(`a 404 at ${path} cannot be framed${path.endsWith('/') ? ' and is revalidated' : ''}`, () => {
      const headers = headersFor(text, path);
      expect(framable(headers)).toBe(false);
      if (path.endsWith('/') || path.endsWith('/index.html')) expect(headers['Cache-Control']).toBe('no-cache');
    });
  }

  it('no page has a <base> that sets an address, or a <form> (base-uri and form-action are none)', () => {
    expect(pages.filter((p) => p.doc.querySelector('base[href], form')).map((p) => p.path)).toEqual([]);
    // The embed pages' <base target="_blank"> sends their links out of the frame; nothing else has one.
    expect(pages.filter((p) => p.doc.querySelector('base')).every((p) => p.path.endsWith('/embed/'))).toBe(true);
  });
});

describe('every page', () => {
  for (const page of pages) {
    it(`${page.path}: has the policy first in <head>, and nothing inline that would need unsafe-inline`, () => {
      const meta = page.doc.querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta?.getAttribute('content')).toBe(withStyleHashes(cspMeta(), inlineStyleHashes(page.html)));
      const firstLoad = page.doc.querySelector('head')!.querySelectorAll('script, link[rel="stylesheet"], style')[0];
      if (firstLoad)
        expect(page.html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(
          page.html.indexOf(firstLoad.toString().slice(0, 40)),
        );
      const inlineScripts = page.doc
        .querySelectorAll('script:not([src])')
        .filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inlineScripts.map((s) => s.toString().slice(0, 80))).toEqual([]);
      const handlers = page.doc.querySelectorAll('*').flatMap((el) =>
        Object.keys(el.attributes)
          .filter((name) => /^on[a-z]+$/i.test(name))
          .map((name) => `<${el.tagName.toLowerCase()} ${name}>`),
      );
      expect(handlers).toEqual([]);
      expect(page.doc.querySelectorAll('[style]').map((el) => el.tagName)).toEqual([]);
    });
  }
});
