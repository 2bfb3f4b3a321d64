// Pure helpers: reading a malformed #fragment,
// neutralising spreadsheet formulas, CSV headers and files, MDX tags, own absolute links, slugs.
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { DataError, headerProblems, neutraliseFormulas, validateCsvFile } from '../../src/lib/csv';
import {
  armsImportsByYearSchema,
  FILE_RULES,
  russiaTopRecipientSchema,
  sourceSchema,
} from '../../src/lib/data-schemas';
import { checkSectionLinks, ownPath, unknownTags } from '../../src/lib/explainer';
import { fragmentId } from '../../src/lib/fragment';
import { RESERVED_SLUGS, sectionIdFromFile } from '../../src/lib/section-id';

describe('fragmentId', () => {
  it('decodes a fragment, and takes a malformed one as written', () => {
    expect(fragmentId('#caf%C3%A9')).toBe('café');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(fragmentId('')).toBe('');
  });
});

describe('neutraliseFormulas', () => {
  it('quotes and prefixes every cell that starts like a formula, and nothing else', () => {
    const text = neutraliseFormulas('a,b,c\n=1+1,"x, y",-3\n@SUM(A1),\tx,"he said ""hi"""\n+1,"\rz",plain\n');
    const [header, ...rows] = csvParseRows(text);
    expect(header).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual([
      ["'=1+1", 'x, y', "'-3"],
      ["'@SUM(A1)", "'\tx", 'he said "hi"'],
      ["'+1", "'\rz", 'plain'],
    ]);
  });
});

describe('CSV headers and files', () => {
  const columns = { required: ['a', 'b'], optional: ['note'] };

  it('names an empty file, a header without rows, a missing and an unknown column', () => {
    expect(headerProblems('', columns, 'x.csv')).toEqual([
      'x.csv is empty: it needs a header row (a, b; optional: note) and at least one data row',
    ]);
    expect(headerProblems('a,b\n', columns, 'x.csv')).toEqual(['x.csv has a header but no data rows']);
    expect(headerProblems('a,notes\n1,2\n', columns, 'x.csv')).toEqual([
      'x.csv, header: column "b" is missing (expected a, b; optional: note)',
      'x.csv, header: unknown column "notes" (expected a, b; optional: note); a misspelt column would be silently ignored',
    ]);
    expect(headerProblems('a,b\n1,2\n', columns, 'x.csv')).toEqual([]);
  });

  const byYear = (rows: string) =>
    validateCsvFile(
      `year,from_russia_tiv_m,from_all_suppliers_tiv_m,russia_exports_to_all_tiv_m,source_id\n${rows}`,
      armsImportsByYearSchema,
      'y.csv',
      (r) => r.year ?? '',
      {
        ...FILE_RULES.armsImportsByYear,
        requires: [],
      },
    );

  it('numbers are decimal numerals only', () => {
    expect(byYear('2001,1.5,2,3,s\n')[0]!.data.from_russia_tiv_m).toBe(1.5);
    for (const bad of [' ', '0x371', '1e3', '1,000', 'Infinity']) {
      expect(() => byYear(`2001,"${bad}",2000,3,s\n`)).toThrow(
        /field "from_russia_tiv_m": must be a number written in digits/,
      );
    }
  });

  it('imports from Russia may not exceed imports from all suppliers', () => {
    expect(() => byYear('2001,5,2,3,s\n')).toThrow(
      /y\.csv, row 2, field "from_russia_tiv_m": is larger than "from_all_suppliers_tiv_m"/,
    );
  });

  it('a share lies from 0 to 100', () => {
    const text = 'rank,recipient,tiv_m,share_of_russian_exports_pct,source_id,recipient_fr\n1,India,1,101,s,Inde\n';
    expect(() =>
      validateCsvFile(text, russiaTopRecipientSchema, 'r.csv', (r) => r.recipient ?? '', {
        ...FILE_RULES.russiaTopRecipients,
        requires: [],
      }),
    ).toThrow(/must be a percentage from 0 to 100/);
  });

  it('a row the figures need is named, with the reason', () => {
    const text = 'rank,recipient,tiv_m,share_of_russian_exports_pct,source_id,recipient_fr\n1,India,1,10,s,Inde\n';
    expect(() =>
      validateCsvFile(
        text,
        russiaTopRecipientSchema,
        'r.csv',
        (r) => r.recipient ?? '',
        FILE_RULES.russiaTopRecipients,
      ),
    ).toThrow(/r\.csv: no row with recipient "Venezuela"; the customers chart highlights Venezuela/);
  });

  it('source addresses are https: or http: only', () => {
    const row = (url: string) => `id,publisher,title,date,url\na,P,T,2020,${url}\n`;
    const read = (url: string) =>
      validateCsvFile(row(url), sourceSchema, 's.csv', (r) => r.id ?? '', { ...FILE_RULES.sources, requires: [] });
    expect(read('http://a.example/')[0]!.data.url).toBe('http://a.example/');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'a.example'])
      expect(() => read(bad)).toThrow(DataError);
  });

  it('a source date is a real date', () => {
    const read = (date: string) =>
      validateCsvFile(
        `id,publisher,title,date,url\na,P,T,${date},https://a.example/\n`,
        sourceSchema,
        's.csv',
        (r) => r.id ?? '',
        { ...FILE_RULES.sources, requires: [] },
      );
    expect(() => read('2020-13')).toThrow(/field "date": is not a real calendar date/);
    expect(read('2020-02-29')[0]!.data.date).toBe('2020-02-29');
  });
});

describe('sections', () => {
  it('lowercase tags that are not HTML elements are found, outside code', () => {
    expect(unknownTags('Text <note>x</note> and <Note>y</Note> <abbr>z</abbr> `<fake>` <https://a.example>')).toEqual([
      'note',
    ]);
  });

  it("a link to the site's own address is read as the path it names", () => {
    expect(ownPath('https://site.example/x/#y', 'https://site.example')).toBe('/x/#y');
    expect(ownPath('https://other.example/x/', 'https://site.example')).toBe('https://other.example/x/');
    const section = { slug: 's', order: 1, title: 'S', file: 'a.mdx', body: '[x](https://site.example/gone/)' };
    expect(() =>
      checkSectionLinks([section], new Set(), new Set(), new Set(['/']), {
        home: '/',
        sources: '/sources/',
        site: 'https://site.example',
      }),
    ).toThrow(/a\.mdx: link "https:\/\/site\.example\/gone\/" points to a page that does not exist/);
  });

  it('reserved slugs are refused, naming the file', () => {
    for (const slug of ['sources', 'print', 'fr', 'data', 'og', 'figures', 'updates', 'about', 'offline'])
      expect(RESERVED_SLUGS).toContain(slug);
    expect(() => sectionIdFromFile('content/sections/en/x.mdx', 'en/x.mdx', { slug: 'about' }, new Map())).toThrow(
      /x\.mdx: front matter field "slug" is "about", a reserved name/,
    );
  });
});
