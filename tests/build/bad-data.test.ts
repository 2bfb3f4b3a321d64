// Data and sections mistakes that would publish a wrong chart or a missing page must fail the
// build with a message naming the file (and the row, field or rule). Each test breaks one thing
// in a copy of content/ and runs a real `astro build` (tests/support/build-copy.ts).
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse, csvParseRows } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, cleanBuilds, edit } from '../support/build-copy';

afterAll(cleanBuilds);

const data = (content: string, file: string) => join(content, 'data', file);
const section = (content: string, file: string) => join(content, 'sections', 'en', file);
const BY_YEAR = 'sipri-venezuela-arms-imports-by-year.csv';
const RECIPIENTS = 'sipri-russia-top-recipients-2000-2023.csv';

/** Builds with one change and expects the build to fail with a message matching `message`. */
function expectFailure(change: (content: string) => void, message: RegExp, env: Record<string, string> = {}): void {
  const { status, output } = buildWith(change, env);
  expect(output).toMatch(message);
  expect(status).not.toBe(0);
}

describe('a CSV file', () => {
  it('with a misspelt optional column (note → notes)', () => {
    expectFailure(
      (c) => edit(data(c, 'accords.csv'), (t) => t.replace(',reliability,note,', ',reliability,notes,')),
      /data\/accords\.csv, header: unknown column "notes"/,
    );
  });

  it('without a required column', () => {
    expectFailure(
      (c) => edit(data(c, 'timeline.csv'), (t) => t.replace(',event_fr,', ',event_french,')),
      /data\/timeline\.csv, header: column "event_fr" is missing/,
    );
  });

  it('that is empty', () => {
    expectFailure(
      (c) => writeFileSync(data(c, 'accords.csv'), ''),
      /data\/accords\.csv is empty: it needs a header row \(date, .*\) and at least one data row/,
    );
  });

  it('with a header and no rows', () => {
    expectFailure(
      (c) => edit(data(c, 'accords.csv'), (t) => `${t.split('\n')[0]}\n`),
      /data\/accords\.csv has a header but no data rows/,
    );
  });

  it('with a blank number (read as 0 before)', () => {
    expectFailure(
      (c) => edit(data(c, BY_YEAR), (t) => t.replace('2013,881.44,', '2013, ,')),
      new RegExp(`${BY_YEAR}, row 15, field "from_russia_tiv_m": must be a number written in digits`),
    );
  });

  it('with a hexadecimal number (0x371 read as 881 before)', () => {
    expectFailure(
      (c) => edit(data(c, BY_YEAR), (t) => t.replace('2013,881.44,', '2013,0x371,')),
      new RegExp(`${BY_YEAR}, row 15, field "from_russia_tiv_m": must be a number written in digits`),
    );
  });

  it('with a date that is not a real day (2025-13-45)', () => {
    expectFailure(
      (c) => edit(data(c, 'accords.csv'), (t) => t.replace('\n2008-11-26,', '\n2025-13-45,')),
      /data\/accords\.csv, row 2, field "date": is not a real calendar date/,
    );
  });

  it('with a share above 100', () => {
    expectFailure(
      (c) => edit(data(c, RECIPIENTS), (t) => t.replace('1,India,37933.7,28.9,', '1,India,37933.7,128.9,')),
      new RegExp(`${RECIPIENTS}, row 2, field "share_of_russian_exports_pct": must be a percentage from 0 to 100`),
    );
  });

  it('with a year outside the years the figure shows', () => {
    expectFailure(
      (c) => edit(data(c, BY_YEAR), (t) => t.replace('\n2001,', '\n1999,')),
      new RegExp(`${BY_YEAR}, row 3, field "year": must be a year from 2000 to 2023`),
    );
  });

  it('with a date after the day of the build', () => {
    expectFailure(
      (c) => edit(data(c, 'timeline.csv'), (t) => t.replace(',2025-07-05,day,', ',2099-07-05,day,')),
      /data\/timeline\.csv, row \d+, field "date": must lie between 1945-01-01 and the day of the build/,
    );
  });

  it('with a repeated row (a duplicated accord was drawn twice)', () => {
    // The appended copy of row 2 is the line after the file's last one.
    const appended =
      readFileSync(join('content', 'data', 'accords.csv'), 'utf8')
        .trimEnd()
        .split('\n').length + 1;
    expectFailure(
      (c) => edit(data(c, 'accords.csv'), (t) => `${t.trimEnd()}\n${t.split('\n')[1]}\n`),
      new RegExp(`data/accords\\.csv, row ${appended}: repeats row 2 \\(the same date, kind, context\\)`),
    );
  });

  it('with more imports from Russia than from all suppliers', () => {
    expectFailure(
      (c) => edit(data(c, BY_YEAR), (t) => t.replace('2013,881.44,993.3,', '2013,1881.44,993.3,')),
      new RegExp(`${BY_YEAR}, row 15, field "from_russia_tiv_m": is larger than "from_all_suppliers_tiv_m"`),
    );
  });

  it('with a javascript: source address', () => {
    expectFailure(
      (c) =>
        edit(data(c, 'sources.csv'), (t) =>
          t.replace(
            'https://www.as-coa.org/articles/putin-and-maduros-perfect-harmony-tests-trumps-watch',
            'javascript:alert(1)',
          ),
        ),
      /data\/sources\.csv, row 2, field "url": must be a full https: \(or http:\) address/,
    );
  });

  it('with a data: source address', () => {
    expectFailure(
      (c) =>
        edit(data(c, 'sources.csv'), (t) =>
          t.replace('https://www.sipri.org/databases/armstransfers,', 'data:text/html;base64,PHNjcmlwdD4=,'),
        ),
      /data\/sources\.csv, row 3, field "url": must be a full https: \(or http:\) address/,
    );
  });
});

describe('a figure missing the row it needs', () => {
  it('no "Venezuela" among Russia\'s customers', () => {
    expectFailure(
      (c) => edit(data(c, RECIPIENTS), (t) => t.replace(',Venezuela,', ',Venezuela (Bolivarian Republic),')),
      new RegExp(`${RECIPIENTS}: no row with recipient "Venezuela"; the customers chart highlights Venezuela`),
    );
  });

  it('no Su-30 among the systems', () => {
    expectFailure(
      (c) => edit(data(c, 'sipri-russia-to-venezuela-systems.csv'), (t) => t.replace(/^Su-30MK,/m, 'Su-35,')),
      /sipri-russia-to-venezuela-systems\.csv: no row with a designation starting "Su-30"; the arms figure's note on the fighters/,
    );
  });

  it('no treaty among the accords', () => {
    expectFailure(
      (c) => edit(data(c, 'accords.csv'), (t) => t.replace(',day,treaty,', ',day,signed_at_event,')),
      /data\/accords\.csv: no row with kind "treaty"; the accords figure dates its span to the treaty/,
    );
  });
});

describe('a section', () => {
  it('with a reserved slug', () => {
    expectFailure(
      (c) => edit(section(c, '06-us-response.mdx'), (t) => t.replace(/^slug: .*$/m, 'slug: offline')),
      /06-us-response\.mdx: front matter field "slug" is "offline", a reserved name/,
    );
  });

  it('saved as .md', () => {
    expectFailure(
      (c) => renameSync(section(c, '01-parade-and-missiles.mdx'), section(c, '01-parade-and-missiles.md')),
      /01-parade-and-missiles\.md: rename it to 01-parade-and-missiles\.mdx/,
    );
  });

  it('with an unknown lowercase tag (<note> for <Note>)', () => {
    expectFailure(
      (c) => edit(section(c, '04-accords-and-trade.mdx'), (t) => `${t}\n\n<note>Counts differ.</note>\n`),
      /04-accords-and-trade\.mdx: <note> is not an HTML element/,
    );
  });

  it("with a link to the site's own address that leads nowhere", () => {
    expectFailure(
      (c) =>
        edit(
          section(c, '01-parade-and-missiles.mdx'),
          (t) => `${t}\n\nSee [the missing part](https://explainer.test/no-such-section/).\n`,
        ),
      /01-parade-and-missiles\.mdx: link "https:\/\/explainer\.test\/no-such-section\/" points to a page that does not exist/,
      { SITE_URL: 'https://explainer.test' },
    );
  });
});

describe('an edition', () => {
  it('with an unquoted date', () => {
    expectFailure(
      (c) =>
        edit(join(c, 'editions', 'en.yaml'), (t) => t.replace(/^published: "(\d{4}-\d{2}-\d{2})"$/m, 'published: $1')),
      /published.*is a date without quotes: write it in quotes, "\d{4}-\d{2}-\d{2}"/s,
    );
  });
});

describe('the CSV downloads', () => {
  it('show a cell that starts like a formula as text (OWASP CSV injection)', () => {
    const { status, output, dist } = buildWith((c) =>
      edit(data(c, 'timeline.csv'), (t) =>
        t.replace(
          'The source article dates the 80th-anniversary event to April 2025',
          "=2+5+cmd|' /C calc'!A0 the source article dates the event to April 2025",
        ),
      ),
    );
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
    const files = readdirSync(join(dist, 'data')).filter((f) => f.endsWith('.csv'));
    expect(files.length).toBeGreaterThan(0);
    const timeline = csvParse(readFileSync(join(dist, 'data', 'venezuela-russia-timeline.csv'), 'utf8'));
    expect(timeline.map((r) => r.note)).toContain(
      "'=2+5+cmd|' /C calc'!A0 the source article dates the event to April 2025; the anniversary itself is 14 March",
    );
    for (const file of files) {
      const [, ...rows] = csvParseRows(readFileSync(join(dist, 'data', file), 'utf8'));
      expect(
        rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell)),
        file,
      ).toEqual([]);
    }
  });
});
