// Each page loads one script file, which defines every custom element the page holds (the entry
// PageScript.astro picks for it, bundled whole: it imports no other file). The print view loads none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPrintView } from '../../src/lib/budgets';
import { DIST, distFile, readingPages, scriptGraph } from '../support/dist';

/** The custom elements in a page's markup ("share-links", "arms-chart"…). */
const customElementsOf = (html: string) => [
  ...new Set([...html.matchAll(/<([a-z]+(?:-[a-z]+)+)[\s>]/g)].map((m) => m[1]!)),
];

describe('one script a page', () => {
  for (const page of readingPages()) {
    const scripts = page.doc
      .querySelectorAll('script[src]')
      .map((s) => distFile(s.getAttribute('src')!))
      .filter((file) => file.endsWith('.js'));
    // The print view is static: its figures' elements are left unenhanced.
    const elements = isPrintView(page.path) ? [] : customElementsOf(page.html);
    it(`${page.path}: loads ${elements.length ? 'one script, which defines ' + elements.join(', ') : 'no script'}`, () => {
      expect(scripts.length).toBe(elements.length ? 1 : 0);
      if (!elements.length) return;
      expect(scriptGraph(scripts)).toEqual(scripts);
      const code = readFileSync(join(DIST, scripts[0]!), 'utf8');
      for (const element of elements) expect(code, element).toMatch(new RegExp(`[\`'"]${element}[\`'"]`));
    });
  }
});
