import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { citationNumber, citationNumbers, citedIds, endnoteOrder } from '../../src/lib/citations';

describe('citedIds', () => {
  it('reads every <Cite> in order, with either quote and repeats kept', () => {
    expect(citedIds(`A <Cite id="b" />, then <Cite id='a'/> and <Cite id={"b"} />.`)).toEqual(['b', 'a', 'b']);
  });
  it('ignores citations inside JSX comments and code fences', () => {
    expect(citedIds('x {/* <Cite id="gone" /> */} <Cite id="kept" />\n```\n<Cite id="code" />\n```\n')).toEqual([
      'kept',
    ]);
  });
});

describe('citationNumbers', () => {
  it('numbers sources by first citation across the sections of a page; a repeat keeps its number', () => {
    const numbers = citationNumbers([
      '<Cite id="sipri" /> <Cite id="tass" /> <Cite id="sipri" />',
      'then <Cite id="ofac" /> <Cite id="tass" />',
    ]);
    expect([...numbers]).toEqual([
      ['sipri', 1],
      ['tass', 2],
      ['ofac', 3],
    ]);
  });
  it('numbers the real English explainer from 1 with no gap, in the order of the files', () => {
    const dir = join(process.cwd(), 'content/sections/en');
    const bodies = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    const numbers = citationNumbers(bodies);
    const all = bodies.flatMap(citedIds);
    expect(numbers.size).toBe(new Set(all).size);
    expect([...numbers.values()]).toEqual([...numbers.keys()].map((_, i) => i + 1));
    expect(numbers.get(all[0]!)).toBe(1);
  });
});

describe('endnoteOrder', () => {
  it('lists the cited sources by number, then the others in their list order', () => {
    const numbers = new Map([
      ['b', 1],
      ['a', 2],
    ]);
    expect(endnoteOrder(numbers)).toEqual(['b', 'a']);
    expect(endnoteOrder(numbers, ['article', 'a', 'c', 'b'])).toEqual(['b', 'a', 'article', 'c']);
  });
});

describe('citationNumber', () => {
  it('fails with the source and the page when a source is missing', () => {
    expect(citationNumber(new Map([['a', 1]]), 'a', '/')).toBe(1);
    expect(() => citationNumber(new Map(), 'x', '/fr/')).toThrow(/<Cite id="x"> on \/fr\//);
    expect(() => citationNumber(undefined, 'x', '/')).toThrow(/Astro.locals.citations/);
  });
});
