import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle } from '../../src/lib/titles';

describe('pageTitle', () => {
  it('adds the site name when the whole fits', () => {
    expect(pageTitle('Sources', 'Venezuela and Russia')).toBe('Sources | Venezuela and Russia');
  });
  it('keeps the title alone when adding the site name would make it too long', () => {
    const long = 'Russia’s Cuba? Maduro’s alliances and the 2025–2031 plan';
    expect(pageTitle(long, 'Venezuela and Russia')).toBe(long);
    expect(`${long} | Venezuela and Russia`.length).toBeGreaterThan(MAX_TITLE_LENGTH);
  });
  it('does not repeat the site name', () => {
    expect(pageTitle('Venezuela and Russia', 'Venezuela and Russia')).toBe('Venezuela and Russia');
  });
});
