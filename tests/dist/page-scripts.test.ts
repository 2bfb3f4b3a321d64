// Each page loads one script file (the entry PageScript.astro picks for it, bundled whole: it
// imports no other file as it loads). That file, or the file it fetches later with import() (the
// figures' behaviour, when a figure comes near, on the explainer and the section pages), defines
// every custom element the page holds. A figure's own page and its embed page, which open on the
// figure, load it with their script. The print view loads none.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isExplainer, isFigurePage, isPrintView } from '../../src/lib/budgets';
import { FIGURE_ELEMENTS } from '../../src/lib/figure-elements';
import { type BuiltPage, DIST, distFile, readingPages, scriptGraph } from '../support/dist';

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
      const code = readFileSync(join(DIST, scripts[0]!), 'utf8');
      // No static import (`import"./x.js"`, `import{a}from"./x.js"`): only import(), fetched later.
      expect(code).not.toMatch(/\bimport\s*[^\s(]|\bfrom\s*["'`]/);
      const files = scriptGraph(scripts);
      expect(files.length, files.join()).toBeLessThanOrEqual(2);
      const all = files.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
      for (const element of elements) expect(all, element).toMatch(new RegExp(`[\`'"]${element}[\`'"]`));
    });
  }

  describe('the figures’ behaviour', () => {
    const read = (file: string) => readFileSync(join(DIST, file), 'utf8');
    const pages = readingPages().filter(
      (p) => !isPrintView(p.path) && FIGURE_ELEMENTS.some((element) => p.html.includes(`<${element}`)),
    );
    const scriptOf = (page: BuiltPage) => distFile(page.doc.querySelector('script[src]')!.getAttribute('src')!);
    const [laterPages, atOncePages] = [
      pages.filter((p) => !isFigurePage(p.path)),
      pages.filter((p) => isFigurePage(p.path)),
    ];
    const sections = laterPages.filter((p) => !isExplainer(p.path));
    /** The one file every page that fetches the figures' behaviour later fetches: the explainer's. */
    const chunk = scriptGraph([scriptOf(laterPages.find((p) => p.path === '/')!)])[1]!;

    it('the section pages with a figure, the explainers, the figures’ own pages and their embed pages are all checked', () => {
      expect(sections.map((p) => p.path)).toEqual(expect.arrayContaining(['/arms-and-oil/', '/fr/armes-et-petrole/']));
      expect(laterPages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/fr/']));
      expect(atOncePages.map((p) => p.path)).toEqual(
        expect.arrayContaining(['/figures/timeline/', '/figures/timeline/embed/', '/fr/graphiques/chronologie/']),
      );
    });

    for (const page of laterPages)
      it(`${page.path}: its script holds none of the figures’ code; it fetches it later, in one file shared by every such page`, () => {
        const [script, ...later] = scriptGraph([scriptOf(page)]);
        expect(later).toEqual([chunk]);
        const code = read(script!);
        expect(code).toContain(`import(\`./${chunk.split('/').at(-1)}\`)`);
        // The figures' behaviour (their tooltip, .fig-tip; the elements' definitions) is in the file fetched later.
        expect(read(chunk)).toContain('fig-tip');
        expect(code).not.toContain('fig-tip');
        // Each figure element is defined by a call that names it: in the file fetched later only.
        for (const element of FIGURE_ELEMENTS) {
          const definition = new RegExp(`\\(\`${element}\``);
          expect(read(chunk)).toMatch(definition);
          expect(code).not.toMatch(definition);
        }
      });

    for (const page of atOncePages)
      it(`${page.path}: opens on its figure and loads the figures’ behaviour with its script, fetching nothing later`, () => {
        const files = scriptGraph([scriptOf(page)]);
        expect(files).toHaveLength(1);
        expect(read(files[0]!)).toContain('fig-tip');
      });
  });
});
