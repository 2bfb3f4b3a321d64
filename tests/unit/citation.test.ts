// Citations of the explainer and of one of its sections, against strings checked by hand against
// the Chicago Manual of Style (17th ed., web page in the bibliography) and APA 7 (web page).
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { describe, expect, test } from 'vitest';
import { BIBTEX_AS_TEXT, bracesBalance } from '../support/output-files';
import {
  apa,
  bibtex,
  chicago,
  citationDate,
  citationMeta,
  cslJson,
  ris,
  type CitationInput,
} from '../../src/lib/citation';

const explainer: CitationInput = {
  locale: 'en',
  publisher: 'Venezuela and Russia',
  title: 'Arms, oil and 350-plus accords: inside the Putin–Maduro partnership',
  published: '2026-11-29',
  modified: '2026-11-29',
  url: 'https://venezuela-russia.example.org/',
};
const section: CitationInput = {
  ...explainer,
  title: 'Arms sales, oil and a ten-year treaty',
  partOf: explainer.title,
  url: 'https://venezuela-russia.example.org/arms-and-oil/',
};
const french: CitationInput = {
  locale: 'fr',
  publisher: 'Venezuela et Russie',
  title: 'Armes, pétrole et plus de 350 accords : le partenariat Poutine–Maduro',
  published: '2026-11-29',
  modified: '2026-12-01',
  url: 'https://venezuela-russia.example.org/fr/',
};

describe('Chicago', () => {
  test('the explainer', () => {
    expect(chicago(explainer).text).toBe(
      'Venezuela and Russia. “Arms, oil and 350-plus accords: inside the Putin–Maduro partnership.” November 29, 2026. https://venezuela-russia.example.org/.',
    );
  });

  test('a section, cited as part of the explainer', () => {
    expect(chicago(section).text).toBe(
      'Venezuela and Russia. “Arms sales, oil and a ten-year treaty.” In “Arms, oil and 350-plus accords: inside the Putin–Maduro partnership.” November 29, 2026. https://venezuela-russia.example.org/arms-and-oil/.',
    );
  });

  test('a page changed after publication gives both dates', () => {
    expect(chicago({ ...section, modified: '2026-12-05' }).text).toContain(
      'November 29, 2026; last modified December 5, 2026. https://',
    );
  });

  test('in French: guillemets, the day before the month, punctuation outside the quotation marks', () => {
    expect(chicago(french).text).toBe(
      'Venezuela et Russie. «\u202fArmes, pétrole et plus de 350 accords : le partenariat Poutine–Maduro\u202f». 29 novembre 2026 ; dernière modification le 1er décembre 2026. https://venezuela-russia.example.org/fr/.',
    );
  });

  test('a title ending in a question mark takes no period', () => {
    expect(chicago({ ...explainer, title: 'Russia’s Cuba?' }).text).toContain('“Russia’s Cuba?” November');
  });
});

describe('APA', () => {
  test('the explainer: its title in italics', () => {
    const { text, html } = apa(explainer);
    expect(text).toBe(
      'Venezuela and Russia. (2026, November 29). Arms, oil and 350-plus accords: inside the Putin–Maduro partnership. https://venezuela-russia.example.org/',
    );
    expect(html).toBe(
      'Venezuela and Russia. (2026, November 29). <i>Arms, oil and 350-plus accords: inside the Putin–Maduro partnership</i>. https://venezuela-russia.example.org/',
    );
  });

  test('a section: the explainer it is part of in italics', () => {
    const { text, html } = apa(section);
    expect(text).toBe(
      'Venezuela and Russia. (2026, November 29). Arms sales, oil and a ten-year treaty. In Arms, oil and 350-plus accords: inside the Putin–Maduro partnership. https://venezuela-russia.example.org/arms-and-oil/',
    );
    expect(html).toContain('In <i>Arms, oil and 350-plus accords: inside the Putin–Maduro partnership</i>. https://');
  });

  test('the date is the latest (APA cites the last update); in French the day comes first', () => {
    expect(apa(french).text).toBe(
      'Venezuela et Russie. (2026, 1er décembre). Armes, pétrole et plus de 350 accords : le partenariat Poutine–Maduro. https://venezuela-russia.example.org/fr/',
    );
  });

  test('HTML is escaped', () => {
    expect(apa({ ...explainer, title: 'Arms & <oil>' }).html).toContain('<i>Arms &amp; &lt;oil&gt;</i>');
  });
});

describe('files for reference managers', () => {
  test('BibTeX: a biblatex @online entry, the publisher as a corporate author', () => {
    expect(bibtex(section)).toBe(
      [
        '@online{arms-and-oil-2026,',
        '  author = {{Venezuela and Russia}},',
        '  title = {{Arms} sales, oil and a ten-year treaty},',
        '  maintitle = {{Arms,} oil and 350-plus accords: inside the {Putin–Maduro} partnership},',
        '  organization = {Venezuela and Russia},',
        '  date = {2026-11-29},',
        '  year = {2026},',
        '  month = {11},',
        '  url = {https://venezuela-russia.example.org/arms-and-oil/},',
        '  langid = {english}',
        '}',
        '',
      ].join('\n'),
    );
    expect(bibtex({ ...explainer, title: '50% & more' })).toContain('title = {50\\% \\& more}');
  });

  test('RIS: a web page record, CRLF line ends, closed by ER', () => {
    expect(ris(explainer)).toBe(
      [
        'TY  - ELEC',
        'AU  - Venezuela and Russia',
        'TI  - Arms, oil and 350-plus accords: inside the Putin–Maduro partnership',
        'PB  - Venezuela and Russia',
        'PY  - 2026',
        'DA  - 2026/11/29',
        'UR  - https://venezuela-russia.example.org/',
        'LA  - en',
        'ER  -',
        '',
      ].join('\r\n'),
    );
  });

  /** A title an editor or a stranger might type: BibTeX and LaTeX syntax, and a line break. */
  const hostile = 'A } closes {, a \\ breaks, 50% & $5 #1 ~x^2 a_b <i>|\r\nER  -\nTY  - JOUR';
  const hostileOnOneLine = 'A } closes {, a \\ breaks, 50% & $5 #1 ~x^2 a_b <i>| ER - TY - JOUR';

  test('BibTeX: braces, backslashes, LaTeX specials and line breaks in a title are read back as typed', () => {
    const file = bibtex({ ...section, title: hostile, partOf: `${hostile} {` });
    expect(bracesBalance(file)).toBe(true);
    const { entries, errors } = parseBibtex(file, BIBTEX_AS_TEXT);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.fields.title).toBe(hostileOnOneLine);
    expect(entries[0]!.fields.maintitle).toBe(`${hostileOnOneLine} {`);
    expect(entries[0]!.fields.url).toBe(section.url);
  });

  test('BibTeX: a title keeps its capitals when a style sets titles in sentence case', () => {
    const title = 'Russian hardware on parade for Independence Day';
    expect(parseBibtex(bibtex({ ...section, title }), BIBTEX_AS_TEXT).entries[0]!.fields.title).toBe(title);
  });

  test('RIS: a line break in any value is folded into a space, never a new tag line', () => {
    const record = ris({ ...section, title: hostile, partOf: 'Two\nlines', publisher: 'Pub\u2028lisher' });
    const lines = record.split('\r\n').slice(0, -1);
    for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}-( |$)/);
    expect(lines.filter((line) => line.startsWith('ER'))).toEqual(['ER  -']);
    expect(lines.filter((line) => line.startsWith('TY'))).toEqual(['TY  - ELEC']);
    expect(lines).toContain('TI  - A } closes {, a \\ breaks, 50% & $5 #1 ~x^2 a_b <i>| ER  - TY  - JOUR');
    expect(lines).toContain('T2  - Two lines');
    expect(lines).toContain('AU  - Pub lisher');
  });

  test('CSL-JSON: a webpage item with a literal author and date parts', () => {
    const [item] = JSON.parse(cslJson(section)) as Record<string, unknown>[];
    expect(item).toEqual({
      id: 'arms-and-oil-2026',
      type: 'webpage',
      title: 'Arms sales, oil and a ten-year treaty',
      'container-title': 'Arms, oil and 350-plus accords: inside the Putin–Maduro partnership',
      author: [{ literal: 'Venezuela and Russia' }],
      publisher: 'Venezuela and Russia',
      issued: { 'date-parts': [[2026, 11, 29]] },
      URL: 'https://venezuela-russia.example.org/arms-and-oil/',
      language: 'en',
    });
  });

  test('citation_* tags: the publisher as author, dates written YYYY/MM/DD', () => {
    expect(citationMeta(french)).toEqual([
      { name: 'citation_title', content: french.title },
      { name: 'citation_author', content: 'Venezuela et Russie' },
      { name: 'citation_publication_date', content: '2026/11/29' },
      { name: 'citation_online_date', content: '2026/11/29' },
      { name: 'citation_public_url', content: 'https://venezuela-russia.example.org/fr/' },
      { name: 'citation_language', content: 'fr' },
    ]);
  });

  test('dates are refused unless they are ISO days', () => {
    expect(citationDate('2026-03-13', 'en')).toBe('March 13, 2026');
    expect(() => citationDate('2026-03', 'en')).toThrow(/not an ISO day/);
  });
});
