// The site's languages.
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, isLocale, LOCALES } from '../../src/lib/locales';

describe('locales', () => {
  it('knows its locales', () => {
    expect(LOCALES).toContain(DEFAULT_LOCALE);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('de')).toBe(false);
  });
});
