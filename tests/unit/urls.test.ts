// The site's paths, in each language, and which external addresses it links.
import { describe, expect, it } from 'vitest';
import {
  chronologyPath,
  eventPath,
  explainerAnchorPath,
  homePath,
  isSecureUrl,
  printPath,
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

  it('puts French under /fr/ and English at the root', () => {
    expect(homePath('en')).toBe('/');
    expect(homePath('fr')).toBe('/fr/');
    expect(sectionPath('defile-et-missiles', 'fr')).toBe('/fr/defile-et-missiles/');
    expect(explainerAnchorPath('defile-et-missiles', 'fr')).toBe('/fr/#defile-et-missiles');
    expect(sourcePath('sipri-register-2025', 'fr')).toBe('/fr/sources/#sipri-register-2025');
    expect(printPath('fr')).toBe('/fr/print/');
    expect(printPath('en')).toBe('/print/');
  });
});

describe('isSecureUrl', () => {
  it('accepts https only', () => {
    expect(isSecureUrl('https://www.sipri.org/')).toBe(true);
    expect(isSecureUrl('http://cfries.canalblog.com/')).toBe(false);
    expect(isSecureUrl('not a url')).toBe(false);
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
