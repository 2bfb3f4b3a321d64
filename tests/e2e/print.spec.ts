// The print view: complete without JavaScript or network, no controls, and a PDF (A4 and Letter)
// that holds every section and the last source, set to a readable measure. Printing any other
// page (controls hidden, black on white) is checked in tests/e2e/every-page.spec.ts; the links to
// the print view in tests/dist/links.test.ts.
import { expect, test } from '@playwright/test';
import { dataRows, localesWithContent, prefixOf, sectionsOf, siteName } from '../support/content';
import { pdfLines } from '../support/pdf';
import { t } from '../../src/lib/i18n';
import type { Locale } from '../../src/lib/locales';

const sources = dataRows('sources.csv');
/** The last endnote: the sources list puts the article first, then the rest by date. */
const lastSource = [...sources]
  .filter((s) => s.id !== 'source-article')
  .sort((a, b) => a.date!.localeCompare(b.date!) || a.id!.localeCompare(b.id!))
  .at(-1)!;

for (const locale of localesWithContent()) {
  const sections = sectionsOf(locale);
  const p = prefixOf(locale);
  test.describe(`the ${locale} print view without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test('holds every section, every figure as SVG with its data tables in the appendix, and every source with its address', async ({
      page,
    }) => {
      await page.goto(`${p}/`);
      const figuresOnline = await page.locator('main figure:has(svg)').count();
      const quotesOnline = await page.locator('main .pull-quote').count();
      await page.goto(`${p}/print/`);
      for (const section of sections) await expect(page.locator(`h2#${section.slug}`)).toHaveText(section.title);
      expect(figuresOnline).toBeGreaterThan(0);
      await expect(page.locator('main figure:has(svg)')).toHaveCount(figuresOnline);
      // The figures' data tables sit in the appendix after the text, each linked from its figure.
      await expect(page.locator('main figure .fig-data')).toHaveCount(0);
      const links = page.locator('main figure a[href^="#data-table-"]');
      await expect(links).toHaveCount(figuresOnline);
      for (const link of await links.all()) {
        const table = page.locator(`.data-appendix ${await link.getAttribute('href')} table`).first();
        await expect(table).toBeVisible();
      }
      const endnotes = page.locator('.endnotes li');
      await expect(endnotes).toHaveCount(sources.length);
      for (const source of sources) await expect(endnotes.filter({ hasText: source.url! })).toHaveCount(1);
      // Every pull quote of the explainer is on paper too (the English edition quotes in the text).
      await expect(page.locator('.pull-quote')).toHaveCount(quotesOnline);
      for (const quote of await page.locator('.pull-quote').all()) await expect(quote).toBeVisible();
      await expect(page.locator('.note').first()).toBeVisible();
    });

    test('has no navigation, buttons or scripts, and loads nothing but itself', async ({ page, baseURL }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${p}/print/`);
      await expect(page.locator('script[src], script:not([type="application/ld+json"])')).toHaveCount(0);
      await expect(page.locator('button')).toHaveCount(0);
      await expect(page.locator('link[rel="stylesheet"]')).toHaveCount(0);
      await expect(page.locator('.site-header, .toc, .pager, .share-section')).toHaveCount(0);
      const origin = new URL(baseURL!).origin;
      expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
      expect(requests.filter((url) => !/\/print\/$|\.(png|svg)$|favicon/.test(url))).toEqual([]);
    });
  });
}

/** Squashed text: no whitespace, so that words broken across lines and runs still match. */
const squash = (text: string) => text.replace(/\s+/g, '');

for (const locale of localesWithContent() as Locale[]) {
  const sections = sectionsOf(locale);
  const s = t(locale);
  test.describe(`the PDF of the ${locale} print view`, () => {
    for (const format of ['A4', 'Letter'] as const) {
      test(`${format}: every section and the last source, body text at 60–78 characters a line, endnotes in citation order, tables in the appendix, no heading or figure title cut from what follows, addresses broken only after a slash`, async ({
        page,
      }, info) => {
        await page.goto(`${prefixOf(locale)}/print/`);
        // What the page holds, read from its DOM: sources in order of first citation, headings, figures, appendix tables.
        const cited = await page
          .locator('main .prose-body a.cite')
          .evaluateAll((els) => [...new Set(els.map((el) => el.getAttribute('href')!.replace(/^#endnote-/, '')))]);
        const urls = await page.locator('.endnotes li').evaluateAll((els) =>
          els.map((el) => ({
            id: el.id.replace(/^endnote-/, ''),
            url: el.querySelector('.endnote-url')!.textContent!,
          })),
        );
        const headings = await page.locator('main h2, main h3, main .kicker').allTextContents();
        // The figures that fit on a page (in print, at the width of A4's text frame): none may be split.
        const probe = await page.context().newPage();
        await probe.setViewportSize({ width: 643, height: 900 });
        await probe.emulateMedia({ media: 'print' });
        await probe.goto(`${prefixOf(locale)}/print/`);
        const figureTitles = await probe
          .locator('main figure:has(.fig-title)')
          .evaluateAll((els) =>
            els
              .filter((el) => el.getBoundingClientRect().height < 850)
              .map((el) => el.querySelector('.fig-title')!.textContent!),
          );
        await probe.close();
        // Every figure's title, subtitle and first words of its chart (the drawing's first text).
        const figureHeads = await page.locator('main figure:has(.fig-title)').evaluateAll((els) =>
          els.map((el) => ({
            title: el.querySelector('.fig-title')!.textContent!,
            sub: el.querySelector('.fig-sub')?.textContent ?? '',
            chart:
              [...el.querySelectorAll('svg text')].map((t) => t.textContent!.trim()).find((t) => t.length > 3) ?? '',
          })),
        );
        expect(figureHeads.length).toBeGreaterThanOrEqual(3);
        const captions = await page.locator('.data-appendix caption').allTextContents();
        // The contents list near the top repeats the section titles in list type: a page may end inside it.
        const lastContentsEntry = (await page.locator('.print-contents li').last().textContent())!;
        // The last words of the text as printed: without the marks set above the line (note
        // numbers, "corrected") and the words only screen readers get.
        const lastWords = (
          await page
            .locator('main .explainer-section')
            .last()
            .locator('.prose-body > p')
            .last()
            .evaluate((p) => {
              const copy = p.cloneNode(true) as HTMLElement;
              copy.querySelectorAll('.sr-only, .corrected-mark, .cite').forEach((e) => e.remove());
              return copy.textContent!.trim();
            })
        ).slice(-40);
        expect(cited.length).toBeGreaterThan(5);
        expect(captions.length).toBeGreaterThan(0);

        // One PDF per language and paper size: every check on paper reads this one.
        const pdf = await page.pdf({ format, printBackground: true });
        // The page's lines, without what @page writes in the margins (the site's name, page numbers).
        const margin = (l: { text: string }) =>
          /^\d+ \/ \d+$/.test(l.text) || squash(l.text) === squash(siteName(locale));
        const lines = (await pdfLines(new Uint8Array(pdf))).filter((l) => !margin(l));
        const text = squash(lines.map((l) => l.text).join(' '));
        const pages = lines.at(-1)!.page;
        info.annotations.push({ type: 'pdf-pages', description: `${format}: ${pages} pages` });

        // It holds every section title and the last source.
        expect(pages).toBeGreaterThan(5);
        for (const section of sections) expect(text).toContain(squash(section.title));
        expect(text).toContain(squash(lastSource.url!));

        // The measure: the body's size is the one most characters are set in; its full lines (the
        // 90th percentile) run to about 65–75 characters.
        const chars = new Map<number, number>();
        for (const l of lines) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
        const body = [...chars].sort((a, b) => b[1] - a[1])[0]![0];
        const lengths = lines
          .filter((l) => l.size === body)
          .map((l) => l.text.length)
          .sort((a, b) => a - b);
        const full = lengths[Math.floor(lengths.length * 0.9)]!;
        console.log(
          `PDF of ${prefixOf(locale)}/print/ in ${format}: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB, full lines of ${full} characters`,
        );
        expect(full).toBeGreaterThanOrEqual(60);
        expect(full).toBeLessThanOrEqual(78);

        // Endnotes: the cited sources first, in the order the text first cites them.
        expect(urls.slice(0, cited.length).map((u) => u.id)).toEqual(cited);
        // A raised "corrected" mark is read out of the PDF among its line's words: the text's end is
        // looked for without it.
        const mark = new RegExp(squash(s.correctedMark), 'gi');
        const textEnd = text.replace(mark, '').indexOf(squash(lastWords).replace(mark, ''));
        expect(textEnd).toBeGreaterThan(0);
        const notesAt = text.indexOf(squash(s.sources), textEnd);
        const positions = urls.map((u) => text.indexOf(squash(u.url), notesAt));
        expect(urls.filter((_, i) => positions[i]! <= notesAt).map((u) => u.url)).toEqual([]);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);

        // The appendix follows the text and the endnotes; each table's caption is found there and only there.
        const appendixAt = text.lastIndexOf(squash(s.dataAppendix));
        expect(appendixAt).toBeGreaterThan(notesAt);
        for (const caption of captions) expect(text.indexOf(squash(caption)), caption).toBeGreaterThan(appendixAt);

        // No page ends on a heading, and no figure runs from one page to the next (its title and its
        // link to the appendix, its last line, are on one page).
        const lower = (text: string) => squash(text).toLowerCase();
        const contentsEnd = lines.findIndex((l) => lower(lastContentsEntry).endsWith(lower(l.text)));
        expect(contentsEnd).toBeGreaterThanOrEqual(0);
        for (let n = 1; n <= pages; n++) {
          const last = lines.filter((l) => l.page === n).at(-1);
          if (last && lines.indexOf(last) > contentsEnd)
            expect(
              last.size !== body && headings.some((h) => lower(h).endsWith(lower(last.text))),
              `page ${n} ends with "${last.text}"`,
            ).toBe(false);
        }
        const linkStart = squash(s.dataInAppendix(1)).slice(0, 15);
        for (const title of figureTitles) {
          const start = lines.findIndex((l) => squash(l.text).length > 10 && squash(title).startsWith(squash(l.text)));
          expect(start, title).toBeGreaterThanOrEqual(0);
          const end = lines.findIndex((l, i) => i > start && squash(l.text).startsWith(linkStart));
          expect(lines[end]!.page, title).toBe(lines[start]!.page);
        }
        // Each figure's title, subtitle and chart start on one page (a tall chart may run on).
        for (const head of figureHeads) {
          const start = lines.findIndex(
            (l) => squash(l.text).length > 10 && squash(head.title).startsWith(squash(l.text)),
          );
          expect(start, head.title).toBeGreaterThanOrEqual(0);
          const after = (needle: string) =>
            lines.findIndex((l, i) => i > start && squash(l.text).includes(squash(needle).slice(0, 20)));
          if (head.sub) expect(lines[after(head.sub)]?.page, `${head.title}: subtitle`).toBe(lines[start]!.page);
          expect(head.chart, `${head.title}: the chart has text`).not.toBe('');
          expect(lines[after(head.chart)]?.page, `${head.title}: chart`).toBe(lines[start]!.page);
        }
        // An address written out breaks after a "/": never inside "https://", and inside a part of
        // the address only when that part is too long for a line.
        let broken = 0;
        for (const { url } of urls) {
          for (let i = 0; i + 1 < lines.length; i++) {
            const end = squash(lines[i]!.text);
            const next = squash(lines[i + 1]!.text);
            const k = [...Array(url.length).keys()].reverse().find((n) => n >= 4 && end.endsWith(url.slice(0, n)));
            if (k === undefined || !next.startsWith(url.slice(k, k + 8))) continue;
            broken++;
            const partStart = url.lastIndexOf('/', k - 1) + 1;
            const partEnd = url.indexOf('/', k);
            // BreakableUrl keeps parts of up to 36 characters whole.
            const part = url.slice(partStart, partEnd < 0 ? url.length : partEnd + 1);
            expect(url[k - 1] === '/' || part.length > 36, `${url} broken after "${url.slice(0, k)}"`).toBe(true);
            break;
          }
        }
        expect(broken, 'some addresses run over two lines').toBeGreaterThan(0);
      });
    }
  });
}
