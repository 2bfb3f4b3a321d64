// Text set at build time (src/lib/text-wrap.ts), as the charts' labels, the figure files and the
// link-preview images use it: lines break only at breakable spaces, so French typography's
// no-break spaces (before « : », « ; », « ? », « ! », inside « », in numbers) hold their words.
import { describe, expect, test } from 'vitest';
import { balanceLines, clampLines, fitText, words, wrapLines } from '../../src/lib/text-wrap';

const chars = (line: string) => line.length;

describe('breaking into lines', () => {
  test('breaks at spaces within the width and keeps every word', () => {
    const lines = wrapLines('Russia’s Cuba? Maduro’s alliances and the 2025–2031 plan', 20, chars);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe('Russia’s Cuba? Maduro’s alliances and the 2025–2031 plan');
  });

  test.each([
    ['a no-break space before a colon', 'Les accords signés\u00a0: un traité', 'signés\u00a0:'],
    ['a narrow no-break space before a question mark', 'Pourquoi Moscou\u202f? Une alliance', 'Moscou\u202f?'],
    [
      'a narrow no-break space before an exclamation mark',
      'Une harmonie parfaite\u202f! Dit Maduro',
      'parfaite\u202f!',
    ],
    [
      'narrow no-break spaces inside guillemets',
      'Il parle d’une «\u202fharmonie\u202f» entre eux',
      '«\u202fharmonie\u202f»',
    ],
    ['a no-break space before a semicolon', 'La Russie arme Caracas\u00a0; Washington sanctionne', 'Caracas\u00a0;'],
    ['a figure space inside a number', 'Un prêt de 4\u2007000 millions de dollars', '4\u2007000'],
    ['a no-break space in a date', 'Signé le 7\u00a0mai 2025 à Moscou', '7\u00a0mai'],
  ])('never breaks at %s', (_, text, held) => {
    for (let width = 4; width <= text.length; width++) {
      const lines = wrapLines(text, width, chars);
      expect(lines.join(' '), `width ${width}`).toBe(text);
      expect(
        lines.some((l) => l.includes(held)),
        `width ${width}: ${JSON.stringify(lines)}`,
      ).toBe(true);
      expect(lines.some((l) => /^[:;?!»]/.test(l))).toBe(false);
    }
  });

  test('breaks at a thin space (U+2009), which French typography may break, and at tabs and new lines', () => {
    expect(words('un\u2009deux\ttrois\nquatre')).toEqual(['un', 'deux', 'trois', 'quatre']);
    expect(words('deux\u00a0:\u202fx\u2060y')).toEqual(['deux\u00a0:\u202fx\u2060y']);
  });

  test('a word wider than the line breaks after its hyphens and slashes, and a piece that still does not fit stands alone', () => {
    expect(wrapLines('Kalashnikov-Rostec/Rosoboronexport now', 12, chars)).toEqual([
      'Kalashnikov-',
      'Rostec/',
      'Rosoboronexport',
      'now',
    ]);
    expect(wrapLines('Supercalifragilistic word', 5, chars)).toEqual(['Supercalifragilistic', 'word']);
  });
});

describe('balancing, cutting and fitting', () => {
  test('balanceLines keeps the line count but evens the lines out', () => {
    const text = 'Arms sales, oil and a ten-year treaty';
    const greedy = wrapLines(text, 30, chars);
    const balanced = balanceLines(text, 30, chars);
    expect(balanced).toHaveLength(greedy.length);
    expect(balanced.join(' ')).toBe(text);
    expect(Math.max(...balanced.map(chars))).toBeLessThan(Math.max(...greedy.map(chars)));
  });

  test('a balanced French title keeps « : » with its word', () => {
    const lines = balanceLines(
      'La Russie et le Venezuela\u00a0: une «\u202fharmonie parfaite\u202f»\u202f?',
      30,
      chars,
    );
    expect(lines.length).toBe(2);
    for (const line of lines) expect(line).not.toMatch(/^[:?»]/);
  });

  test('clampLines ends a cut text with an ellipsis that fits, without trailing punctuation', () => {
    const fits = (l: string) => l.length <= 12;
    expect(clampLines(['one two,', 'three four', 'five'], 2, fits)).toEqual(['one two,', 'three four…']);
    expect(clampLines(['one two', 'three fourteen', 'five'], 2, fits)).toEqual(['one two', 'three…']);
    expect(clampLines(['a', 'b'], 3, fits)).toEqual(['a', 'b']);
  });

  test('fitText takes the largest size at which the text fits its lines', () => {
    const measure = (size: number) => (line: string) => line.length * size;
    const text = 'Putin and Maduro meet again';
    expect(fitText(text, [20, 10, 5], 170, 2, measure)).toEqual({
      size: 10,
      lines: ['Putin and Maduro', 'meet again'],
    });
    expect(fitText(text, [20], 170, 2, measure)).toBeUndefined();
  });
});
