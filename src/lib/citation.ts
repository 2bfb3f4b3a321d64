// "Cite this": the explainer, or one of its sections, as a reference. Chicago (bibliography entry
// for a web page) and APA 7 (web page), in the page's language, plus the files reference managers
// import (BibTeX, RIS, CSL-JSON). Pure functions of the publisher, titles, dates and URL.
import { escapeXml } from './markup';
import { intlLocale } from './format';
import type { Locale } from './locales';

/** What a citation is built from. Dates are ISO days (YYYY-MM-DD). */
export interface CitationInput {
  locale: Locale;
  /** The publisher, also the author (an organization). */
  publisher: string;
  /** The cited page's title: the explainer's headline, or a section's title. */
  title: string;
  /** For a section: the explainer's headline, which it is part of. */
  partOf?: string;
  published: string;
  modified: string;
  /** The cited page's canonical, absolute URL. */
  url: string;
}

/** A formatted citation: plain text (to copy) and HTML (italics where the style wants them). */
export interface FormattedCitation {
  text: string;
  html: string;
}

function parts(iso: string): { year: number; month: number; day: number } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`not an ISO day: ${iso}`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

const monthName = (locale: string, month: number) =>
  new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));

/** How each language writes a reference: its days, its quoted titles, and the few words the styles add. */
const STYLE: Record<
  Locale,
  {
    /** A day without its year ("November 29", "1er décembre"), and what comes before the year. */
    monthDay: (day: number, month: string) => string;
    beforeYear: string;
    /** A title in quotation marks, closed the way the language closes a sentence after it. */
    quoted: (title: string) => string;
    /** "In" the explainer a section is part of. */
    inWord: string;
    /** Chicago's "; last modified" before the day, and the note of the reference managers' files. */
    lastModifiedAfter: string;
    lastModified: string;
    /** The language's name in BibTeX's langid. */
    bibLanguage: string;
  }
> = {
  en: {
    monthDay: (day, month) => `${month} ${day}`,
    beforeYear: ', ',
    quoted: (title) => (/[.?!]$/.test(title) ? `“${title}”` : `“${title}.”`),
    inWord: 'In',
    lastModifiedAfter: '; last modified ',
    lastModified: 'Last modified',
    bibLanguage: 'english',
  },
  fr: {
    monthDay: (day, month) => `${day === 1 ? '1er' : day} ${month}`,
    beforeYear: ' ',
    quoted: (title) => `«\u202f${title}\u202f».`,
    inWord: 'Dans',
    lastModifiedAfter: ' ; dernière modification le ',
    lastModified: 'Dernière modification le',
    bibLanguage: 'french',
  },
};

/** A day as the styles write it: "November 29, 2026" in English, "29 novembre 2026" in French. */
export function citationDate(iso: string, locale: Locale): string {
  const { year, month, day } = parts(iso);
  return `${STYLE[locale].monthDay(day, monthName(locale, month))}${STYLE[locale].beforeYear}${year}`;
}

/** Ends a title with a period unless it already ends a sentence. */
const withPeriod = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/** The Chicago bibliography entry: Publisher. “Title.” [In “Explainer.”] Date[; last modified Date]. URL. */
export function chicago(c: CitationInput): FormattedCitation {
  const style = STYLE[c.locale];
  const dates =
    c.modified > c.published
      ? `${citationDate(c.published, c.locale)}${style.lastModifiedAfter}${citationDate(c.modified, c.locale)}.`
      : `${citationDate(c.published, c.locale)}.`;
  const container = c.partOf ? ` ${style.inWord} ${style.quoted(c.partOf)}` : '';
  const text = `${withPeriod(c.publisher)} ${style.quoted(c.title)}${container} ${dates} ${c.url}.`;
  return { text, html: escapeXml(text) };
}

/** The APA 7 reference: Publisher. (Year, Month Day). Title [or: Title. In Explainer]. URL (the date is the latest). */
export function apa(c: CitationInput): FormattedCitation {
  const { year, month, day } = parts(c.modified);
  const date = `(${year}, ${STYLE[c.locale].monthDay(day, monthName(c.locale, month))}).`;
  const head = `${withPeriod(c.publisher)} ${date}`;
  if (c.partOf) {
    const { inWord } = STYLE[c.locale];
    return {
      text: `${head} ${withPeriod(c.title)} ${inWord} ${withPeriod(c.partOf)} ${c.url}`,
      html: `${escapeXml(head)} ${escapeXml(withPeriod(c.title))} ${inWord} <i>${escapeXml(c.partOf)}</i>${/[.?!]$/.test(c.partOf) ? '' : '.'} ${escapeXml(c.url)}`,
    };
  }
  return {
    text: `${head} ${withPeriod(c.title)} ${c.url}`,
    html: `${escapeXml(head)} <i>${escapeXml(c.title)}</i>${/[.?!]$/.test(c.title) ? '' : '.'} ${escapeXml(c.url)}`,
  };
}

/** A citation key from the URL's path: "venezuela-russia" + page ("arms-and-oil", "fr"). */
export function citationKey(c: Pick<CitationInput, 'url' | 'published'>): string {
  const path = new URL(c.url).pathname.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-');
  return `${path || 'explainer'}-${c.published.slice(0, 4)}`;
}

/** Any line break: a new line in RIS is a new tag, and a blank line in BibTeX is a new paragraph. */
const LINE_BREAK = /\s*[\r\n\v\f\u0085\u2028\u2029]+\s*/g;

/** A value on one line: every line break (and the spaces around it) becomes one space. */
const oneLine = (text: string) => text.replace(LINE_BREAK, ' ').trim();

/**
 * The LaTeX for characters BibTeX and LaTeX read as syntax, or print as something else. Braces become commands, never \{ or \}:
 * BibTeX counts every brace, escaped or not, so a literal one would close (or open) the field.
 */
const BIB_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\textbraceleft{}',
  '}': '\\textbraceright{}',
  // In LaTeX's default font encoding these print as ¡, ¿ and —.
  '<': '\\textless{}',
  '>': '\\textgreater{}',
  '|': '\\textbar{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
};

/** Text as a BibTeX field value reads it back: on one line, LaTeX's special characters escaped, braces balanced. */
const bibEscape = (text: string) => oneLine(text).replace(/[\\{}<>|~^&%$#_]/g, (c) => BIB_SPECIAL[c]!);

/**
 * A title for BibTeX: escaped, each word with a capital in braces, so that styles and reference
 * managers that set titles in sentence case keep "Cuba", "January" and "US" as written.
 */
const bibTitle = (text: string) =>
  bibEscape(text)
    .split(' ')
    .map((word) => (/\p{Lu}/u.test(word) ? `{${word}}` : word))
    .join(' ');

/** A URL for a verbatim BibTeX field: on one line, with no brace or backslash to unbalance it. */
const bibUrl = (url: string) => oneLine(url).replace(/[{}\\\s]/g, (c) => encodeURIComponent(c));

/** A BibTeX (biblatex) @online entry. */
export function bibtex(c: CitationInput): string {
  const { year, month } = parts(c.published);
  const fields: [string, string][] = [
    ['author', `{{${bibEscape(c.publisher)}}}`],
    ['title', `{${bibTitle(c.title)}}`],
    ...(c.partOf ? ([['maintitle', `{${bibTitle(c.partOf)}}`]] as [string, string][]) : []),
    ['organization', `{${bibEscape(c.publisher)}}`],
    ['date', `{${bibEscape(c.published)}}`],
    ['year', `{${year}}`],
    ['month', `{${month}}`],
    ...(c.modified > c.published
      ? ([['note', `{${STYLE[c.locale].lastModified} ${bibEscape(c.modified)}}`]] as [string, string][])
      : []),
    ['url', `{${bibUrl(c.url)}}`],
    ['langid', `{${STYLE[c.locale].bibLanguage}}`],
  ];
  return `@online{${citationKey(c)},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

/** An RIS record (type ELEC, a web page), lines ending in CRLF as the format asks; a line break in a value is folded into a space, never a new tag line. */
export function ris(c: CitationInput): string {
  const { year, month, day } = parts(c.published);
  const pad = (n: number) => String(n).padStart(2, '0');
  const lines = [
    ['TY', 'ELEC'],
    ['AU', c.publisher],
    ['TI', c.title],
    ...(c.partOf ? [['T2', c.partOf]] : []),
    ['PB', c.publisher],
    ['PY', String(year)],
    ['DA', `${year}/${pad(month)}/${pad(day)}`],
    ...(c.modified > c.published ? [['N1', `${STYLE[c.locale].lastModified} ${c.modified}`]] : []),
    ['UR', c.url],
    ['LA', c.locale],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${oneLine(value!)}`.trimEnd()).join('\r\n') + '\r\n';
}

/** A CSL-JSON item (what Zotero, Mendeley and pandoc read), in a one-item array. */
export function cslJson(c: CitationInput): string {
  const day = (iso: string) => {
    const { year, month, day: d } = parts(iso);
    return { 'date-parts': [[year, month, d]] };
  };
  const item = {
    id: citationKey(c),
    type: 'webpage',
    title: c.title,
    ...(c.partOf ? { 'container-title': c.partOf } : {}),
    author: [{ literal: c.publisher }],
    publisher: c.publisher,
    issued: day(c.published),
    ...(c.modified > c.published ? { note: `${STYLE[c.locale].lastModified} ${c.modified}` } : {}),
    URL: c.url,
    language: c.locale,
  };
  return `${JSON.stringify([item], null, 2)}\n`;
}

/**
 * The tags Google Scholar and Zotero read: citation_title, citation_author (the publisher), the
 * dates (YYYY/MM/DD; the site is online-only, so it was first online the day it was published), URL, language.
 */
export function citationMeta(c: CitationInput): { name: string; content: string }[] {
  const slashed = (iso: string) => iso.replace(/-/g, '/');
  return [
    { name: 'citation_title', content: c.title },
    { name: 'citation_author', content: c.publisher },
    { name: 'citation_publication_date', content: slashed(c.published) },
    { name: 'citation_online_date', content: slashed(c.published) },
    { name: 'citation_public_url', content: c.url },
    { name: 'citation_language', content: c.locale },
  ];
}
