import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkRowSources,
  DataError,
  parseCsv,
  parseCsvRows,
  unclosedQuoteRow,
  validateCsvRows,
} from '../../src/lib/csv';
import { sourceSchema, timelineEventSchema, armsImportsByYearSchema } from '../../src/lib/data-schemas';

const read = (name: string) => readFileSync(`content/data/${name}`, 'utf8');

describe('parseCsv', () => {
  it('reads quoted cells with commas and drops a byte-order mark', () => {
    const rows = parseCsv('\uFEFFa,b\n"x, y",2\n');
    expect(rows).toEqual([{ a: 'x, y', b: '2' }]);
  });
});

describe('validateCsvRows', () => {
  it('accepts every row of the real timeline and parses its lists and flags', () => {
    const rows = validateCsvRows(read('timeline.csv'), timelineEventSchema, 'timeline.csv', (r) => r.id ?? '');
    // Every data row of the file comes through validation (none dropped).
    expect(rows).toHaveLength(parseCsv(read('timeline.csv')).length);
    const parade = rows.find((r) => r.data.id === 'event-2025-07-05-independence-day-parade')!;
    expect(parade.data.source_ids).toEqual(['source-article', 'ntn24-2025', 'totalnews-2025-07-07']);
    expect(parade.data.in_source_article).toBe(true);
    expect(parade.raw.in_source_article).toBe('yes');
  });

  it('names file, row and field when a row has no source', () => {
    const text =
      'id,date,date_precision,category,event,in_source_article,source_ids,reliability,note\n' +
      'event-x,2020-01-01,day,arms,Something,no,,good,\n';
    expect(() => validateCsvRows(text, timelineEventSchema, 'content/data/timeline.csv', (r) => r.id ?? '')).toThrow(
      /content\/data\/timeline\.csv, row 2, field "source_ids": is required/,
    );
  });

  it('names the field of a negative value', () => {
    const text =
      'year,from_russia_tiv_m,from_all_suppliers_tiv_m,russia_exports_to_all_tiv_m,source_id\n2000,-1,5,5,sipri\n';
    expect(() => validateCsvRows(text, armsImportsByYearSchema, 'by-year.csv', (r) => r.year ?? '')).toThrow(
      /by-year\.csv, row 2, field "from_russia_tiv_m": must not be negative/,
    );
  });

  it('rejects a malformed or impossible date', () => {
    const head = 'id,date,date_precision,category,event,in_source_article,source_ids,reliability,note\n';
    expect(() =>
      validateCsvRows(
        `${head}event-x,2020-13-45,day,arms,E,no,s,good,\n`,
        timelineEventSchema,
        't.csv',
        (r) => r.id ?? '',
      ),
    ).toThrow(/t\.csv, row 2, field "date": is not a real calendar date/);
    expect(() =>
      validateCsvRows(
        `${head}event-x,July 2020,day,arms,E,no,s,good,\n`,
        timelineEventSchema,
        't.csv',
        (r) => r.id ?? '',
      ),
    ).toThrow(/field "date": must be a date written YYYY-MM-DD/);
  });

  it('rejects two rows with the same id', () => {
    const text = 'id,publisher,title,date,url,note\na,P,T,2020,https://a.example/,\na,P,T,2020,https://b.example/,\n';
    expect(() => validateCsvRows(text, sourceSchema, 'sources.csv', (r) => r.id ?? '')).toThrow(
      /sources\.csv, row 3, field "id": "a" repeats row 2/,
    );
  });
});

describe('checkRowSources', () => {
  it('passes the real data: every cited source exists', () => {
    const known = new Set(
      validateCsvRows(read('sources.csv'), sourceSchema, 'sources.csv', (r) => r.id ?? '').map((r) => r.data.id),
    );
    const rows = validateCsvRows(read('timeline.csv'), timelineEventSchema, 'timeline.csv', (r) => r.id ?? '').map(
      (r) => r.data,
    );
    expect(() => checkRowSources(rows, known, 'timeline.csv')).not.toThrow();
  });

  it('names file, row and field for an unknown source id', () => {
    expect(() =>
      checkRowSources(
        [
          { id: 'a', source_ids: ['known'] },
          { id: 'b', source_ids: ['nope'] },
        ],
        new Set(['known']),
        'x.csv',
      ),
    ).toThrow(DataError);
    expect(() => checkRowSources([{ id: 'b', source_id: 'nope' }], new Set(['known']), 'x.csv')).toThrow(
      /x\.csv, row 2, field "source_id": unknown source id "nope"/,
    );
  });
});

describe('the research data as shipped', () => {
  it('every file validates, and every row cites a source that exists', async () => {
    const { DATA_FILES } = await import('../../src/lib/data-files');
    const known = new Set(
      validateCsvRows(read('sources.csv'), sourceSchema, 'sources.csv', (r) => r.id ?? '').map((r) => r.data.id),
    );
    const counts: Record<string, number> = {};
    for (const [name, { file, schema, idOf }] of Object.entries(DATA_FILES)) {
      const rows = validateCsvRows(read(file), schema, file, idOf).map(
        (r) => r.data as { id: string; source_id?: string; source_ids?: string[] },
      );
      if (name !== 'sources') checkRowSources(rows, known, file);
      counts[name] = rows.length;
    }
    // No row is lost on the way: each file yields one validated row per data line, and the
    // fixed SIPRI tables keep their known sizes (24 years, 17 suppliers, 15 customers, 29 systems).
    for (const [name, { file }] of Object.entries(DATA_FILES))
      expect(counts[name], file).toBe(parseCsv(read(file)).length);
    expect(counts).toMatchObject({
      armsImportsByYear: 24,
      armsImportsBySupplier: 17,
      russiaTopRecipients: 15,
      russianSystems: 29,
    });
  });
});

describe('blank lines and quotes', () => {
  it('skips blank lines in the middle and at the end, and counts them in the row numbers', () => {
    expect(parseCsvRows('a,b\n1,2\n\n3,4\n\n\n')).toEqual([
      { row: 2, cells: { a: '1', b: '2' } },
      { row: 4, cells: { a: '3', b: '4' } },
    ]);
    expect(parseCsv('a,b\n1,2\n \n')).toEqual([{ a: '1', b: '2' }]);
  });

  it('finds the row of a quoted field that is not closed, and nothing in well-formed CSV', () => {
    expect(unclosedQuoteRow('a,b\n1,"x, y\n2,3\n')).toBe(2);
    expect(unclosedQuoteRow('a,b\n1,2\n3,"x\n4,"y"\n')).toBe(3);
    expect(unclosedQuoteRow('a,b\n1,"x ""quoted"", y"\n2,"two\nlines"\n3,4')).toBeUndefined();
    expect(unclosedQuoteRow('a,b\r\n1,"x"\r\n')).toBeUndefined();
  });

  it('blames the unclosed quote, not the columns after it', () => {
    const text =
      'year,from_russia_tiv_m,from_all_suppliers_tiv_m,russia_exports_to_all_tiv_m,source_id\n2000,1,2,3,"sipri\n2001,1,2,3,sipri\n';
    expect(() => validateCsvRows(text, armsImportsByYearSchema, 'by-year.csv', (r) => r.year ?? '')).toThrow(
      /^Invalid data:\n {2}by-year\.csv, row 2: a field opens a quotation mark \("\) that is not closed where the field ends;/m,
    );
  });
});
