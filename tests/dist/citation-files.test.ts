// The files the build writes for other programs, read back as those programs read them: every
// citation file by a BibTeX parser, as RIS records and as CSL-JSON, its title the page's own; the
// RSS feeds by an RSS parser, each description showing the log entry's words as text.
import { describe, expect, test } from 'vitest';
import { DIST } from '../support/dist';
import { localesWithContent, prefixOf, updatesLog } from '../support/content';
import { citationFileProblems, descriptionAsShown, feedItems } from '../support/output-files';

describe('citation files', () => {
  test('every .bib, .ris and .json in cite/ reads back, with the title of the page it cites', () => {
    const { checked, problems } = citationFileProblems(DIST);
    expect(problems).toEqual([]);
    // Three files for the explainer and each section, in each language.
    expect(checked).toBeGreaterThanOrEqual(3 * 2 * 2);
  });
});

describe('RSS feeds, as a feed reader reads them', () => {
  const log = updatesLog();
  for (const locale of localesWithContent()) {
    const file = `${prefixOf(locale).slice(1)}/rss.xml`.replace(/^\//, '');
    test(`${file}: each description is the entry's text, shown as text (no element)`, async () => {
      const items = await feedItems(DIST, file);
      expect(items).toHaveLength(log.length);
      for (const entry of log) {
        const item = items.find((i) => i.link.endsWith(`#update-${entry.id}`));
        expect(item, entry.id).toBeDefined();
        expect(descriptionAsShown(item!.html)).toEqual({ text: entry.text[locale], elements: [] });
      }
    });
  }
});
