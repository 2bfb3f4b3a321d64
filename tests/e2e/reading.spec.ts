// The reading journey: the whole explainer in order, section links that land where they should,
// section pages with their own titles and working previous/next links, no JavaScript needed.
// Nothing overflowing on a 320 px phone is checked on every page in tests/e2e/every-page.spec.ts.
import { sourceTitle, typographic } from '../../src/lib/data-text';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatDate } from '../../src/lib/format';
import { t } from '../../src/lib/i18n';
import type { Locale } from '../../src/lib/locales';
import { pageTitle } from '../../src/lib/titles';
import { chronologyPath } from '../../src/lib/urls';
import { dataRows, editionField, localesWithContent, prefixOf, sectionsOf, siteName } from '../support/content';

/** The element's top is where a link lands: just under the header's height and a margin (68 px). */
async function expectAtTop(page: Page, element: Locator) {
  const margin = await page.evaluate(() => 4.25 * parseFloat(getComputedStyle(document.documentElement).fontSize));
  await expect.poll(async () => Math.abs((await element.boundingBox())!.y - margin)).toBeLessThanOrEqual(2);
}

for (const locale of localesWithContent() as Locale[]) {
  const sections = sectionsOf(locale);
  const s = t(locale);
  const p = prefixOf(locale);
  test.describe(`${locale} edition`, () => {
    test('the content has sections to test', () => {
      expect(sections.length).toBeGreaterThanOrEqual(8);
      expect(new Set(sections.map((s) => s.slug)).size).toBe(sections.length);
    });

    test.describe('the one-page explainer', () => {
      test('shows the headline, the key facts and every section in reading order', async ({ page }) => {
        await page.goto(`${p}/`);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.getByRole('region', { name: s.keyFacts }).getByRole('listitem')).not.toHaveCount(0);
        const headings = page.locator('[data-section] > .heading-wrapper > h2');
        await expect(headings).toHaveText(sections.map((s) => s.title));
        const ids = await headings.evaluateAll((els) => els.map((el) => el.id));
        expect(ids).toEqual(sections.map((s) => s.slug));
      });

      test('has a table of contents linking to every section in order', async ({ page }) => {
        await page.goto(`${p}/`);
        const toc = page.getByRole('navigation', { name: s.contents });
        await expect(toc.getByRole('link')).toHaveText(sections.map((s) => s.title));
        const hrefs = await toc.getByRole('link').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
        expect(hrefs).toEqual(sections.map((s) => `#${s.slug}`));
      });

      test('is dated: when it was published and updated, the day its record runs to, and the article’s month', async ({
        page,
      }) => {
        await page.goto(`${p}/`);
        const head = page.locator('.explainer-head');
        await expect(head).toContainText(formatDate('2025-08', 'month', locale));
        await expect(head).toContainText(formatDate(editionField('published', locale), 'day', locale));
        await expect(head).toContainText(formatDate(editionField('accountRunsTo', locale), 'day', locale));
      });

      for (const section of sections) {
        test(`/#${section.slug} lands on that heading with its contents entry current`, async ({ page }) => {
          await page.goto(`${p}/#${section.slug}`);
          const heading = page.locator(`h2#${section.slug}`);
          await expect(heading).toBeInViewport();
          await expectAtTop(page, heading);
          const toc = page.getByRole('navigation', { name: s.contents });
          await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);
          await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${section.slug}`);
        });
      }

      // As find-in-page, a script or a screen reader's cursor brings it: with no #fragment, so no
      // scroll anchor held on it. A text laid out late above it (content-visibility) moved a heading
      // 641 px one frame later, under a reader's pointer (5 December).
      test('each section heading and figure scrolled into view on a fresh page stays where it came', async ({
        page,
      }) => {
        for (const id of [...sections.map((section) => section.slug), 'figure-accord-counts']) {
          await page.goto(`${p}/`);
          await page.locator(`#${id}`).scrollIntoViewIfNeeded();
          const tops = await page.locator(`#${id}`).evaluate(async (element) => {
            const tops = [];
            for (let i = 0; i < 8; i++) {
              tops.push(Math.round(element.getBoundingClientRect().top));
              await new Promise((frame) => requestAnimationFrame(frame));
            }
            return tops;
          });
          expect(Math.max(...tops) - Math.min(...tops), `#${id} moved: ${tops.join(' ')}`).toBe(0);
        }
      });

      // The figures below the first screen are laid out only near the viewport
      // (content-visibility: auto, src/styles/article.css): a late section or figure opened by its
      // link must still land at the top, stay there, and not jump when the reader scrolls back up
      // through the sections laid out late.
      for (const target of [sections.at(-1)!.slug, sections.at(-3)!.slug, 'figure-arms-transfers']) {
        for (const width of [390, 1280]) {
          test(`/#${target} at ${width} px puts it at the top of the window, where it stays as the reader scrolls up`, async ({
            page,
          }) => {
            await page.setViewportSize({ width, height: 800 });
            await page.goto(`${p}/#${target}`);
            const element = page.locator(`#${target}`);
            await expectAtTop(page, element);
            await page.waitForTimeout(1000);
            await expectAtTop(page, element);
            const before = (await element.boundingBox())!.y;
            for (let i = 0; i < 6; i++) {
              await page.mouse.wheel(0, -250);
              await page.waitForTimeout(100);
            }
            const scrolled = await page.evaluate(() => scrollY);
            expect(scrolled).toBeGreaterThan(0);
            // Moved by what was scrolled, to within the 2 px of subpixel rounding (a section laid
            // out late would move it by its height's error: tens or hundreds of pixels).
            await expect
              .poll(async () => Math.abs((await element.boundingBox())!.y - before - 1500))
              .toBeLessThanOrEqual(2);
          });
        }
      }

      test('on paper every figure and the endnotes are laid out, none skipped as off screen', async ({ page }) => {
        await page.goto(`${p}/`);
        const lazy = page.locator('.prose-body .fig-host > .fig, .explainer .endnotes');
        expect(await lazy.count()).toBeGreaterThanOrEqual(3);
        const onScreen = await lazy.evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility));
        expect(onScreen.every((value) => value === 'auto')).toBe(true);
        // The <figure> is skipped, not its host (which holds the share row): a skipped host had
        // Chrome lay every figure out once just after DOMContentLoaded (src/styles/article.css).
        const hosts = await page
          .locator('.prose-body .fig-host')
          .evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility));
        expect(hosts.every((value) => value === 'visible')).toBe(true);
        await page.emulateMedia({ media: 'print' });
        const onPaper = await lazy.evaluateAll((els) => els.map((el) => getComputedStyle(el).contentVisibility));
        expect(onPaper.every((value) => value === 'visible')).toBe(true);
      });

      test('the contents entry follows the reader while scrolling', async ({ page }) => {
        await page.goto(`${p}/`);
        const toc = page.getByRole('navigation', { name: s.contents });
        const middle = sections[Math.floor(sections.length / 2)]!;
        await page.locator(`h2#${middle.slug}`).evaluate((el) => el.scrollIntoView({ block: 'start' }));
        await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${middle.slug}`);
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await expect(toc.locator('a[aria-current="true"]')).toHaveAttribute('href', `#${sections.at(-1)!.slug}`);
        await page.evaluate(() => window.scrollTo(0, 0));
        await expect(toc.locator('a[aria-current="true"]')).toHaveCount(0);
      });

      test('the chronology shows the events after August 2025, marked as after the article, each with its source', async ({
        page,
      }) => {
        const later = dataRows('timeline.csv').filter((row) => row.date! > '2025-08-31');
        expect(later.length).toBeGreaterThan(20);
        await page.goto(chronologyPath(locale));
        const items = page.locator('li.tl-event[data-status="after"]');
        await expect(items).toHaveCount(later.length);
        for (const row of later) {
          const item = page.locator(`li#${row.id}`);
          await expect(item).toHaveAttribute('data-status', 'after');
          await expect(item).toContainText(typographic(locale === 'en' ? row.event! : row.event_fr!));
          await expect(item.locator('.fig-source a').first()).toHaveAttribute('href', new RegExp(`^${p}/sources/#`));
        }
      });
    });

    test.describe('section pages', () => {
      test('each has its own title and description, and next links walk every section in order, previous links back', async ({
        page,
      }) => {
        const pager = page.getByRole('navigation', { name: s.sectionNav });
        await page.goto(`${p}/${sections[0]!.slug}/`);
        await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
        for (const [i, section] of sections.entries()) {
          const at = `/${section.slug}/`;
          await expect(page, at).toHaveURL(new RegExp(`${p}/${section.slug}/$`));
          await expect(page, at).toHaveTitle(pageTitle(section.title, siteName(locale)));
          await expect(page.locator('h1'), at).toHaveText(section.title);
          await expect(page.locator('meta[name="description"]'), at).toHaveAttribute('content', section.summary);
          await expect(page.getByRole('link', { name: s.readInFull }), at).toHaveAttribute(
            'href',
            `${p}/#${section.slug}`,
          );
          if (i < sections.length - 1) await pager.locator('a[rel="next"]').click();
          else await expect(pager.locator('a[rel="next"]'), at).toHaveCount(0);
        }
        for (const previous of sections.slice(0, -1).reverse()) {
          await pager.locator('a[rel="prev"]').click();
          await expect(page).toHaveURL(new RegExp(`${p}/${previous.slug}/$`));
          await expect(page.locator('h1')).toHaveText(previous.title);
        }
      });

      test('the link back to the full explainer lands on that section', async ({ page }) => {
        const section = sections[2]!;
        await page.goto(`${p}/${section.slug}/`);
        await page.getByRole('link', { name: s.readInFull }).click();
        await expect(page).toHaveURL(new RegExp(`${p}/#${section.slug}$`));
        await expect(page.locator(`h2#${section.slug}`)).toBeInViewport();
      });
    });

    test.describe('the sources page', () => {
      test('lists every source with publisher, title, date and link, the article first, then by date', async ({
        page,
      }) => {
        // Over a hundred sources, each checked field by field: more time than one page usually needs.
        test.setTimeout(120_000);
        const rows = dataRows('sources.csv');
        const sources = [
          rows.find((r) => r.id === 'source-article')!,
          ...rows
            .filter((r) => r.id !== 'source-article')
            .sort((a, b) => a.date!.localeCompare(b.date!) || a.id!.localeCompare(b.id!)),
        ];
        await page.goto(`${p}/sources/`);
        const items = page.locator('.sources-list > li');
        await expect(items).toHaveCount(sources.length);
        for (const [i, source] of sources.entries()) {
          const item = items.nth(i);
          await expect(item).toHaveAttribute('id', source.id!);
          await expect(item).toContainText(
            typographic(locale === 'fr' && source.publisher_fr ? source.publisher_fr : source.publisher!),
          );
          // A headline in the locale's quotation marks, a description as plain words.
          const title = sourceTitle(
            { title: source.title!, title_kind: source.title_kind === 'description' ? 'description' : 'headline' },
            locale,
          );
          if (source.url!.startsWith('https://'))
            await expect(item.getByRole('link', { name: title, exact: true })).toHaveAttribute('href', source.url!);
          else {
            // Plain-http addresses are shown as text, never linked.
            await expect(item).toContainText(title);
            await expect(item.locator(`a[href="${source.url}"]`)).toHaveCount(0);
          }
          await expect(item).toContainText(source.url!);
          await expect(item.locator('time')).toHaveAttribute('datetime', source.date!);
        }
      });
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('the explainer reads in full', async ({ page }) => {
        await page.goto(`${p}/`);
        for (const section of sections) await expect(page.locator(`h2#${section.slug}`)).toBeVisible();
        // Quotations (pull quotes where an edition sets them) and notes are visible without scripts.
        for (const quote of await page.locator('.pull-quote').all()) await expect(quote).toBeVisible();
        await expect(page.locator('.note').first()).toBeVisible();
        // A section's text far from the window is not laid out (content-visibility: auto), so it is
        // missing from innerText until the reader scrolls to it, as here: every section then shows.
        let words = 0;
        for (const body of await page.locator('main .prose-body').all()) {
          await body.scrollIntoViewIfNeeded();
          await expect(body.locator('p').last()).toBeVisible();
          words += (await body.innerText()).split(/\s+/).length;
        }
        expect(words).toBeGreaterThan(2500);
      });

      test('a section page reads in full and links onward', async ({ page }) => {
        const section = sections[1]!;
        await page.goto(`${p}/${section.slug}/`);
        await expect(page.locator('h1')).toHaveText(section.title);
        await expect(page.locator('.prose-body p').first()).toBeVisible();
        await page.locator('a[rel="next"]').click();
        await expect(page.locator('h1')).toHaveText(sections[2]!.title);
      });
    });
  });
}
