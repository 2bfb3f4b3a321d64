// The test helper that reads the interface dictionary as text (tests/support/strings.ts).
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n';
import { allStrings, englishInterfacePieces, englishLeftIn } from '../../support/strings';

describe('allStrings', () => {
  it('collects nested strings and calls functions with placeholders', () => {
    expect(allStrings({ a: 'One', b: { c: 'Two' }, d: (n: number, m: number) => `Part ${n} of ${m}` })).toEqual([
      'One',
      'Two',
      'Part {0} of {1}',
    ]);
  });
  it('covers every key of the real English dictionary', () => {
    expect(allStrings(t('en'))).toContain(t('en').skipToContent);
    expect(allStrings(t('en'))).toContain(t('en').fig.quote('{0}'));
  });
});

describe('englishLeftIn', () => {
  it('finds an English interface string as a whole word, and nothing in French words', () => {
    const pieces = englishInterfacePieces();
    expect(pieces).toContain(t('en').skipToContent);
    expect(englishLeftIn(`Bienvenue. ${t('en').skipToContent}.`, pieces)).toEqual([t('en').skipToContent]);
    expect(englishLeftIn(`${t('fr').skipToContent} ${t('fr').sectionTitled}`, pieces)).toEqual([]);
  });
});
