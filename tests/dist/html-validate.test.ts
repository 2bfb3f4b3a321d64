// Every built page is valid HTML (html-validate's recommended rules).
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { readingPages } from '../support/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta />; both forms are valid HTML.
    'void-style': 'off',
    // Typographic quotes and apostrophes are wanted in prose.
    'no-raw-characters': 'off',
    // A button outside a form needs no type="button" (it has nothing to submit), and the pages
    // leave it out of their many buttons; the test below holds the rule's intent: no button
    // in a form without its type.
    'no-implicit-button-type': 'off',
  },
});

describe('valid HTML', () => {
  for (const page of readingPages()) {
    it(`${page.path} has no html-validate errors`, async () => {
      const report = await validator.validateString(page.html, page.file);
      const errors = report.results.flatMap((r) =>
        r.messages
          .filter((m) => m.severity === 2)
          .map((m) => `${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
      );
      expect(errors).toEqual([]);
    });
  }

  it('no button in a form submits it by default: every one there says its type', () => {
    const untyped = readingPages().flatMap((page) =>
      page.doc.querySelectorAll('form button:not([type]), button[form]:not([type])').map(() => page.path),
    );
    expect(untyped).toEqual([]);
  });
});
