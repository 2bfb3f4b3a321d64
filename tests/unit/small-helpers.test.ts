import { afterEach, describe, expect, it } from 'vitest';
import { contentDir } from '../../src/lib/content-dir';
import { t } from '../../src/lib/i18n';
import { DEFAULT_LOCALE, isLocale, LOCALES } from '../../src/lib/locales';
import { ARTICLE_CUTOFF, isAfterArticle } from '../../src/lib/timeline';
import {
  chronologyPath,
  eventPath,
  explainerAnchorPath,
  sectionPath,
  sourcePath,
  urlLineParts,
} from '../../src/lib/urls';

describe('urls', () => {
  it('gives each section its own page and its anchor on the one-page explainer', () => {
    expect(sectionPath('us-response')).toBe('/us-response/');
    expect(explainerAnchorPath('us-response')).toBe('/#us-response');
    expect(sourcePath('sipri-register-2025')).toBe('/sources/#sipri-register-2025');
  });
});

describe('the chronology and written-out addresses', () => {
  it('the chronology has its own path in each language, and an event its anchor there', () => {
    expect(chronologyPath('en')).toBe('/chronology/');
    expect(chronologyPath('fr')).toBe('/fr/chronologie/');
    expect(eventPath('event-2013-03-05-chavez-dies', 'fr')).toBe('/fr/chronologie/#event-2013-03-05-chavez-dies');
  });

  it('an address is cut after each "/", the scheme\'s "//" kept whole', () => {
    expect(urlLineParts('https://a.org/x/y-z')).toEqual(['https://', 'a.org/', 'x/', 'y-z']);
    expect(urlLineParts('https://a.org/x/')).toEqual(['https://', 'a.org/', 'x/']);
    expect(urlLineParts('https://a.org/x/').join('')).toBe('https://a.org/x/');
  });
});

describe('timeline rules', () => {
  it('treats events after August 2025 as later context', () => {
    expect(ARTICLE_CUTOFF).toBe('2025-08-31');
    expect(isAfterArticle({ date: '2025-08-07' })).toBe(false);
    expect(isAfterArticle({ date: '2025-09-30' })).toBe(true);
  });
});

describe('locales and strings', () => {
  it('knows its locales', () => {
    expect(LOCALES).toContain(DEFAULT_LOCALE);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
  });
  it('gives every interface string for every locale', () => {
    for (const locale of LOCALES) {
      const s = t(locale);
      expect(s.sectionTitled.length).toBeGreaterThan(0);
      expect(s.partOf(2, 8)).toMatch(/2.*8/);
    }
  });
});

describe('contentDir', () => {
  const saved = process.env.EXPLAINER_CONTENT_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.EXPLAINER_CONTENT_DIR;
    else process.env.EXPLAINER_CONTENT_DIR = saved;
  });
  it('defaults to content/ and follows EXPLAINER_CONTENT_DIR', () => {
    delete process.env.EXPLAINER_CONTENT_DIR;
    expect(contentDir()).toBe('content');
    process.env.EXPLAINER_CONTENT_DIR = '/tmp/broken/';
    expect(contentDir()).toBe('/tmp/broken');
  });
});

describe('isSecureUrl', () => {
  it('accepts https only', async () => {
    const { isSecureUrl } = await import('../../src/lib/urls');
    expect(isSecureUrl('https://www.sipri.org/')).toBe(true);
    expect(isSecureUrl('http://cfries.canalblog.com/')).toBe(false);
    expect(isSecureUrl('not a url')).toBe(false);
  });
});

describe('urls in each language', () => {
  it('puts French under /fr/ and English at the root', async () => {
    const u = await import('../../src/lib/urls');
    expect(u.homePath('en')).toBe('/');
    expect(u.homePath('fr')).toBe('/fr/');
    expect(u.sectionPath('defile-et-missiles', 'fr')).toBe('/fr/defile-et-missiles/');
    expect(u.explainerAnchorPath('defile-et-missiles', 'fr')).toBe('/fr/#defile-et-missiles');
    expect(u.sourcePath('sipri-register-2025', 'fr')).toBe('/fr/sources/#sipri-register-2025');
    expect(u.printPath('fr')).toBe('/fr/print/');
    expect(u.printPath('en')).toBe('/print/');
  });
});

describe('allStrings (the test helper reading the dictionary)', () => {
  it('collects nested strings and calls functions with placeholders', async () => {
    const { allStrings } = await import('../support/strings');
    expect(allStrings({ a: 'One', b: { c: 'Two' }, d: (n: number, m: number) => `Part ${n} of ${m}` })).toEqual([
      'One',
      'Two',
      'Part {0} of {1}',
    ]);
  });
  it('covers every key of the real English dictionary', async () => {
    const { allStrings } = await import('../support/strings');
    expect(allStrings(t('en'))).toContain(t('en').skipToContent);
    expect(allStrings(t('en'))).toContain(t('en').fig.quote('{0}'));
  });
});
