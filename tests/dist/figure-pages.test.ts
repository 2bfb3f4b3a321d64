// Each figure's own page, as the built site serves it: found from the explainer's own links (the
// "Embed" link under each figure), checked against the published list (tests/public-urls.json);
// its embed page, its PNG and SVG downloads, its preview image, and the places that list it (the
// sitemap, the offline cache). The rows under the figures in the explainer stay small.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { readFigurePage } from '../../src/integrations/figure-files';
import { CARD_MIN_TEXT, cardLayout } from '../../src/lib/figure-svg';
import { precacheUrls } from '../../src/lib/precache';
import { builtPages, DIST, distFile, filesUnder, type BuiltPage } from '../support/dist';
import { intentLists } from '../support/offline-weight';
import { embedPathOf, figurePages, localesWithContent, prefixOf, sectionsOf } from '../support/content';
import { SITE } from '../support/site';

const pages = builtPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const published = JSON.parse(readFileSync(join('tests', 'public-urls.json'), 'utf8')) as { pages: string[] };

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// Collapses ASCII white space only: French text keeps its no-break spaces.
const text = (page: BuiltPage, selector: string) =>
  page.doc
    .querySelector(selector)
    ?.textContent.replace(/[ \t\n\r]+/g, ' ')
    .trim() ?? '';
const meta = (page: BuiltPage, key: string) =>
  page.doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';

for (const locale of localesWithContent()) {
  const home = byPath.get(`${prefixOf(locale)}/`)!;
  // The figure pages the explainer links to, one per figure it shows.
  const figureIds = home.doc.querySelectorAll('figure[id^="figure-"]').map((f) => f.id);
  const linked = home.doc
    .querySelectorAll('.fig-share .share-permalink a')
    .map((a) => new URL(a.getAttribute('href')!).pathname);

  describe(`${locale}: figure pages`, () => {
    test('every figure of the explainer has a page, linked under it, and the published list has them all', () => {
      const withPages = figureIds.filter((id) => !/^figure-arms-(customers|systems)$/.test(id));
      expect(linked.length).toBe(withPages.length);
      expect(linked.length).toBeGreaterThanOrEqual(3);
      expect([...linked].sort()).toEqual(figurePages(locale).sort());
      for (const path of linked) {
        expect(published.pages).toContain(path);
        expect(published.pages).toContain(embedPathOf(path));
      }
    });

    for (const path of linked) {
      describe(path, () => {
        const page = byPath.get(path)!;
        const id = page?.doc.querySelector('figure[id^="figure-"]')?.id ?? '';
        const title = text(page, `#${id}-title`);
        // The section that shows the figure, as the figure page names it (a link to its page).
        const section = sectionsOf(locale).find((s) =>
          page?.doc.querySelector(`a[href="${prefixOf(locale)}/${s.slug}/"]`),
        );

        test('shows the figure with its title, source line, data table and CSV link, and links to its place in the explainer', () => {
          expect(home.doc.querySelector(`#${id}`)).not.toBeNull();
          expect(title.length).toBeGreaterThan(10);
          expect(text(page, `#${id}`)).toContain(text(home, `#${id}-title`));
          expect(page.doc.querySelector(`#${id} .fig-source`)).not.toBeNull();
          expect(page.doc.querySelector(`#${id} a[href$=".csv"]`)).not.toBeNull();
          expect(page.doc.querySelector(`#${id} details.fig-data, #${id} a[data-chronology]`)).not.toBeNull();
          expect(page.doc.querySelector(`a[href="${prefixOf(locale)}/#${id}"]`)).not.toBeNull();
          expect(section, 'a link to the section that shows the figure').toBeDefined();
          expect(byPath.get(`${prefixOf(locale)}/${section!.slug}/`)!.doc.querySelector(`#${id}`)).not.toBeNull();
        });

        test('previews its chart: absolute URLs, a 1200×630 PNG of its own, shared by the section that shows it', () => {
          expect(meta(page, 'og:title')).toBe(title);
          expect(meta(page, 'og:url')).toBe(new URL(path, SITE).href);
          const image = meta(page, 'og:image');
          expect(image.startsWith(SITE.origin)).toBe(true);
          expect(pngSize(join(DIST, distFile(image)))).toEqual({ width: 1200, height: 630 });
          const sectionPage = byPath.get(`${prefixOf(locale)}/${section!.slug}/`)!;
          expect(meta(sectionPage, 'og:image')).toBe(image);
          expect(meta(sectionPage, 'og:image:alt')).toContain(title);
        });

        test('its preview card carries a short title, shown whole, beside a detail of the phone drawing at 24-px type', () => {
          const card = page.doc.querySelector('[data-card-title]')?.getAttribute('data-card-title') ?? '';
          expect(card.length).toBeGreaterThan(10);
          expect(card.length).toBeLessThan(title.length);
          const read = readFigurePage(page.html, id);
          expect(read.cardTitle).toBe(card);
          expect(read.narrow.width).toBeLessThan(read.chart.width);
          const layout = cardLayout(read.narrow, {
            lang: locale,
            kicker: read.text.kicker,
            title: card,
            siteName: read.siteName,
          });
          expect(layout.texts[1]!.lines.join(' ')).toBe(card);
          expect(12 * layout.chart.scale).toBeGreaterThanOrEqual(CARD_MIN_TEXT);
        });

        test('offers its PNG (twice the SVG’s size) and a standalone SVG (well-formed XML, titled, styled)', () => {
          const png = page.doc.querySelector(`a[download][href$=".png"]`)!.getAttribute('href')!;
          const svgHref = page.doc.querySelector(`a[download][href$=".svg"]`)!.getAttribute('href')!;
          expect(png.startsWith(path)).toBe(true);
          const svg = readFileSync(join(DIST, distFile(svgHref)), 'utf8');
          expect(() => new Resvg(svg), 'parses as XML (resvg’s parser is strict)').not.toThrow();
          expect(svg).toMatch(/^<\?xml[^>]*\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
          expect(svg.match(/<title>([^<]*)<\/title>/)?.[1]).toBe(title.replace(/&/g, '&amp;'));
          expect(svg).toContain('<style>');
          expect(svg).not.toMatch(/var\(--|data-[a-z]+=|<script/);
          const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)![1]);
          const height = Number(svg.match(/<svg[^>]* height="(\d+)"/)![1]);
          expect(pngSize(join(DIST, distFile(png)))).toEqual({ width: width * 2, height: height * 2 });
          // The same files for the same link under the figure in the explainer.
          expect(home.doc.querySelector(`a[download][href="${png}"]`)).not.toBeNull();
        });

        test('gives the embed code: an <iframe> of its embed page, absolute, titled', () => {
          const code = page.doc.querySelector('textarea#embed-code')!.textContent;
          const iframe = code
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&');
          // The frame, then the script that sizes it, listening to the site's origin only.
          expect(iframe).toMatch(/^<iframe [^>]*><\/iframe>\n<script>(?:(?!<\/)[^\n])*<\/script>$/);
          expect(iframe).toContain(`e.origin==${JSON.stringify(new URL(SITE).origin)}`);
          expect(iframe).toContain(`src="${new URL(embedPathOf(path), SITE).href}"`);
          expect(iframe).toContain(`title="${title}"`);
          expect(page.doc.querySelector('label[for="embed-code"]')).not.toBeNull();
        });

        test('its embed page: the figure alone, its source, a link back; not indexed; no share row', () => {
          const embed = byPath.get(embedPathOf(path))!;
          expect(embed.doc.querySelector(`figure#${id}`)).not.toBeNull();
          expect(embed.doc.querySelector(`#${id} .fig-source`)).not.toBeNull();
          expect(embed.doc.querySelector(`a[href="${new URL(path, SITE).href}"]`)).not.toBeNull();
          expect(meta(embed, 'robots')).toBe('noindex');
          expect(embed.doc.querySelectorAll('.site-header, .site-footer, share-links, .fig-share')).toHaveLength(0);
        });

        test(`HTML within 20 KB gzipped (page and embed page)`, () => {
          for (const p of [page, byPath.get(embedPathOf(path))!])
            expect(gzipSync(p.html, { level: 9 }).length, p.path).toBeLessThanOrEqual(20 * 1024);
        });
      });
    }

    test('the print view links to each figure page, with no share, download or embed controls', () => {
      const print = byPath.get(`${prefixOf(locale)}/print/`)!;
      for (const path of linked)
        expect(print.doc.querySelector(`a[href="${new URL(path, SITE).href}"]`), path).not.toBeNull();
      expect(print.doc.querySelectorAll('share-links, .fig-share, .fig-embed, textarea')).toHaveLength(0);
    });

    test('the row under each figure in the explainer adds at most 400 bytes gzipped per figure (the embed code stays on the figure page)', () => {
      const without = home.html.replace(/<div class="fig-share">[\s\S]*?<\/p><\/div>/g, '');
      const rows = (home.html.match(/<div class="fig-share">/g) ?? []).length;
      expect(rows).toBe(linked.length);
      expect(without).not.toContain('fig-share');
      const gz = (html: string) => gzipSync(html, { level: 9 }).length;
      expect((gz(home.html) - gz(without)) / rows).toBeLessThanOrEqual(400);
    });

    test('the explainer links each figure to its embed code, which its own page holds', () => {
      expect(home.doc.querySelectorAll('textarea')).toHaveLength(0);
      for (const path of linked) {
        expect(home.doc.querySelector(`.fig-files a[href="${path}#embed-code"]`), path).not.toBeNull();
        expect(byPath.get(path)!.doc.querySelector('textarea#embed-code'), path).not.toBeNull();
      }
    });
  });
}

describe('figure pages in the sitemap and the offline cache', () => {
  const figurePaths = localesWithContent().flatMap((l) => figurePages(l));
  const sitemap = filesUnder(DIST)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join(DIST, f), 'utf8'))
    .join('\n');

  test('the sitemap lists every figure page and no embed page', () => {
    for (const path of figurePaths) {
      expect(sitemap).toContain(`<loc>${new URL(path, SITE).href}</loc>`);
      expect(sitemap).not.toContain(`<loc>${new URL(embedPathOf(path), SITE).href}</loc>`);
    }
  });

  test('the worker may store the figure pages; the images are neither stored nor saved in the background', () => {
    const files = filesUnder(DIST).map((path) => ({ path: path.replace(/\\/g, '/'), hash: '' }));
    const stored = precacheUrls(files);
    for (const path of figurePaths) {
      expect(stored).toContain(path);
      expect(stored).toContain(embedPathOf(path));
    }
    const images = files.filter(
      (f) => figurePaths.some((p) => `/${f.path}`.startsWith(p)) && /\.(png|svg)$/.test(f.path),
    );
    expect(images.length).toBe(figurePaths.length * 2);
    expect(stored.filter((u) => images.some((f) => `/${f.path}` === u))).toEqual([]);
    const background = Object.values(intentLists())
      .flat()
      .map(([url]) => url);
    expect(background.filter((u) => /\.(png|svg)$/.test(u) || figurePaths.some((p) => u.startsWith(p)))).toEqual([]);
    expect(existsSync(join(DIST, 'sw.js'))).toBe(true);
  });
});
