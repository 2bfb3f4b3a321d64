// Heading links, in the built pages of the explainer and its sections: each follows its heading
// (not inside it, so that screen readers read the heading alone), points at it, and is named
// "Section titled “…”" in the page's language by hidden text, its icon hidden from screen readers.
// The sources list, the about page, the updates log, the chronology and the figures' pages are lists, short notes
// and a figure with plain headings: heading links are for the explainer's sections.
import { describe, expect, test } from 'vitest';
import { t } from '../../src/lib/i18n';
import { everyPage, localeOfPath } from '../support/content';
import { builtPages } from '../support/dist';

const pages = new Map(builtPages().map((p) => [p.path, p]));
const withHeadingLinks = everyPage().filter(
  (p) =>
    !/\/(sources|about|a-propos|updates|mises-a-jour|chronology|chronologie)\/$|^(\/fr)?\/(figures|graphiques)\//.test(
      p,
    ),
);
const words = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('heading links', () => {
  test('the explainers and every section page have them', () => {
    expect(withHeadingLinks.length).toBeGreaterThanOrEqual(2 * 9);
  });

  for (const path of withHeadingLinks) {
    test(`${path}: each follows its heading and is named "Section titled …" in the page's language`, () => {
      const sectionTitled = t(localeOfPath(path)).sectionTitled;
      const headings = pages
        .get(path)!
        .doc.querySelectorAll('.heading-wrapper > h1, .heading-wrapper > h2, .heading-wrapper > h3');
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings) {
        const text = words(heading.textContent);
        expect(heading.querySelectorAll('a'), text).toHaveLength(0);
        expect(heading.id, text).toBeTruthy();
        const link = heading.nextElementSibling;
        expect(link?.tagName, text).toBe('A');
        expect(link!.classList.contains('self-link'), text).toBe(true);
        expect(link!.getAttribute('href')).toBe(`#${heading.id}`);
        // Its name: its label, or else its text, the icon aside (hidden from screen readers).
        const icons = link!.querySelectorAll('svg');
        expect(icons.length).toBeGreaterThan(0);
        for (const icon of icons) expect(icon.getAttribute('aria-hidden')).toBe('true');
        const name =
          link!.getAttribute('aria-label') ??
          words(
            link!.childNodes
              .filter((n) => !('tagName' in n) || (n as { tagName: string }).tagName !== 'svg')
              .map((n) => n.textContent)
              .join(''),
          );
        // The heading quoted in the page's language's marks: “…” in English, «\u202f…\u202f» in French.
        const [open, close] = localeOfPath(path) === 'fr' ? ['«\u202f', '\u202f»'] : ['“', '”'];
        expect(name).toBe(words(`${sectionTitled} ${open}${text}${close}`));
      }
    });
  }
});
