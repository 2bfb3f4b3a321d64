// Every internal link and #fragment resolves; every external link is https, well formed, and
// safe when it opens a new tab. Nothing here fetches the internet.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { everyPage, localeOfPath, prefixOf } from '../support/content';
import { builtPages, DIST, distFile } from '../support/dist';

const pages = builtPages();
const idsByPath = new Map(pages.map((p) => [p.path, new Set(p.doc.querySelectorAll('[id]').map((el) => el.id))]));
const SITE = 'http://site.invalid';
/** The site's own address, from the built explainer's canonical link: links to it are checked like relative ones. */
const OWN_HOST = new URL(
  pages
    .find((p) => p.path === '/')
    ?.doc.querySelector('link[rel="canonical"]')
    ?.getAttribute('href') ?? SITE,
).host;
const isOwn = (href: string) => {
  try {
    return /^https?:/i.test(href) && new URL(href).host === OWN_HOST;
  } catch {
    return false;
  }
};

describe('links', () => {
  it("the build has pages to check, and the site's own address (links to it are checked as internal)", () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
    expect(OWN_HOST).not.toBe('site.invalid');
    expect(isOwn(`https://${OWN_HOST}/no-such-section/`)).toBe(true);
  });

  for (const path of everyPage()) {
    it(`${path}: links to the print view in its language`, () => {
      const page = pages.find((p) => p.path === path);
      expect(page?.doc.querySelector(`a[href="${prefixOf(localeOfPath(path))}/print/"]`)).toBeTruthy();
    });
  }

  for (const page of pages) {
    it(`${page.path}: every internal link and fragment resolves`, () => {
      const broken: string[] = [];
      for (const a of page.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (/^(https?:|mailto:|tel:)/.test(href) && !isOwn(href)) continue;
        // A fragment alone points into the page itself (the 404 pages are served at any address).
        if (href.startsWith('#')) {
          const id = decodeURIComponent(href.slice(1));
          if (id && !idsByPath.get(page.path)?.has(id)) broken.push(`${href} → no id "${id}" on this page`);
          continue;
        }
        const url = new URL(href, `${SITE}${page.path}`);
        const targetPath = url.pathname;
        const file = distFile(targetPath);
        if (!existsSync(join(DIST, file))) {
          broken.push(`${href} → no file ${file}`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && file.endsWith('.html') && !idsByPath.get(targetPath)?.has(fragment))
          broken.push(`${href} → no id "${fragment}" on ${targetPath}`);
      }
      expect(broken).toEqual([]);
    });

    it(`${page.path}: ids are unique`, () => {
      const ids = page.doc.querySelectorAll('[id]').map((el) => el.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });

    it(`${page.path}: external links are https, well formed, and safe in a new tab`, () => {
      const problems: string[] = [];
      for (const a of page.doc.querySelectorAll('a[href]')) {
        const href = a.getAttribute('href')!;
        if (!/^[a-z]+:/i.test(href) || href.startsWith('mailto:')) continue;
        let url: URL;
        try {
          url = new URL(href);
        } catch {
          problems.push(`${href}: not a well-formed URL`);
          continue;
        }
        if (url.protocol !== 'https:') problems.push(`${href}: not https`);
        if (a.getAttribute('target') === '_blank') {
          const rel = (a.getAttribute('rel') ?? '').split(/\s+/);
          if (!rel.includes('noopener') || !rel.includes('noreferrer'))
            problems.push(`${href}: opens a new tab without rel="noopener noreferrer"`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
