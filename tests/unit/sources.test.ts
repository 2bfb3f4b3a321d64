import { describe, expect, it } from 'vitest';
import { validateCsvFile } from '../../src/lib/csv';
import { DATA_FILES } from '../../src/lib/data-files';
import { SOURCE_ARTICLE_ID, sourcesInListOrder } from '../../src/lib/sources';

describe('sourcesInListOrder', () => {
  it('puts the source article first, then the rest by date, oldest first', () => {
    const sorted = sourcesInListOrder([
      { id: 'b', date: '2025-01' },
      { id: SOURCE_ARTICLE_ID, date: '2025-08' },
      { id: 'a', date: '2006-11-18' },
      { id: 'c', date: '2025-01' },
    ]);
    expect(sorted.map((s) => s.id)).toEqual([SOURCE_ARTICLE_ID, 'a', 'b', 'c']);
  });
  it('does not change the list it is given', () => {
    const list = [
      { id: 'z', date: '2020' },
      { id: 'y', date: '2019' },
    ];
    sourcesInListOrder(list);
    expect(list.map((s) => s.id)).toEqual(['z', 'y']);
  });
});

describe('sources.csv: a title is on one line', () => {
  // Without the rows the site requires by id (the article, SIPRI): only the row's own fields are checked here.
  const { file, schema, idOf } = DATA_FILES.sources;
  const rules = { ...DATA_FILES.sources.rules, requires: [] };
  const header = 'id,publisher,title,date,url,note,publisher_fr,note_fr,title_kind\n';
  const row = (title: string) => `s-1,Publisher,"${title}",2025-01-03,https://example.com/a,,,,headline\n`;

  it('a title on one line passes', () => {
    expect(validateCsvFile(header + row('One line'), schema, file, idOf, rules)[0]!.data.title).toBe('One line');
  });

  it('a line break in a title fails, naming the file, the row and the field', () => {
    for (const title of ['Two\nlines', 'Two\r\nER  - lines', 'Two\u2028lines'])
      expect(() => validateCsvFile(header + row(title), schema, file, idOf, rules)).toThrow(
        /sources\.csv, row 2, field "title": must be on one line/,
      );
  });
});
