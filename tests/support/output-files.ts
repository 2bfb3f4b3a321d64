// Reading back the files a build writes for other programs (citation files, RSS feeds, CSV
// downloads) with the parsers those programs use, and scanning every output format for text that
// escaped its escaping. Shared by the checks on dist/ and by the build from hostile content.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { csvParseRows } from 'd3-dsv';
import { XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import Parser from 'rss-parser';
import { filesUnder } from './dist';

/** The citation_title a built page gives reference managers, by the page's absolute URL. */
function citedTitle(dist: string, url: string): string | undefined {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = join(dist, path, 'index.html');
  if (!existsSync(file)) return undefined;
  return parseHtml(readFileSync(file, 'utf8')).querySelector('meta[name="citation_title"]')?.getAttribute('content');
}

/**
 * How to read a BibTeX title as a reference manager stores it: sentence case applied where the
 * entry is English (braced words keep their capitals), as plain text, without the parser's HTML
 * markup for case-protected words.
 */
export const BIBTEX_AS_TEXT = { caseProtection: false } as const;

/** BibTeX's own rule: every brace counts, escaped or not, and the count never goes below zero. */
export function bracesBalance(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    depth += c === '{' ? 1 : c === '}' ? -1 : 0;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Every citation file in dist/cite/ read back as a reference manager reads it; each problem names the file. */
export function citationFileProblems(dist: string): { checked: number; problems: string[] } {
  const problems: string[] = [];
  const files = filesUnder(join(dist, 'cite')).filter((f) => /\.(bib|ris|json)$/.test(f));
  for (const name of files) {
    const text = readFileSync(join(dist, 'cite', name), 'utf8');
    const where = `cite/${name}`;
    let title: unknown;
    let url: unknown;
    if (name.endsWith('.bib')) {
      if (!bracesBalance(text)) problems.push(`${where}: braces do not balance, so BibTeX reads a field past its end`);
      const { entries, errors } = parseBibtex(text, BIBTEX_AS_TEXT);
      if (errors.length) problems.push(`${where}: ${errors.map((e) => e.error).join('; ')}`);
      if (entries.length !== 1) problems.push(`${where}: ${entries.length} entries, not 1`);
      title = entries[0]?.fields.title;
      url = entries[0]?.fields.url;
    } else if (name.endsWith('.ris')) {
      const lines = text.split('\r\n');
      if (lines.pop() !== '') problems.push(`${where}: does not end with CRLF`);
      const bad = lines.filter((line) => !/^[A-Z][A-Z0-9] {2}-( .*)?$/.test(line));
      if (bad.length) problems.push(`${where}: lines that are not tag lines: ${JSON.stringify(bad)}`);
      if (lines[0] !== 'TY  - ELEC' || lines.filter((l) => l.startsWith('TY  -')).length !== 1)
        problems.push(`${where}: not one record opened by TY`);
      if (lines.at(-1) !== 'ER  -' || lines.filter((l) => l.startsWith('ER  -')).length !== 1)
        problems.push(`${where}: not one record closed by ER`);
      title = lines.find((l) => l.startsWith('TI  - '))?.slice(6);
      url = lines.find((l) => l.startsWith('UR  - '))?.slice(6);
    } else {
      const [item] = JSON.parse(text) as { title?: string; URL?: string }[];
      title = item?.title;
      url = item?.URL;
    }
    if (typeof url !== 'string') {
      problems.push(`${where}: no URL`);
      continue;
    }
    const expected = citedTitle(dist, url);
    if (expected === undefined) problems.push(`${where}: its URL ${url} is not a built page`);
    else if (title !== expected)
      problems.push(
        `${where}: title reads back as ${JSON.stringify(title)}, the page says ${JSON.stringify(expected)}`,
      );
  }
  return { checked: files.length, problems };
}

/** One item of a feed as a feed reader reads it: its title and its description as HTML. */
export interface FeedItem {
  title: string;
  link: string;
  html: string;
}

/** The items of a built feed (dist/rss.xml, dist/fr/rss.xml), read by an RSS parser. */
export async function feedItems(dist: string, file: string): Promise<FeedItem[]> {
  const feed = await new Parser().parseString(readFileSync(join(dist, file), 'utf8'));
  return feed.items.map((item) => ({ title: item.title ?? '', link: item.link ?? '', html: item.content ?? '' }));
}

/** The text a reader sees in a feed item's description, and the elements it would render (none for plain text). */
export function descriptionAsShown(html: string): { text: string; elements: string[] } {
  const doc = parseHtml(html);
  return { text: doc.text, elements: doc.querySelectorAll('*').map((el) => el.tagName.toLowerCase()) };
}

/** Markup that, written unescaped in text (not inside an attribute value), would run or load something. */
export const ACTIVE_MARKUP = ['<script>alert(', '<img src=x onerror'];

/**
 * Every output format of a build scanned for hostile text that escaped its escaping: raw markup in
 * HTML and SVG (and in the HTML of feed descriptions), javascript: links, SVG that is not
 * well-formed XML, spreadsheet formulas at the start of a CSV cell, and citation files that do not
 * read back. Returns each problem with its file.
 */
export async function unescapedPayloads(
  dist: string,
): Promise<{ scanned: Record<string, number>; problems: string[] }> {
  const problems: string[] = [];
  const scanned: Record<string, number> = {};
  const count = (kind: string) => (scanned[kind] = (scanned[kind] ?? 0) + 1);
  const files = filesUnder(dist);
  for (const file of files.filter((f) => f.endsWith('.html') || f.endsWith('.svg'))) {
    const text = readFileSync(join(dist, file), 'utf8');
    count(file.endsWith('.svg') ? 'svg' : 'html');
    // Outside attribute values (always double-quoted, with " escaped), where < is only a character.
    const outsideAttributes = text.replace(/="[^"]*"/g, '=""');
    for (const marker of ACTIVE_MARKUP)
      if (outsideAttributes.includes(marker)) problems.push(`${file}: contains raw ${marker}`);
    if (file.endsWith('.svg')) {
      const valid = XMLValidator.validate(text);
      if (valid !== true) problems.push(`${file}: not well-formed XML (${valid.err.msg})`);
    }
    const doc = parseHtml(text);
    for (const el of doc.querySelectorAll('[href], [src], [action], [formaction]'))
      for (const attr of ['href', 'src', 'action', 'formaction'])
        if (/^\s*javascript:/i.test(el.getAttribute(attr) ?? ''))
          problems.push(`${file}: a ${el.tagName.toLowerCase()} with ${attr}="${el.getAttribute(attr)}"`);
    for (const el of doc.querySelectorAll('*'))
      for (const attr of Object.keys(el.attributes))
        if (/^on/i.test(attr)) problems.push(`${file}: a ${el.tagName.toLowerCase()} with an ${attr} attribute`);
  }
  for (const file of files.filter((f) => f.endsWith('rss.xml'))) {
    count('rss');
    for (const item of await feedItems(dist, file)) {
      const shown = descriptionAsShown(item.html);
      if (shown.elements.length)
        problems.push(`${file}: "${item.title}" description renders elements: ${shown.elements.join(', ')}`);
    }
  }
  for (const file of files.filter((f) => f.endsWith('.csv'))) {
    count('csv');
    csvParseRows(readFileSync(join(dist, file), 'utf8')).forEach((row, i) => {
      row.forEach((cell, j) => {
        if (/^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell))
          problems.push(
            `${file}, row ${i + 1}, column ${j + 1}: a spreadsheet would read ${JSON.stringify(cell.slice(0, 40))} as a formula`,
          );
      });
    });
  }
  const citations = citationFileProblems(dist);
  scanned.citation = citations.checked;
  problems.push(...citations.problems);
  return { scanned, problems };
}
