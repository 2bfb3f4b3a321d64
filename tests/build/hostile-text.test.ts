// Hostile text in every text field of content/ (edition files, section front matter, the updates
// log, the about pages, the CSV rows), built once, and every output format scanned for it
// unescaped: HTML, SVG, RSS, BibTeX, RIS, CSL-JSON and the CSV downloads. The payloads are the
// ones a security audit tried: markup that runs (<script>, "><img onerror>), a javascript: link, a
// spreadsheet formula, BibTeX's closing brace and backslash, and line breaks (in fields that may
// hold them; titles refuse them, see tests/unit/sources.test.ts). A CSV file also gets blank lines.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvFormat, csvParse } from 'd3-dsv';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { buildWith, cleanBuilds, edit } from '../support/build-copy';
import { filesUnder } from '../support/dist';
import { BIBTEX_AS_TEXT, descriptionAsShown, feedItems, unescapedPayloads } from '../support/output-files';

/** Markup, a javascript: link, BibTeX's brace and backslash: on one line, short enough for a section title. */
const MARKUP = '"><img src=x onerror=alert(1)> <script>alert(1)</script> javascript:alert(1) } \\ {';
/** A spreadsheet formula, first in its cell as a CSV download would hold it. */
const FORMULA = '=HYPERLINK("https://evil.example/","x")';
/** For titles: everything but line breaks. */
const TITLE = `${FORMULA} ${MARKUP}`;
/** For text that may span lines: everything, with a line break that an RIS file would read as a new tag. */
const TEXT = `${TITLE}\nER  - \nTY  - JOUR`;
/** For words drawn inside a figure, which must fit beside a mark: short markup and an entity. */
const LABEL = 'a&b<i>';

afterAll(cleanBuilds);

/** Sets one-line YAML fields (`key: "…"`, in lists too) to a value, written as a YAML double-quoted string. */
const setYaml = (text: string, keys: readonly string[], value: string) =>
  keys.reduce(
    (out, key) => out.replace(new RegExp(`^(\\s*(?:- )?${key}:[ \\t]*).+$`, 'gm'), `$1${JSON.stringify(value)}`),
    text,
  );

/** Sets front matter fields of a Markdown or MDX file. */
const setFrontMatter = (text: string, keys: readonly string[], value: string) =>
  text.replace(/^---\n[\s\S]*?\n---\n/, (front) => setYaml(front, keys, value));

/** The text columns of each CSV file, and what each gets (columns drawn in a figure get LABEL). */
const CSV_FIELDS: Record<string, Record<string, string>> = {
  'sources.csv': { publisher: TEXT, title: TITLE, note: TEXT, publisher_fr: TEXT, note_fr: TEXT },
  'timeline.csv': { event: TEXT, note: TEXT, event_fr: TEXT, note_fr: TEXT, chart_label: LABEL, chart_label_fr: LABEL },
  'accords.csv': { context: TEXT, note: TEXT, context_fr: TEXT, note_fr: TEXT },
  'sipri-russia-to-venezuela-systems.csv': { description: TEXT, description_fr: TEXT },
};

function makeHostile(content: string): void {
  for (const file of readdirSync(join(content, 'editions')))
    edit(join(content, 'editions', file), (t) =>
      setYaml(setYaml(t, ['siteName', 'headline', 'name'], TITLE), ['standfirst', 'provenance', 'text', 'label'], TEXT),
    );
  for (const locale of readdirSync(join(content, 'sections')))
    for (const file of readdirSync(join(content, 'sections', locale)))
      edit(join(content, 'sections', locale, file), (t) =>
        setFrontMatter(setFrontMatter(t, ['title'], `${MARKUP} ${file.slice(0, 2)}`), ['summary'], TEXT),
      );
  for (const file of readdirSync(join(content, 'updates')))
    edit(join(content, 'updates', file), (t) => setYaml(t, ['en', 'fr'], TEXT));
  for (const locale of readdirSync(join(content, 'pages')))
    edit(join(content, 'pages', locale, 'about.md'), (t) =>
      setFrontMatter(setFrontMatter(t, ['title'], TITLE), ['description'], TEXT),
    );
  for (const [file, fields] of Object.entries(CSV_FIELDS)) {
    const path = join(content, 'data', file);
    const rows = csvParse(readFileSync(path, 'utf8'));
    // Each row keeps its number, so rows stay distinct (a repeated row fails the build), and its
    // own words after the payload (the build checks the prose's numbers against the data's words);
    // a chart label gets the payload alone, short enough to fit beside its mark.
    rows.forEach((row, i) => {
      for (const [column, value] of Object.entries(fields))
        if (row[column]) row[column] = value === LABEL ? `${value} ${i}` : `${value} ${i} ${row[column]}`;
    });
    writeFileSync(path, `${csvFormat(rows, rows.columns)}\n`);
  }
  // Blank lines, as a spreadsheet may leave them: before the first row and at the end.
  edit(join(content, 'data', 'timeline.csv'), (t) => `${t.replace(/\n/, '\n\n')}\n\n`);
}

describe('hostile text in every text field of content/', () => {
  let dist = '';
  let output = '';
  let status: number | null = null;
  beforeAll(() => {
    ({ dist, output, status } = buildWith(makeHostile));
  }, 600_000);

  test('builds (the payloads are text an editor may type), blank CSV lines skipped', () => {
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
    // Every event of the timeline, and no empty row, in its download (which orders them by date).
    const ids = (path: string) => csvParse(readFileSync(path, 'utf8')).map((row) => row.id);
    expect(ids(join(dist, 'data', 'venezuela-russia-timeline.csv')).sort()).toEqual(
      ids(join('content', 'data', 'timeline.csv')).sort(),
    );
  });

  test('no output format carries it unescaped', async () => {
    const { scanned, problems } = await unescapedPayloads(dist);
    expect(problems).toEqual([]);
    // Every format was there to scan.
    for (const kind of ['html', 'svg', 'rss', 'csv', 'citation']) expect(scanned[kind], kind).toBeGreaterThan(0);
  });

  test('and every format shows it as the text it is', async () => {
    // HTML: the headline as text.
    const home = parse(readFileSync(join(dist, 'index.html'), 'utf8'));
    expect(home.querySelector('h1')?.text.trim()).toBe(TITLE);
    // BibTeX, RIS, CSL-JSON: the title read back as typed.
    expect(
      parseBibtex(readFileSync(join(dist, 'cite', 'index.bib'), 'utf8'), BIBTEX_AS_TEXT).entries[0]?.fields.title,
    ).toBe(TITLE);
    expect(readFileSync(join(dist, 'cite', 'index.ris'), 'utf8')).toContain(`\r\nTI  - ${TITLE}\r\n`);
    expect(JSON.parse(readFileSync(join(dist, 'cite', 'index.json'), 'utf8'))[0].title).toBe(TITLE);
    // RSS: each description shows the entry's words, markup included, as text.
    for (const item of await feedItems(dist, 'rss.xml'))
      expect(descriptionAsShown(item.html)).toEqual({ text: TEXT, elements: [] });
    // CSV downloads: the formula is there, as text a spreadsheet does not run.
    const downloads = filesUnder(dist).filter((f) => f.endsWith('.csv'));
    expect(downloads.some((f) => readFileSync(join(dist, f), 'utf8').includes('HYPERLINK'))).toBe(true);
  });
});
