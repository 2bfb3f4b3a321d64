// Every page carries the Content-Security-Policy; nothing inline could need 'unsafe-inline'
// (the print view's stylesheet is allowed by its hash); dist/_headers serves the same policy
// with the other security headers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, headersFile, inlineStyleHashes, SECURITY_HEADERS, withStyleHashes } from '../../src/lib/security';
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
    expect(text).toBe(headersFile(styleHashes));
    expect(text).toContain(`Content-Security-Policy: ${cspHeader(styleHashes)}`);
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) expect(text).toContain(`${name}: ${SECURITY_HEADERS[name]}`);
  });

  for (const page of pages) {
    it(`${page.path}: has the policy first in <head>, and nothing inline that would need unsafe-inline`, () => {
      const meta = page.doc.querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta?.getAttribute('content')).toBe(withStyleHashes(cspMeta(), inlineStyleHashes(page.html)));
      const firstLoad = page.doc.querySelector('head')!.querySelectorAll('script, link[rel="stylesheet"], style')[0];
      if (firstLoad) expect(page.html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(page.html.indexOf(firstLoad.toString().slice(0, 40)));
      const inlineScripts = page.doc.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inlineScripts.map((s) => s.toString().slice(0, 80))).toEqual([]);
      const handlers = page.doc.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((name) => /^on[a-z]+$/i.test(name)).map((name) => `<${el.tagName.toLowerCase()} ${name}>`));
      expect(handlers).toEqual([]);
      expect(page.doc.querySelectorAll('[style]').map((el) => el.tagName)).toEqual([]);
    });
  }
});
