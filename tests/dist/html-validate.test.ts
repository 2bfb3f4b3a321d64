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
});
