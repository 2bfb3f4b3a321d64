// What a reader sees: no page shows an internal file path (the source text's location in the
// project, `../…`, `.txt`, `shared/`), and the words that come from the data files (figures,
// timeline, accords, the sources list and the print endnotes) use typographic quotation marks
// and apostrophes, never straight ones.
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPages } from '../support/dist';

const pages = builtPages().filter((p) => p.path !== '/404/');

/** The text a reader sees in an element: scripts, styles and templates left out. */
function visibleText(element: HTMLElement): string {
  const copy = element.clone() as HTMLElement;
  copy.querySelectorAll('script, style, template, noscript').forEach((e) => e.remove());
  return copy.textContent.replace(/\s+/g, ' ');
}

/** The parts of a page whose words come from content/data/*.csv. */
const DATA_REGIONS = 'figure, .sources-list, .later-events, .endnotes';

describe('visible text', () => {
  it('covers every page of both editions', () => {
    expect(pages.map((p) => p.path)).toEqual(
      expect.arrayContaining(['/', '/fr/', '/sources/', '/fr/sources/', '/print/', '/fr/print/']),
    );
  });
  for (const page of pages) {
    it(`${page.path}: the footer's links are spaced around their separators, and the saved mark from its words`, () => {
      const footer = page.doc.querySelector('footer.site-footer');
      if (!footer) return;
      for (const line of footer.querySelectorAll('p')) expect(visibleText(line)).not.toMatch(/\S·|·\S/);
      const status = footer.querySelector('offline-status');
      if (status) expect(status.textContent.replace(/\s+/g, ' ').trim()).toBe('✓');
      if (status) expect(status.innerHTML).toMatch(/✓<\/span>\s+<span data-said>/);
    });

    it(`${page.path}: shows no internal path`, () => {
      const text = visibleText(page.doc.querySelector('body')!);
      for (const pattern of [/\.\.\//, /\b[\w-]+\.txt\b/, /\bshared\//])
        expect(text.match(pattern)?.[0], `${page.path} shows ${pattern}`).toBeUndefined();
    });
    it(`${page.path}: text from the data files uses typographic quotes`, () => {
      for (const region of page.doc.querySelectorAll(DATA_REGIONS)) {
        const text = visibleText(region);
        const straight = text.match(/.{0,40}['"].{0,40}/);
        expect(straight?.[0], `${page.path}: straight quotation mark in “${straight?.[0]}”`).toBeUndefined();
      }
    });
  }
  it('checks real data text: the sources list and the timeline are among the regions read', () => {
    const home = pages.find((p) => p.path === '/')!;
    const sources = pages.find((p) => p.path === '/sources/')!;
    expect(home.doc.querySelectorAll(DATA_REGIONS).length).toBeGreaterThanOrEqual(3);
    expect(sources.doc.querySelectorAll(DATA_REGIONS).length).toBeGreaterThanOrEqual(1);
    // Typographic marks are there: the article's title keeps its inner quotation marks, curled.
    expect(visibleText(sources.doc.querySelector('.sources-list')!)).toContain('‘Perfect Harmony’');
  });
});
