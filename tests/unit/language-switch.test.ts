// The language switch's #fragment: section slugs translated through the server's map, every other
// id kept, including ids that are names of Object.prototype's properties.
import { describe, expect, test } from 'vitest';
import { slugMapFrom, translatedFragment } from '../../src/lib/fragment';

const slugs = slugMapFrom(
  JSON.stringify([
    ['arms-and-oil', 'armes-et-petrole'],
    ['us-response', 'reponse-americaine'],
  ]),
);

describe('the fragment carried to the other language', () => {
  test('a section slug becomes the other language’s slug', () => {
    expect(translatedFragment('arms-and-oil', slugs)).toBe('armes-et-petrole');
    expect(translatedFragment('us-response', slugs)).toBe('reponse-americaine');
  });

  test('figure and event ids, and unknown ids, are kept', () => {
    expect(translatedFragment('figure-timeline', slugs)).toBe('figure-timeline');
    expect(translatedFragment('event-2025-05-07-treaty', slugs)).toBe('event-2025-05-07-treaty');
  });

  test('#constructor, #__proto__ and #toString are kept as typed, never a property of Object', () => {
    for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])
      expect(translatedFragment(id, slugs)).toBe(id);
  });

  test('a data-slugs that is not a list of pairs reads as an empty map', () => {
    for (const bad of [undefined, '', '{', '{"constructor":"x"}', '[["a"]]', '[[1,2]]', 'null'])
      expect(slugMapFrom(bad).size).toBe(0);
    expect(slugMapFrom('[["__proto__","x"]]').get('__proto__')).toBe('x');
  });
});
