// The site's paths, in each language, and which external addresses it links.
import { describe, expect, it } from 'vitest';
import { explainerAnchorPath, homePath, isSecureUrl, printPath, sectionPath, sourcePath } from '../../src/lib/urls';

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
