// The living explainer, read from the built files: dates equal to the updates log's, corrections
// where they belong, the log's page and RSS feeds (valid, complete, absolute links), citation
// tags and files, and the 404 pages. Expected values come from content/, never from the code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, type BuiltPage } from '../support/dist';
import {
  ABOUT_PATH,
  editionField,
  everyPage,
  expectedDates,
  localeOfPath,
  localesWithContent,
  prefixOf,
  sectionsOf,
  translationKeys,
  UPDATES_PATH,
  updatesLog,
} from '../support/content';
import { SITE } from '../support/site';
import { updatePath } from '../../src/lib/urls';

const pages = new Map(builtPages().map((page) => [page.path, page]));
const page = (path: string): BuiltPage => {
  const found = pages.get(path);
  if (!found) throw new Error(`${path} is not in the build`);
  return found;
};
const log = updatesLog();
const text = (el: { text: string } | null | undefined) => (el?.text ?? '').replace(/\s+/g, ' ').trim();
const publisherOf = (locale: string) =>
  readFileSync(join('content', 'editions', `${locale}.yaml`), 'utf8').match(/^publisher:\n\s+name:\s*"(.*)"$/m)![1]!;
/** The English key of a section page of a locale. */
const keyOf = (locale: string, slug: string) => translationKeys(locale)[slug]!;

test('the log has entries to check, each with its sentence in every language', () => {
  expect(log.length).toBeGreaterThan(0);
  for (const entry of log)
    for (const locale of localesWithContent()) expect(entry.text[locale], `${entry.id}: text.${locale}`).not.toBe('');
});

for (const locale of localesWithContent()) {
  const p = prefixOf(locale);
  const sections = sectionsOf(locale);

  describe(`${locale}: visible dates`, () => {
    for (const path of [`${p}/`, ...sections.map((s) => `${p}/${s.slug}/`), `${p}/print/`]) {
      test(`${path} shows Published and Updated as the log says, and the day the record runs to`, () => {
        const line = page(path).doc.querySelector('[data-page-dates]');
        expect(line, 'no dates line').not.toBeNull();
        const datetime = (key: string) => line!.querySelector(`[data-date="${key}"] time`)?.getAttribute('datetime');
        const expected = path.endsWith('/print/') ? expectedDates(`${p}/`) : expectedDates(path);
        expect(datetime('published')).toBe(expected.published);
        expect(datetime('updated')).toBe(expected.updated);
        expect(datetime('account-runs-to')).toBe(editionField('accountRunsTo', locale));
        // The dates are written for readers too, not only as datetime attributes.
        expect(text(line)).toMatch(/\d{4}.*\d{4}/);
      });
    }

    test('the first screen has one provenance line, linking to the about page', () => {
      const lines = page(`${p}/`).doc.querySelectorAll('.explainer-head .provenance');
      expect(lines).toHaveLength(1);
      expect(lines[0]!.querySelector('a')?.getAttribute('href')).toBe(ABOUT_PATH[locale]);
    });
  });

  describe(`${locale}: corrections and updates in the sections`, () => {
    for (const section of sections) {
      const key = keyOf(locale, section.slug);
      const corrections = log.filter((e) => e.kind === 'correction' && e.sections.includes(key));
      const updates = log.filter((e) => e.kind === 'update' && e.sections.includes(key));
      test(`${section.slug}: its ${corrections.length} correction(s): one line linking to the log on its page and in the explainer, in full in print`, () => {
        const online = [
          page(`${p}/${section.slug}/`).doc.querySelector('article'),
          page(`${p}/`).doc.querySelector(`section[data-section="${section.slug}"]`),
        ];
        for (const place of online) {
          expect(place!.querySelectorAll('.correction')).toHaveLength(0);
          const lines = place!.querySelectorAll('.corrections-line');
          expect(lines).toHaveLength(corrections.length ? 1 : 0);
          if (corrections.length)
            expect(lines[0]!.querySelector('a')?.getAttribute('href')).toBe(
              updatePath([...corrections].sort((a, b) => b.date.localeCompare(a.date))[0]!.id, locale as 'en' | 'fr'),
            );
        }
        const printed = page(`${p}/print/`)
          .doc.querySelector(`section[data-section="${section.slug}"]`)!
          .querySelectorAll('.correction')
          .map(text);
        expect(printed).toHaveLength(corrections.length);
        for (const entry of corrections) expect(printed.some((line) => line.includes(entry.text[locale]!))).toBe(true);
      });
      test(`${section.slug}: ${updates.length ? 'shows "Updated" at its top' : 'shows no "Updated" line'} in the explainer`, () => {
        const line = page(`${p}/`).doc.querySelector(
          `section[data-section="${section.slug}"] [data-section-updated] time`,
        );
        if (!updates.length) expect(line).toBeNull();
        else
          expect(line?.getAttribute('datetime')).toBe(
            updates
              .map((e) => e.date)
              .sort()
              .at(-1),
          );
      });
    }
  });

  describe(`${locale}: the updates page and the feed`, () => {
    test('the updates page lists every entry, newest first', () => {
      const items = page(UPDATES_PATH[locale]!).doc.querySelectorAll('.updates-list > li');
      expect(items.map((li) => li.id).sort()).toEqual(log.map((e) => `update-${e.id}`).sort());
      const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
      expect([...dates].sort().reverse()).toEqual(dates);
      for (const entry of log)
        expect(text(page(UPDATES_PATH[locale]!).doc.querySelector(`#update-${entry.id}`))).toContain(
          entry.text[locale],
        );
    });

    const feedFile = join(DIST, `${p.slice(1)}`, 'rss.xml');
    test('the feed is valid RSS 2.0 with every entry, in the page’s language, its links absolute on the site', () => {
      const xml = readFileSync(feedFile, 'utf8');
      // parse(xml, true) validates first and throws on malformed XML.
      const rss = new XMLParser({ ignoreAttributes: false }).parse(xml, true).rss;
      expect(rss['@_version']).toBe('2.0');
      const channel = rss.channel;
      expect(channel.language).toBe(locale);
      expect(channel.title.length).toBeGreaterThan(0);
      expect(new URL(channel.link).href).toBe(new URL(UPDATES_PATH[locale]!, SITE).href);
      const items = [channel.item].flat();
      expect(items).toHaveLength(log.length);
      for (const entry of log) {
        const item = items.find((i: { link: string }) => i.link.endsWith(`#update-${entry.id}`));
        expect(item, entry.id).toBeDefined();
        expect(item.link).toBe(new URL(`${UPDATES_PATH[locale]}#update-${entry.id}`, SITE).href);
        expect(new Date(item.pubDate).toISOString().slice(0, 10)).toBe(entry.date);
        // The description is HTML (RSS): the entry's text escaped as HTML, read back as text.
        expect(parse(item.description).text).toBe(entry.text[locale]);
      }
    });

    test('every page links to the feed of its language', () => {
      for (const path of [...everyPage().filter((x) => localeOfPath(x) === locale), `${p}/print/`]) {
        const link = page(path).doc.querySelector('link[rel="alternate"][type="application/rss+xml"]');
        expect(link?.getAttribute('href'), path).toBe(new URL(`${p}/rss.xml`, SITE).href);
      }
    });
  });

  describe(`${locale}: citing`, () => {
    for (const path of [`${p}/`, ...sections.map((s) => `${p}/${s.slug}/`)]) {
      test(`${path}: citation_* tags for reference managers, a "Cite this" block and its files`, () => {
        const doc = page(path).doc;
        const meta = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
        const dates = expectedDates(path);
        expect(meta('citation_title')?.replace(/\s+/g, ' ')).toBe(text(doc.querySelector('h1')));
        expect(meta('citation_author')).toBe(publisherOf(locale));
        expect(meta('citation_publication_date')).toBe(dates.published.replace(/-/g, '/'));
        expect(meta('citation_online_date')).toBe(dates.published.replace(/-/g, '/'));
        expect(meta('citation_public_url')).toBe(new URL(path, SITE).href);
        expect(meta('citation_language')).toBe(locale);
        const block = doc.querySelector('.cite-this');
        const chicago = text(block?.querySelector('[data-citation="chicago"]'));
        const apa = text(block?.querySelector('[data-citation="apa"]'));
        for (const citation of [chicago, apa]) {
          expect(citation).toContain(publisherOf(locale));
          expect(citation).toContain(new URL(path, SITE).href);
        }
        for (const a of block!.querySelectorAll('a[download]')) {
          const file = join(DIST, a.getAttribute('href')!);
          expect(existsSync(file), file).toBe(true);
          expect(readFileSync(file, 'utf8')).toContain(new URL(path, SITE).href);
        }
        expect(block!.querySelectorAll('a[download]')).toHaveLength(3);
      });
    }
  });

  describe(`${locale}: the 404 page`, () => {
    const file = locale === 'en' ? '404.html' : `${locale}/404.html`;
    test(`dist/${file} is in the language, not indexed, and leads back`, () => {
      expect(existsSync(join(DIST, file))).toBe(true);
      const doc = page(`/${file.replace(/\.html$/, '/')}`).doc;
      expect(doc.querySelector('html')?.getAttribute('lang')).toBe(locale);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(doc.querySelector('link[rel="canonical"]')).toBeNull();
      const hrefs = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(`${p}/`);
      for (const section of sections) expect(hrefs).toContain(`${p}/${section.slug}/`);
      for (const other of localesWithContent().filter((l) => l !== locale))
        expect(hrefs).toContain(`${prefixOf(other)}/`);
      // Every link is absolute-path: the page is served at any address.
      for (const href of doc
        .querySelectorAll('a, link, script[src]')
        .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''))
        expect(href).toMatch(/^(\/|#|https:|mailto:|$)/);
    });
  });
}
