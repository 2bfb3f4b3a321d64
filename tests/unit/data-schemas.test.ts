// Each research CSV, broken in one place in memory, is validated as the build validates it (the
// file's schema and rules from src/lib/data-files.ts): the message names the file, the row and the
// field, and says what is wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { validateCsvFile } from '../../src/lib/csv';
import { DATA_FILES, type DataCollection } from '../../src/lib/data-files';
import { isWebAddress, quotedDay } from '../../src/lib/data-schemas';

const BY_YEAR = 'sipri-venezuela-arms-imports-by-year.csv';
const RECIPIENTS = 'sipri-russia-top-recipients-2000-2023.csv';

/** Validates a data file after a change to its text; the change must change something. */
function validate(name: DataCollection, change: (text: string) => string) {
  const { file, schema, idOf, rules } = DATA_FILES[name];
  const path = `content/data/${file}`;
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the test's edit changed nothing in ${path}`);
  return () => validateCsvFile(after, schema as z.ZodType, path, idOf, rules as never);
}

describe('every real data file', () => {
  it('passes as it is', () => {
    for (const name of Object.keys(DATA_FILES) as DataCollection[])
      expect(validate(name, (t) => `${t}\n`)).not.toThrow();
  });
});

describe('a CSV file', () => {
  it('with a misspelt optional column (note → notes)', () => {
    expect(validate('accords', (t) => t.replace(',reliability,note,', ',reliability,notes,'))).toThrow(
      /data\/accords\.csv, header: unknown column "notes"/,
    );
  });
  it('without a required column', () => {
    expect(validate('timeline', (t) => t.replace(',event_fr,', ',event_french,'))).toThrow(
      /data\/timeline\.csv, header: column "event_fr" is missing/,
    );
  });
  it('that is empty', () => {
    expect(validate('accords', () => '')).toThrow(
      /data\/accords\.csv is empty: it needs a header row \(date, .*\) and at least one data row/,
    );
  });
  it('with a header and no rows', () => {
    expect(validate('accords', (t) => `${t.split('\n')[0]}\n`)).toThrow(
      /data\/accords\.csv has a header but no data rows/,
    );
  });
  it('with blank lines in the middle and at the end: read, the rows keep their numbers', () => {
    const rows = validate('armsImportsByYear', (t) => `${t.replace('\n2001,', '\n\n2001,')}\n\n\n`)();
    expect(rows.find((r) => r.raw.year === '2013')?.row).toBe(16);
    expect(
      validate('armsImportsByYear', (t) => t.replace('\n2001,', '\n\n2001,').replace('2013,881.44,', '2013,-1,')),
    ).toThrow(new RegExp(`${BY_YEAR}, row 16, field "from_russia_tiv_m": must not be negative`));
  });
  it('with a quoted field never closed: the row of the quote, not the other columns', () => {
    expect(validate('timeline', (t) => t.replace(',2025-07-05,day,', ',"2025-07-05,day,'))).toThrow(
      /data\/timeline\.csv, row \d+: a field opens a quotation mark \(".*\) that is not closed where the field ends/,
    );
  });
  it('with a blank number (read as 0 before)', () => {
    expect(validate('armsImportsByYear', (t) => t.replace('2013,881.44,', '2013, ,'))).toThrow(
      new RegExp(`${BY_YEAR}, row 15, field "from_russia_tiv_m": must be a number written in digits`),
    );
  });
  it('with a hexadecimal number (0x371 read as 881 before)', () => {
    expect(validate('armsImportsByYear', (t) => t.replace('2013,881.44,', '2013,0x371,'))).toThrow(
      new RegExp(`${BY_YEAR}, row 15, field "from_russia_tiv_m": must be a number written in digits`),
    );
  });
  it('with a negative value', () => {
    expect(validate('armsImportsByYear', (t) => t.replace('2013,881.44,', '2013,-881.44,'))).toThrow(
      new RegExp(`${BY_YEAR}, row 15, field "from_russia_tiv_m": must not be negative`),
    );
  });
  it('with a date that is not a real day (2025-13-45, 2025-07-32)', () => {
    expect(validate('accords', (t) => t.replace('\n2008-11-26,', '\n2025-13-45,'))).toThrow(
      /data\/accords\.csv, row 2, field "date": is not a real calendar date/,
    );
    expect(validate('timeline', (t) => t.replace(',2025-07-05,day,', ',2025-07-32,day,'))).toThrow(
      /data\/timeline\.csv, row \d+, field "date": is not a real calendar date/,
    );
  });
  it('with a date after the day of the build', () => {
    expect(validate('timeline', (t) => t.replace(',2025-07-05,day,', ',2099-07-05,day,'))).toThrow(
      /data\/timeline\.csv, row \d+, field "date": must lie between 1945-01-01 and the day of the build/,
    );
  });
  it('with a share above 100', () => {
    expect(
      validate('russiaTopRecipients', (t) => t.replace('1,India,37933.7,28.9,', '1,India,37933.7,128.9,')),
    ).toThrow(
      new RegExp(`${RECIPIENTS}, row 2, field "share_of_russian_exports_pct": must be a percentage from 0 to 100`),
    );
  });
  it('with a year outside the years the figure shows', () => {
    expect(validate('armsImportsByYear', (t) => t.replace('\n2001,', '\n1999,'))).toThrow(
      new RegExp(`${BY_YEAR}, row 3, field "year": must be a year from 2000 to 2023`),
    );
  });
  it('with a repeated row (a duplicated accord was drawn twice)', () => {
    const rows = readFileSync('content/data/accords.csv', 'utf8').trimEnd().split('\n').length;
    expect(validate('accords', (t) => `${t.trimEnd()}\n${t.split('\n')[1]}\n`)).toThrow(
      new RegExp(`data/accords\\.csv, row ${rows + 1}: repeats row 2 \\(the same date, kind, context\\)`),
    );
  });
  it('with more imports from Russia than from all suppliers', () => {
    expect(validate('armsImportsByYear', (t) => t.replace('2013,881.44,993.3,', '2013,1881.44,993.3,'))).toThrow(
      new RegExp(`${BY_YEAR}, row 15, field "from_russia_tiv_m": is larger than "from_all_suppliers_tiv_m"`),
    );
  });
  it('with an accord whose higher count is below its count', () => {
    expect(validate('accords', (t) => t.replace(',19,42,', ',19,12,'))).toThrow(
      /data\/accords\.csv, row \d+, field "count_max": must not be less than "count" \(19\)/,
    );
  });
  it('with a data row without a source', () => {
    expect(
      validate('timeline', (t) =>
        t.replace(
          'Hugo Chávez dies; Nicolás Maduro succeeds him,yes,efe-elcorreo-2013,',
          'Hugo Chávez dies; Nicolás Maduro succeeds him,yes,,',
        ),
      ),
    ).toThrow(/data\/timeline\.csv, row \d+, field "source_ids": is required/);
  });
});

describe('a source address', () => {
  const AQ = 'https://www.as-coa.org/articles/putin-and-maduros-perfect-harmony-tests-trumps-watch';
  it('javascript:, data: or with one slash after the scheme is refused, naming the row', () => {
    expect(validate('sources', (t) => t.replace(AQ, 'javascript:alert(1)'))).toThrow(
      /data\/sources\.csv, row 2, field "url": must be a full https: \(or http:\) address/,
    );
    expect(
      validate('sources', (t) =>
        t.replace('https://www.sipri.org/databases/armstransfers,', 'data:text/html;base64,PHNjcmlwdD4=,'),
      ),
    ).toThrow(/data\/sources\.csv, row 3, field "url": must be a full https: \(or http:\) address/);
    expect(
      validate('sources', (t) =>
        t.replace('https://www.sipri.org/databases/armstransfers,', 'https:/www.sipri.org/databases/armstransfers,'),
      ),
    ).toThrow(
      /data\/sources\.csv, row 3, field "url": must be a full https: \(or http:\) address, written https:\/\/host/,
    );
  });
  it('is published exactly as validated: the row keeps the address as written', () => {
    const rows = validate('sources', (t) => t.replace(AQ, `${AQ}?a=1#b`))();
    expect(rows.find((r) => r.raw.id === 'source-article')?.data).toMatchObject({ url: `${AQ}?a=1#b` });
  });
  it('is read as written, not as a URL parser would mend it', () => {
    expect(isWebAddress('https://www.sipri.org/x')).toBe(true);
    expect(isWebAddress('http://example.org')).toBe(true);
    for (const bad of [
      'https:/www.sipri.org/x',
      'https:www.sipri.org',
      'https:///x',
      'https://a b/',
      'ftp://x.org/',
      'https://user@x.org/',
    ])
      expect(isWebAddress(bad), bad).toBe(false);
  });
});

describe('a figure missing the row it needs', () => {
  it('no "Venezuela" among Russia\'s customers', () => {
    expect(
      validate('russiaTopRecipients', (t) => t.replace(',Venezuela,', ',Venezuela (Bolivarian Republic),')),
    ).toThrow(new RegExp(`${RECIPIENTS}: no row with recipient "Venezuela"; the customers chart highlights Venezuela`));
  });
  it('no Su-30 among the systems', () => {
    expect(validate('russianSystems', (t) => t.replace(/^Su-30MK,/m, 'Su-35,'))).toThrow(
      /sipri-russia-to-venezuela-systems\.csv: no row with a designation starting "Su-30"; the arms figure's note on the fighters/,
    );
  });
  it('no treaty among the accords', () => {
    expect(validate('accords', (t) => t.replace(',day,treaty,', ',day,signed_at_event,'))).toThrow(
      /data\/accords\.csv: no row with kind "treaty"; the accords figure dates its span to the treaty/,
    );
  });
});

describe('quotedDay (dates in YAML: editions and the updates log)', () => {
  it('keeps a quoted day', () => {
    expect(quotedDay.parse('2026-11-29')).toBe('2026-11-29');
  });
  it('says to quote a date YAML read as a date, giving the day to write', () => {
    const result = quotedDay.safeParse(new Date('2026-11-29T00:00:00Z'));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      'is a date without quotes: write it in quotes, "2026-11-29", so that YAML keeps it as written',
    );
  });
  it('refuses text that is not a day', () => {
    expect(quotedDay.safeParse('29 November 2026').error?.issues[0]?.message).toMatch(/YYYY-MM-DD, in quotes/);
  });
});
