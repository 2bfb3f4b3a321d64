// Every page carries the Content-Security-Policy; nothing inline could need 'unsafe-inline';
// public/_headers serves the same policy with the other security headers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cspHeader, cspMeta, headersFile, SECURITY_HEADERS } from '../../src/lib/security';
import { builtPages } from '../support/dist';

const pages = builtPages();

describe('Content-Security-Policy', () => {
  it('is strict: no unsafe-inline, no unsafe-eval, scripts from the site only', () => {
    expect(cspHeader()).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(cspHeader()).toMatch(/script-src 'self'/);
    expect(cspHeader()).toMatch(/frame-ancestors 'none'/);
    expect(cspMeta()).not.toMatch(/frame-ancestors/);
  });

  it('public/_headers holds the same policy and headers', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
    const text = headersFile();
    expect(text).toContain(`Content-Security-Policy: ${cspHeader()}`);
    for (const name of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']) expect(text).toContain(`${name}: ${SECURITY_HEADERS[name]}`);
  });

  for (const page of pages) {
    it(`${page.path}: has the policy first in <head>, and nothing inline that would need unsafe-inline`, () => {
      const meta = page.doc.querySelector('meta[http-equiv="content-security-policy"]');
      expect(meta?.getAttribute('content')).toBe(cspMeta());
      const head = page.doc.querySelector('head')!;
      const firstLoad = head.querySelectorAll('script, link[rel="stylesheet"], style')[0];
      if (firstLoad) expect(page.html.indexOf('http-equiv="content-security-policy"')).toBeLessThan(page.html.indexOf(firstLoad.toString()));
      const inlineScripts = page.doc.querySelectorAll('script:not([src])').filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inlineScripts.map((s) => s.toString().slice(0, 80))).toEqual([]);
      expect(page.doc.querySelectorAll('style').length).toBe(0);
      const handlers = page.doc.querySelectorAll('*').flatMap((el) => Object.keys(el.attributes).filter((name) => /^on[a-z]+$/i.test(name)).map((name) => `<${el.tagName.toLowerCase()} ${name}>`));
      expect(handlers).toEqual([]);
      expect(page.doc.querySelectorAll('[style]').map((el) => el.tagName)).toEqual([]);
    });
  }
});
