import { describe, expect, it } from 'vitest';
import { CITE_MARKER_START, joinCitesToWords } from '../../src/lib/cite-join';

const marker = (n: number) =>
  `${CITE_MARKER_START} cite-link" href="#endnote-${n}" aria-label="Source ${n}">${n}</a><button type="button" class="cite cite-btn" aria-label="Source ${n}">${n}</button>`;

describe('joinCitesToWords', () => {
  it('wraps the word before a marker, and a run of markers, in one unbreakable span', () => {
    expect(joinCitesToWords(`two <em>of</em> tracks ${marker(1)} \n${marker(2)}: and more words.`)).toBe(
      `two <em>of</em> <span class="cite-join">tracks ${marker(1)} \n${marker(2)}</span>: and more words.`,
    );
  });

  it('never cuts a tag: after an element, only the markers are wrapped', () => {
    expect(joinCitesToWords(`see <a href="/x">this</a>${marker(3)}`)).toBe(
      `see <a href="/x">this</a><span class="cite-join">${marker(3)}</span>`,
    );
  });

  it('leaves a paragraph without markers as it is', () => {
    const html = 'see <a href="/x">this</a> and <em>that</em>.';
    expect(joinCitesToWords(html)).toBe(html);
  });
});
