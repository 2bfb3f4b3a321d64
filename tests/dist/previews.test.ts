// Link previews, read from the built HTML as a preview service (Facebook, Slack, iMessage, X)
// would: every page has its own title, description and image; the image exists and is a
// 1200×630 PNG; every URL is absolute and on the configured site (astro.config.mjs). Expected
// words come from content/, never from the code under test.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtPages, DIST, distFile, type BuiltPage } from '../support/dist';
import {
  dataRows,
  everyPage,
  expectedDates,
  localeOfPath,
  localesWithContent,
  prefixOf,
  sectionsOf,
  siteName,
} from '../support/content';
import { SITE } from '../support/site';

/** Pages a reader shares: not redirect stubs, not the 404 page, not alternate views marked noindex (/print/). */
const pages = builtPages().filter(
  (page) =>
    !/http-equiv="refresh"/i.test(page.html) &&
    page.path !== '/404/' &&
    !/<meta name="robots" content="[^"]*noindex/i.test(page.html),
);
const OG_LOCALE: Record<string, RegExp> = { en: /^en_US$/, fr: /^fr_FR$/ };

/** What a preview service reads: Open Graph first, then Twitter, then the plain <title> and description. */
function readPreview(page: BuiltPage) {
  const meta = (key: string) =>
    page.doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? undefined;
  const ld = page.doc
    .querySelectorAll('script[type="application/ld+json"]')
    .map((el) => JSON.parse(el.textContent) as Record<string, unknown>);
  return {
    meta,
    title: meta('og:title') ?? page.doc.querySelector('title')?.textContent,
    documentTitle: page.doc.querySelector('title')?.textContent ?? '',
    description: meta('og:description') ?? meta('description'),
    image: meta('og:image'),
    canonical: page.doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
    ld,
  };
}

/** Width and height from a PNG's IHDR chunk; throws if the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error('not a PNG (bad signature)');
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') throw new Error('not a PNG (no IHDR chunk first)');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Every URL a preview or a search engine reads from the page, with where it was found. */
function urlsOf(page: BuiltPage): [string, string][] {
  const p = readPreview(page);
  const found: [string, string][] = [];
  if (p.canonical) found.push(['canonical', p.canonical]);
  for (const key of ['og:url', 'og:image']) {
    const value = p.meta(key);
    if (value) found.push([key, value]);
  }
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string' && /^(https?:)?\/\//.test(value)) found.push([path, value]);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  p.ld.forEach((ld, i) => walk(ld, `ld[${i}]`));
  return found;
}

describe('link previews of the built site', () => {
  test(`there are pages to check (${pages.length}), every one the reading journey expects`, () => {
    const expected = everyPage().sort();
    expect(pages.map((p) => p.path).sort()).toEqual(expected);
  });

  for (const page of pages) {
    describe(page.path, () => {
      const p = readPreview(page);
      const locale = localeOfPath(page.path);

      test('has a title, a description, a canonical URL and Open Graph and Twitter Card tags', () => {
        expect(p.documentTitle.length).toBeGreaterThan(0);
        expect(p.description?.length).toBeGreaterThan(20);
        expect(p.meta('description')).toBe(p.description);
        expect(p.canonical).toBe(new URL(page.path, SITE).href);
        expect(p.meta('og:url')).toBe(p.canonical);
        expect(p.meta('og:type')).toBe('article');
        expect(p.meta('og:site_name')).toBe(siteName(locale));
        expect(p.meta('og:locale')).toMatch(OG_LOCALE[locale]!);
        expect(p.meta('twitter:card')).toBe('summary_large_image');
        // X reads the card's title, description and image from og:title, og:description and
        // og:image (developer.x.com/cards/markup), which every page has; its own copies would repeat them.
        expect(p.title).toBeTruthy();
        expect(p.image).toBeTruthy();
        for (const key of ['twitter:title', 'twitter:description', 'twitter:image'])
          expect(p.meta(key)).toBeUndefined();
        expect(p.meta('twitter:image:alt')).toBe(p.meta('og:image:alt'));
        expect(p.meta('og:image:width')).toBe('1200');
        expect(p.meta('og:image:height')).toBe('630');
        expect(p.meta('og:image:alt')).toContain(p.title);
      });

      test('is dated with the edition’s publication day and the updates log’s last change (ISO 8601)', () => {
        const dates = expectedDates(page.path);
        expect(p.meta('article:published_time')).toBe(dates.published);
        expect(p.meta('article:modified_time')).toBe(dates.updated ?? dates.published);
        for (const key of ['article:published_time', 'article:modified_time'])
          expect(p.meta(key)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      });

      test('its image exists and is a 1200×630 PNG', () => {
        expect(p.image).toBeDefined();
        const file = join(DIST, distFile(p.image!));
        expect(existsSync(file), `${file} is missing`).toBe(true);
        expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
      });

      test('every URL in its head is absolute and on the configured site', () => {
        const urls = urlsOf(page).filter(([where]) => !where.includes('isBasedOn') && !where.includes('@context'));
        expect(urls.length).toBeGreaterThanOrEqual(4);
        for (const [where, url] of urls) {
          expect(url, where).toMatch(/^https?:\/\//);
          expect(new URL(url).origin, `${where}: ${url}`).toBe(SITE.origin);
        }
      });

      test('describes itself in JSON-LD, built on the source article', () => {
        expect(p.ld).toHaveLength(1);
        const ld = p.ld[0]!;
        expect(ld['@context']).toBe('https://schema.org');
        expect(ld.url).toBe(p.canonical);
        const dates = expectedDates(page.path);
        expect(ld.datePublished).toBe(dates.published);
        expect(ld.dateModified).toBe(dates.updated ?? dates.published);
        // Published by the organization named in the edition file (never an invented person).
        const publisher = readFileSync(join('content', 'editions', `${locale}.yaml`), 'utf8').match(
          /^publisher:\n\s+name:\s*"(.*)"$/m,
        )?.[1];
        expect(ld.publisher).toMatchObject({ '@type': 'Organization', name: publisher });
        expect((ld.image as { url: string }).url).toBe(p.image);
        expect(ld.inLanguage).toBe(locale);
        if (ld['@type'] === 'WebPage') {
          expect(page.path).toMatch(/\/(sources|about|a-propos|updates|mises-a-jour|chronology|chronologie)\/$/);
          expect(ld['@type']).toBe('WebPage');
          return;
        }
        const article = dataRows('sources.csv').find((row) => row.id === 'source-article')!;
        expect(ld['@type']).toBe('NewsArticle');
        expect(ld.headline).toBe(p.title);
        expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': p.canonical });
        expect(ld.author).toEqual(ld.publisher);
        const basedOn = ld.isBasedOn as { url: string; author?: { name: string }; datePublished: string };
        expect(basedOn.url).toBe(article.url);
        expect(article.title).toContain(basedOn.author!.name);
        expect(basedOn.datePublished).toBe(article.date);
      });
    });
  }

  test('section pages preview their own title and summary, in their language', () => {
    for (const locale of localesWithContent()) {
      for (const section of sectionsOf(locale)) {
        const page = pages.find((p) => p.path === `${prefixOf(locale)}/${section.slug}/`)!;
        const p = readPreview(page);
        expect(p.title).toBe(section.title);
        expect(p.description).toBe(section.summary);
      }
    }
  });

  test('no two pages of an edition share a title or a description; no two pages share an image, but a section that shows a figure previews that figure’s chart', () => {
    // A section page with a figure links to the figure's page ("Share this figure") and shares its preview image.
    const sharesChart = (page: BuiltPage) => {
      const image = readPreview(page).image;
      const figure = pages.find((other) => other !== page && readPreview(other).image === image);
      const links = page.doc
        .querySelectorAll('.fig-share .share-permalink a')
        .map((a) => new URL(a.getAttribute('href')!).pathname);
      return figure && links.includes(figure.path) ? figure : undefined;
    };
    const own = pages.filter((page) => !sharesChart(page));
    for (const locale of localesWithContent()) {
      const edition = pages.filter((page) => localeOfPath(page.path) === locale);
      const previews = edition.map(readPreview);
      for (const key of ['documentTitle', 'title', 'description'] as const) {
        const values = previews.map((p) => p[key]);
        expect(new Set(values).size, `${locale} ${key}: ${values.join(' | ')}`).toBe(edition.length);
      }
    }
    expect(pages.length - own.length, 'sections previewing a figure').toBeGreaterThan(0);
    expect(new Set(own.map((page) => readPreview(page).image)).size).toBe(own.length);
  });

  test('the Open Graph locale is the same on every page of an edition, and differs between editions', () => {
    const byEdition = (locale: string) =>
      new Set(
        pages.filter((page) => localeOfPath(page.path) === locale).map((page) => readPreview(page).meta('og:locale')),
      );
    expect(byEdition('en').size).toBe(1);
    expect(byEdition('fr')).toEqual(new Set(['fr_FR']));
    expect([...byEdition('en')][0]).not.toBe('fr_FR');
  });
});

describe('robots.txt and the sitemap', () => {
  test('robots.txt allows crawling and points at the sitemap on the configured site', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    expect(robots).toContain(`Sitemap: ${new URL('/sitemap-index.xml', SITE).href}`);
  });

  test('the sitemap lists every page by its canonical URL, and nothing else', () => {
    const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const locs = sitemaps.flatMap((url) => {
      expect(new URL(url).origin).toBe(SITE.origin);
      const xml = readFileSync(join(DIST, distFile(url)), 'utf8');
      return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    });
    expect(locs.sort()).toEqual(pages.map((page) => readPreview(page).canonical).sort());
  });
});
