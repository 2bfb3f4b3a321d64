// Bad input fails the build with a message naming the file and the field. The rules themselves
// are tested directly on the validators (tests/unit/csv.test.ts, data-schemas.test.ts,
// explainer.test.ts, section-id.test.ts, prose-numbers.test.ts, edition-parity.test.ts…); these
// builds prove the wiring, one per path a mistake takes to the build: each loader (CSV, sections,
// YAML), each check that runs while pages are built, and the deployment settings. Each test copies
// the real content into a temporary folder, changes one thing, and runs a real `astro build`.
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, cleanBuilds, edit } from '../support/build-copy';

afterAll(cleanBuilds);

const section = (content: string, file: string, locale = 'en') => join(content, 'sections', locale, file);
const data = (content: string, file: string) => join(content, 'data', file);
/** The line a test's "\n<sentence>\n" appended to an English section lands on. */
const appendedLine = (file: string) =>
  readFileSync(join('content', 'sections', 'en', file), 'utf8').split('\n').length + 1;

/** Builds with one change and expects the build to fail with a message matching `message`. */
function expectFailure(
  change: (content: string) => void,
  message: RegExp,
  env: Record<string, string | undefined> = {},
): void {
  const { status, output } = buildWith(change, env);
  expect(output).toMatch(message);
  expect(status).not.toBe(0);
}

describe('the CSV loader', () => {
  it('stops on a bad row, naming the file, row and field', () => {
    expectFailure(
      (c) =>
        edit(data(c, 'sipri-venezuela-arms-imports-by-year.csv'), (t) => t.replace('2013,881.44,', '2013,-881.44,')),
      /sipri-venezuela-arms-imports-by-year\.csv, row 15, field "from_russia_tiv_m": must not be negative/,
    );
  });

  it('stops on a source id missing from sources.csv (checked after the rows)', () => {
    expectFailure(
      (c) =>
        edit(data(c, 'timeline.csv'), (t) =>
          t.replace(
            'Hugo Chávez dies; Nicolás Maduro succeeds him,yes,efe-elcorreo-2013,',
            'Hugo Chávez dies; Nicolás Maduro succeeds him,yes,efe-elcorreo-2031,',
          ),
        ),
      /data\/timeline\.csv, row \d+, field "source_ids": unknown source id "efe-elcorreo-2031"/,
    );
  });
});

describe('the sections loader', () => {
  it('names a front matter that is not closed (not a missing slug)', () => {
    expectFailure(
      (c) => edit(section(c, '04-accords-and-trade.mdx'), (t) => t.replace(/^(---\n[\s\S]*?\n)---\n/, '$1')),
      /04-accords-and-trade\.mdx: the front matter is not closed/,
    );
  });

  it('refuses a source id the front matter cites that is not in sources.csv', () => {
    expectFailure(
      (c) =>
        edit(section(c, '02-maracay-ammunition-plant.mdx'), (t) =>
          t.replace(/^sources: \[/m, 'sources: [no-such-source, '),
        ),
      /^(?=[\s\S]*02-maracay-ammunition-plant\.mdx)[\s\S]*sources: cites unknown source id "no-such-source"/,
    );
  });

  it('refuses a section saved as .md', () => {
    expectFailure(
      (c) => renameSync(section(c, '01-parade-and-missiles.mdx'), section(c, '01-parade-and-missiles.md')),
      /01-parade-and-missiles\.md: rename it to 01-parade-and-missiles\.mdx/,
    );
  });
});

describe('the YAML loaders', () => {
  it('say to quote an unquoted date in an updates-log entry', () => {
    expectFailure(
      (c) =>
        edit(join(c, 'updates', '2026-12-04-cartel-indictment.yaml'), (t) => t.replace(/^date: "(.*)"$/m, 'date: $1')),
      /2026-12-04-cartel-indictment[\s\S]*date.*is a date without quotes: write it in quotes, "2026-12-04"/,
    );
  });

  it('stop on an updates-log entry naming a section that does not exist (checked when pages are built)', () => {
    expectFailure(
      (c) =>
        edit(join(c, 'updates', '2026-12-04-cartel-indictment.yaml'), (t) =>
          t.replace('sections: [us-response]', 'sections: [us-response, no-such-section]'),
        ),
      /updates\/2026-12-04-cartel-indictment\.yaml: field "sections\[1\]" is "no-such-section", which is not the slug of any English section/,
    );
  });
});

describe('the checks run while the pages are built', () => {
  it('refuse a relative link in a section, naming the file and line', () => {
    const line = appendedLine('01-parade-and-missiles.mdx');
    expectFailure(
      (c) => edit(section(c, '01-parade-and-missiles.mdx'), (t) => `${t}\nSee [the oil](arms-and-oil/).\n`),
      new RegExp(
        `01-parade-and-missiles\\.mdx:${line}: link "arms-and-oil/" is relative[\\s\\S]*write the site path, /arms-and-oil/`,
      ),
    );
  });

  it('name the file and line of a {…} expression before MDX runs it (a ReferenceError named no file)', () => {
    const line = appendedLine('07-cuba-comparison-and-plan.mdx');
    expectFailure(
      (c) => edit(section(c, '07-cuba-comparison-and-plan.mdx'), (t) => `${t}\nIt cost {approx} a billion.\n`),
      new RegExp(`07-cuba-comparison-and-plan\\.mdx:${line}: "\\{approx\\}" is a JavaScript expression in MDX`),
    );
  });

  it('refuse an English section without its French counterpart', () => {
    expectFailure(
      (c) => rmSync(section(c, '06-reponse-americaine.mdx', 'fr')),
      /06-us-response\.mdx: the section "us-response" has no fr counterpart/,
    );
  });

  it('refuse a number the data no longer gives (the share of Russia in the SIPRI totals)', () => {
    expectFailure(
      (c) =>
        edit(data(c, 'sipri-venezuela-arms-imports-by-supplier-2000-2023.csv'), (t) =>
          t.replace(/^(Russia,)(\d+)/m, (_, name: string, n: string) => `${name}${Number(n) * 3}`),
        ),
      /01-parade-and-missiles\.mdx:\d+: "two-thirds" no longer fits Russia's share/,
    );
  });

  it('refuse a chart label that cannot wrap, naming the CSV row and field', () => {
    expectFailure(
      (c) =>
        edit(data(c, 'timeline.csv'), (t) => {
          const [header = '', ...lines] = t.split('\n');
          const at = header.split(',').indexOf('chart_label');
          const row = lines.findIndex((line) => csvParseRows(line)[0]?.[at]);
          const cells = csvParseRows(lines[row]!)[0]!;
          cells[at] = 'Superlongwordwithoutanyspacesthatcannotwrapatall';
          lines[row] = cells.map((cell) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',');
          return [header, ...lines].join('\n');
        }),
      /data\/timeline\.csv, row with id "event-[^"]+", field "chart_label": "[^"]*Superlongword[^"]*" is about \d+ px wide and cannot wrap/,
    );
  });
});

describe('the deployment settings', () => {
  it('stop a deployment build without SITE_URL', () => {
    expectFailure(() => {}, /SITE_URL is not set/, { EXPLAINER_DEPLOY: '1', SITE_URL: undefined });
  });
});
