import { describe, expect, it } from 'vitest';
import { joinCitesToWords } from '../../src/lib/cite-join';

// A marker as Cite.astro renders it on screen, and in the print view.
const marker = (n: number) => `<button popovertarget="endnote-s${n}" aria-label="Source ${n}: Outlet">${n}</button>`;
const printed = (n: number) => `<a class="cite" href="#endnote-s${n}">${n}</a>`;

describe('joinCitesToWords', () => {
  it('wraps the word before a marker, and a run of markers, in one unbreakable span', () => {
    expect(joinCitesToWords(`two <em>of</em> tracks ${marker(1)} \n${marker(2)}: and more words.`)).toBe(
      `two <em>of</em> <span class="cite-join">tracks ${marker(1)} \n${marker(2)}</span>: and more words.`,
    );
  });

  it('joins the print view’s markers, links, the same way', () => {
    expect(joinCitesToWords(`two tracks ${printed(1)} ${printed(2)}.`)).toBe(
      `two <span class="cite-join">tracks ${printed(1)} ${printed(2)}</span>.`,
    );
  });

  it('never cuts a tag: after an element, only the markers are wrapped', () => {
    expect(joinCitesToWords(`see <a href="/x">this</a>${marker(3)}`)).toBe(
      `see <a href="/x">this</a><span class="cite-join">${marker(3)}</span>`,
    );
  });

  it('leaves a paragraph without markers as it is, other buttons and links included', () => {
    const html = 'see <a href="/x">this</a> and <em>that</em> <button type="button" class="cite-this">x</button>.';
    expect(joinCitesToWords(html)).toBe(html);
  });
});
