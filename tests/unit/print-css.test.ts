// The print stylesheet's page margins: each edition's site name on top, page numbers below.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteName } from '../support/content';

const css = readFileSync('src/styles/print.css', 'utf8');

describe('print.css page margins', () => {
  it('prints each edition’s own site name at the top of every page', () => {
    const [general, french] = [...css.matchAll(/@top-center\s*{[^}]*content:\s*'([^']+)'/g)].map((m) => m[1]);
    expect(general).toBe(siteName('en'));
    expect(french).toBe(siteName('fr'));
    expect(css).toMatch(/html:lang\(fr\) body\s*{\s*page: french;/);
  });
  it('numbers the pages', () => {
    expect(css).toContain("content: counter(page) ' / ' counter(pages)");
  });
});
