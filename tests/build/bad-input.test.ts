// Bad input must fail the build with a message naming the file and the field. Each test copies
// the real content into a temporary folder, breaks one thing, and runs a real `astro build`.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWith, cleanBuilds, edit } from '../support/build-copy';

afterAll(cleanBuilds);

const section = (content: string, file: string) => join(content, 'sections', 'en', file);

describe('a build from the real content', () => {
  it('succeeds (so the failures below are caused by the breakage alone)', () => {
    const { status, output } = buildWith(() => {});
    expect(output).toContain('Complete!');
    expect(status).toBe(0);
  });
});

describe('bad input fails the build, naming the file and the field', () => {
  it('a section without a slug', () => {
    const { status, output } = buildWith((c) =>
      edit(section(c, '04-accords-and-trade.mdx'), (t) => t.replace(/^slug: .*\n/m, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/sections\/en\/04-accords-and-trade\.mdx: front matter field "slug" is missing/);
  });

  it('two sections with the same slug', () => {
    const { status, output } = buildWith((c) =>
      edit(section(c, '06-us-response.mdx'), (t) => t.replace(/^slug: .*$/m, 'slug: arms-and-oil')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /06-us-response\.mdx: front matter field "slug" is "arms-and-oil", already used by .*05-arms-and-oil\.mdx|05-arms-and-oil\.mdx: front matter field "slug" is "arms-and-oil", already used by .*06-us-response\.mdx/,
    );
  });

  it('a section citing a source id that does not exist', () => {
    const { status, output } = buildWith((c) =>
      edit(section(c, '02-maracay-ammunition-plant.mdx'), (t) =>
        t.replace(/^sources: \[/m, 'sources: [no-such-source, '),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/02-maracay-ammunition-plant\.mdx/);
    expect(output).toMatch(/sources.*cites unknown source id "no-such-source"/s);
  });

  it('a <Cite> of a source id that does not exist', () => {
    const { status, output } = buildWith((c) =>
      edit(section(c, '03-putin-maduro-meetings.mdx'), (t) => `${t}\n\nAs reported <Cite id="ghost-2099" />.\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /03-putin-maduro-meetings\.mdx: <Cite id="ghost-2099"> names a source that is not in content\/data\/sources\.csv/,
    );
  });

  it('a link to a section that does not exist', () => {
    const { status, output } = buildWith((c) =>
      edit(section(c, '01-parade-and-missiles.mdx'), (t) => `${t}\n\nSee [the missing part](/no-such-section/).\n`),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /01-parade-and-missiles\.mdx: link "\/no-such-section\/" points to a page that does not exist/,
    );
  });

  it('a data row without a source', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'data', 'timeline.csv'), (t) =>
        t.replace(
          'Hugo Chávez dies; Nicolás Maduro succeeds him,yes,efe-elcorreo-2013,',
          'Hugo Chávez dies; Nicolás Maduro succeeds him,yes,,',
        ),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/data\/timeline\.csv, row \d+, field "source_ids": is required/);
  });

  it('a negative value in the arms data', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'data', 'sipri-venezuela-arms-imports-by-year.csv'), (t) =>
        t.replace('2013,881.44,', '2013,-881.44,'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /sipri-venezuela-arms-imports-by-year\.csv, row 15, field "from_russia_tiv_m": must not be negative/,
    );
  });

  it('a malformed date in the timeline', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'data', 'timeline.csv'), (t) => t.replace(',2025-07-05,day,', ',2025-07-32,day,')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/data\/timeline\.csv, row \d+, field "date": is not a real calendar date/);
  });

  it('a key fact pointing at a section that does not exist', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'editions', 'en.yaml'), (t) => t.replace('section: us-response', 'section: gone-section')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/editions\/en\.yaml: field "keyFacts\[\d\]\.section" is "gone-section"/);
  });

  it('a French key fact, or the update under the standfirst, pointing at a section that does not exist', () => {
    const facts = buildWith((c) =>
      edit(join(c, 'editions', 'fr.yaml'), (t) => t.replace(/^(\s+section: )\S+$/m, '$1partie-disparue')),
    );
    expect(facts.status).not.toBe(0);
    expect(facts.output).toMatch(
      /editions\/fr\.yaml: field "keyFacts\[0\]\.section" is "partie-disparue", which is not the slug of any section/,
    );
    const update = buildWith((c) =>
      edit(join(c, 'editions', 'en.yaml'), (t) => t.replace(/^(\s+sections: \[)[a-z0-9-]+/m, '$1after-august-2025')),
    );
    expect(update.status).not.toBe(0);
    expect(update.output).toMatch(
      /editions\/en\.yaml: field "update\.sections\[0\]" is "after-august-2025", which is not the slug of any section/,
    );
  });

  it('an accord whose higher count is below its count', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'data', 'accords.csv'), (t) => t.replace(',19,42,', ',19,12,')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/data\/accords\.csv, row \d+, field "count_max": must not be less than "count" \(19\)/);
  });

  it('an updates-log entry naming a section that does not exist', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'updates', '2026-12-04-cartel-indictment.yaml'), (t) =>
        t.replace('sections: [us-response]', 'sections: [us-response, no-such-section]'),
      ),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /updates\/2026-12-04-cartel-indictment\.yaml: field "sections\[1\]" is "no-such-section", which is not the slug of any English section/,
    );
  });

  it('an updates-log entry without its French sentence', () => {
    const { status, output } = buildWith((c) =>
      edit(join(c, 'updates', '2026-12-04-mir-cards.yaml'), (t) => t.replace(/^ {2}fr: .*\n/m, '')),
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(/updates\/2026-12-04-mir-cards\.yaml: field "text\.fr" is missing/);
  });

  it('a deployment build without SITE_URL, or with the placeholder', () => {
    for (const siteUrl of [undefined, 'https://venezuela-russia.example.org']) {
      const { status, output } = buildWith(() => {}, { EXPLAINER_DEPLOY: '1', SITE_URL: siteUrl });
      expect(status).not.toBe(0);
      expect(output).toMatch(siteUrl ? /SITE_URL is still the placeholder/ : /SITE_URL is not set/);
    }
  });

  it('a deployment build with the example corrections address', () => {
    const { status, output } = buildWith(() => {}, { EXPLAINER_DEPLOY: '1', SITE_URL: 'https://news.example.net/' });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /editions\/en\.yaml: field "publisher\.contactEmail" is "corrections@venezuela-russia\.example\.org", a placeholder/,
    );
  });
});
