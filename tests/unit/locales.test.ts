// The registry of the site's languages (src/lib/locales.ts) and the paths built from it
// (src/lib/urls.ts): every language has addresses of its own, and reading a path gives back the
// language and page it was built from.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import {
  DEFAULT_LOCALE,
  isLocale,
  LOCALE_REGISTRY,
  LOCALES,
  PAGE_ROUTES,
  type Locale,
  type PageRoute,
} from '../../src/lib/locales';
import { RESERVED_SLUGS } from '../../src/lib/section-id';
import { localeOfPath, localeParam, localeRoutes, pageOfPath, pagePath, sectionPath } from '../../src/lib/urls';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const everyPage = LOCALES.flatMap((locale) => (['home', ...PAGE_ROUTES] as const).map((route) => ({ locale, route })));

describe('the locale registry', () => {
  it('knows its locales, the default among them', () => {
    expect(LOCALES).toContain(DEFAULT_LOCALE);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
    expect(Object.keys(LOCALE_REGISTRY).sort()).toEqual([...LOCALES].sort());
  });

  it('puts the default language at the root and every other under a folder of its own', () => {
    expect(LOCALE_REGISTRY[DEFAULT_LOCALE].prefix).toBe('');
    const prefixes = LOCALES.map((locale) => LOCALE_REGISTRY[locale].prefix);
    expect(new Set(prefixes).size).toBe(LOCALES.length);
    for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE))
      expect(LOCALE_REGISTRY[locale].prefix, locale).toMatch(/^\/[a-z]{2,3}$/);
  });

  it('gives every page of a language a distinct, URL-safe slug, which no section may take', () => {
    for (const locale of LOCALES) {
      const { slugs, embed } = LOCALE_REGISTRY[locale];
      expect(Object.keys(slugs).sort(), locale).toEqual([...PAGE_ROUTES].sort());
      expect(new Set(Object.values(slugs)).size, `${locale}: two pages share a slug`).toBe(PAGE_ROUTES.length);
      for (const slug of [...Object.values(slugs), embed]) expect(slug, locale).toMatch(SLUG);
      for (const slug of Object.values(slugs)) expect(RESERVED_SLUGS, locale).toContain(slug);
    }
    const paths = everyPage.map(pagePath);
    expect(new Set(paths).size, 'two pages share an address').toBe(paths.length);
  });

  it('names each language in Intl and Open Graph by its own code', () => {
    for (const locale of LOCALES) {
      const { intl, og } = LOCALE_REGISTRY[locale];
      expect(new Intl.DateTimeFormat(intl).resolvedOptions().locale, locale).toBe(intl);
      expect(intl.split('-')[0], locale).toBe(locale);
      expect(og, locale).toMatch(new RegExp(`^${locale}_[A-Z]{2}$`));
    }
  });

  it('points to each language its own words', () => {
    for (const locale of LOCALES) {
      expect(t(locale).sectionTitled, locale).toBe(LOCALE_REGISTRY[locale].words.ui.sectionTitled);
      expect(t(locale).fig, locale).toBe(LOCALE_REGISTRY[locale].words.figures);
    }
    expect(t('fr').sectionTitled).not.toBe(t('en').sectionTitled);
  });
});

describe('paths from the registry', () => {
  it('builds each page of each language where the site publishes it', () => {
    expect(pagePath({ locale: 'en', route: 'home' })).toBe('/');
    expect(pagePath({ locale: 'fr', route: 'home' })).toBe('/fr/');
    expect(pagePath({ locale: 'en', route: 'about' })).toBe('/about/');
    expect(pagePath({ locale: 'fr', route: 'about' })).toBe('/fr/a-propos/');
    expect(pagePath({ locale: 'fr', route: 'offline' })).toBe('/fr/hors-ligne/');
    expect(pagePath({ locale: 'fr', route: 'figures' })).toBe('/fr/graphiques/');
  });

  it('reads back from a path the language and page it was built from', () => {
    for (const page of everyPage) {
      expect(pageOfPath(pagePath(page)), pagePath(page)).toEqual(page);
      expect(localeOfPath(pagePath(page)), pagePath(page)).toBe(page.locale);
    }
  });

  it('reads no page from a section, a deeper path or an unknown one', () => {
    expect(pageOfPath(sectionPath('armes-et-petrole', 'fr'))).toBeUndefined();
    expect(pageOfPath('/fr/graphiques/chronologie/')).toBeUndefined();
    expect(pageOfPath('/fr/about/')).toBeUndefined();
    expect(pageOfPath('/a-propos/')).toBeUndefined();
    expect(localeOfPath('/fr/armes-et-petrole/')).toBe('fr');
    expect(localeOfPath('/fr')).toBe('fr');
    expect(localeOfPath('/french-section/')).toBe(DEFAULT_LOCALE);
  });

  it('gives each [...locale] route file the same addresses as the path helpers', () => {
    // What Astro builds from a route's params: the defined ones, joined by "/".
    const built = (params: Record<string, string | undefined>, order: string[]) =>
      `/${order
        .map((name) => params[name])
        .filter(Boolean)
        .map((part) => `${part}/`)
        .join('')}`;
    for (const { params, props } of localeRoutes())
      expect(built(params, ['locale'])).toBe(pagePath({ locale: props.locale, route: 'home' }));
    for (const route of PAGE_ROUTES) {
      const routes = localeRoutes(route);
      expect(routes.map((r) => r.props.locale)).toEqual([...LOCALES]);
      for (const { params, props } of routes)
        expect(built(params, ['locale', route])).toBe(pagePath({ locale: props.locale, route }));
    }
  });

  it('leaves the locale param out at the root and reads it back as the prefix', () => {
    expect(localeParam(DEFAULT_LOCALE)).toBeUndefined();
    for (const locale of LOCALES.filter((l): l is Locale => l !== DEFAULT_LOCALE))
      expect(localeOfPath(`/${localeParam(locale)}/`)).toBe(locale);
    const route: PageRoute = 'chronology';
    expect(localeRoutes(route).map((r) => r.params)).toEqual([
      { locale: undefined, chronology: 'chronology' },
      { locale: 'fr', chronology: 'chronologie' },
    ]);
  });
});
