// The interface strings of each language, through t(locale).
import { describe, expect, it } from 'vitest';
import { t } from '../../src/lib/i18n';
import { LOCALES } from '../../src/lib/locales';

describe('t', () => {
  it('gives every interface string for every locale', () => {
    for (const locale of LOCALES) {
      const s = t(locale);
      expect(s.sectionTitled.length).toBeGreaterThan(0);
      expect(s.partOf(2, 8)).toMatch(/2.*8/);
    }
  });
});
