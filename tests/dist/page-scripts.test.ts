// Each page loads one script file (the entry PageScript.astro picks for it, bundled whole: it
// imports no other file as it loads). That file, or the file it fetches later with import() (the
// explainer's figures, when one comes near), defines every custom element the page holds. The print
// view loads none.
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
      const code = readFileSync(join(DIST, scripts[0]!), 'utf8');
      // No static import (`import"./x.js"`, `import{a}from"./x.js"`): only import(), fetched later.
      expect(code).not.toMatch(/\bimport\s*[^\s(]|\bfrom\s*["'`]/);
      const files = scriptGraph(scripts);
      expect(files.length, files.join()).toBeLessThanOrEqual(2);
      const all = files.map((file) => readFileSync(join(DIST, file), 'utf8')).join('\n');
      for (const element of elements) expect(all, element).toMatch(new RegExp(`[\`'"]${element}[\`'"]`));
    });
  }

  it('the explainer fetches its figures’ behaviour apart, in one file shared by both languages', () => {
    const scriptOf = (path: string) =>
      readingPages()
        .find((p) => p.path === path)!
        .doc.querySelector('script[src]')!
        .getAttribute('src')!;
    const [en, fr] = ['/', '/fr/'].map((path) => distFile(scriptOf(path)));
    expect(fr).toBe(en);
    const [script, chunk, ...rest] = scriptGraph([en!]);
    expect(rest).toEqual([]);
    const [code, lazy] = [script!, chunk!].map((file) => readFileSync(join(DIST, file), 'utf8'));
    expect(code).toContain(`import(\`./${chunk!.split('/').at(-1)}\`)`);
    // The figures' behaviour (their tooltip, .fig-tip) is in the file fetched later, not in the script.
    expect(lazy).toContain('fig-tip');
    expect(code).not.toContain('fig-tip');
  });
});
