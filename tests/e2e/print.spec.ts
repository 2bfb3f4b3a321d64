// The print view and printing any page: complete without JavaScript or network, controls hidden,
// and a PDF (A4 and Letter) that holds every section and the last source.
import { expect, test } from '@playwright/test';
import { dataRows, everyPage, localeOfPath, localesWithContent, prefixOf, sectionsOf } from '../support/content';
import { pdfText } from '../support/pdf';

const sources = dataRows('sources.csv');
/** The last endnote: the sources list puts the article first, then the rest by date. */
const lastSource = [...sources].filter((s) => s.id !== 'source-article').sort((a, b) => a.date!.localeCompare(b.date!) || a.id!.localeCompare(b.id!)).at(-1)!;

for (const locale of localesWithContent()) {
const sections = sectionsOf(locale);
const p = prefixOf(locale);
test.describe(`the ${locale} print view without JavaScript`, () => {
  test.use({ javaScriptEnabled: false });

  test('holds every section, every figure as SVG with its data table, and every source with its address', async ({ page }) => {
    await page.goto(`${p}/`);
    const figuresOnline = await page.locator('main figure:has(svg)').count();
    const quotesOnline = await page.locator('main .pull-quote').count();
    await page.goto(`${p}/print/`);
    for (const section of sections) await expect(page.locator(`h2#${section.slug}`)).toHaveText(section.title);
    expect(figuresOnline).toBeGreaterThan(0);
    await expect(page.locator('main figure:has(svg)')).toHaveCount(figuresOnline);
    for (const table of await page.locator('main figure table').all()) await expect(table).toBeVisible();
    const endnotes = page.locator('.endnotes li');
    await expect(endnotes).toHaveCount(sources.length);
    for (const source of sources) await expect(page.locator(`#endnote-${source.id}`)).toContainText(source.url!);
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

test.describe('printing any page', () => {
  for (const path of everyPage()) {
    test(`${path}: no navigation or button is visible on paper, and colours are light`, async ({ page }) => {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await page.goto(path);
      for (const control of await page.locator('nav, button, .heading-link, .self-link').all()) await expect(control).toBeHidden();
      const colours = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, ink: getComputedStyle(document.body).color }));
      expect(colours).toEqual({ bg: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)' });
      await expect(page.locator('h1')).toBeVisible();
    });
  }

  test('links to the print view in its language from every page', async ({ page }) => {
    for (const path of everyPage()) {
      await page.goto(path);
      await expect(page.locator(`a[href="${prefixOf(localeOfPath(path))}/print/"]`).first()).toBeAttached();
    }
  });
});

for (const locale of localesWithContent()) {
const sections = sectionsOf(locale);
test.describe(`the PDF of the ${locale} print view`, () => {
  for (const format of ['A4', 'Letter'] as const) {
    test(`${format}: holds every section title and the last source`, async ({ page }, info) => {
      await page.goto(`${prefixOf(locale)}/print/`);
      const pdf = await page.pdf({ format, printBackground: true });
      const { text, pages } = await pdfText(new Uint8Array(pdf));
      info.annotations.push({ type: 'pdf-pages', description: `${format}: ${pages} pages` });
      console.log(`PDF of ${prefixOf(locale)}/print/ in ${format}: ${pages} pages, ${(pdf.length / 1024).toFixed(0)} KB`);
      const squash = (s: string) => s.replace(/\s+/g, '');
      for (const section of sections) expect(squash(text)).toContain(squash(section.title));
      expect(squash(text)).toContain(squash(lastSource.url!));
      expect(pages).toBeGreaterThan(5);
    });
  }
});
}
