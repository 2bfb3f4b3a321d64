// Two languages, in the built pages: each reading page declares its language, lists both editions'
// addresses as hreflang alternates (both ways, English the x-default), and its language switch
// leads to the same page in the other language. The switch's behaviour with a #fragment is
// tested in the browser (tests/e2e/i18n.spec.ts).
import { describe, expect, test } from 'vitest';
import { counterpartOf, everyPage, localeOfPath } from '../support/content';
import { builtPages } from '../support/dist';

const pages = new Map(builtPages().map((p) => [p.path, p]));

/** A built page's hreflang alternates, as paths by language. */
function alternates(path: string): Record<string, string> {
  const page = pages.get(path);
  if (!page) throw new Error(`no built page ${path}`);
  return Object.fromEntries(
    page.doc
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname]),
  );
}

describe('languages', () => {
  test('there are pages in both editions to check', () => {
    expect(everyPage().filter((p) => localeOfPath(p) === 'fr').length).toBeGreaterThan(10);
    expect(everyPage().filter((p) => localeOfPath(p) === 'en').length).toBeGreaterThan(10);
  });

  for (const path of everyPage()) {
    test(`${path}: lang, hreflang both ways, and a switch to the same page in the other language`, () => {
      const locale = localeOfPath(path);
      const otherLocale = locale === 'en' ? 'fr' : 'en';
      const other = counterpartOf(path);
      const page = pages.get(path)!;
      expect(page.doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
      const links = alternates(path);
      expect(links[locale]).toBe(path);
      expect(links[otherLocale]).toBe(other);
      expect(links['x-default']).toBe(locale === 'en' ? path : other);
      const switchLink = page.doc.querySelector(`a.language-switch[hreflang="${otherLocale}"]`);
      expect(switchLink?.getAttribute('href')).toBe(other);
      // And back: the other page's alternates point here.
      expect(alternates(other)[locale]).toBe(path);
    });
  }

  for (const path of ['/print/', '/fr/print/']) {
    test(`${path} declares its language`, () => {
      expect(pages.get(path)?.doc.querySelector('html')?.getAttribute('lang')).toBe(localeOfPath(path));
    });
  }
});
