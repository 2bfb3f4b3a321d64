// The chronology page and the explainer's first screen: every timeline event on its own page with
// its date, source and note; old /#event-… links forwarded there (with JavaScript) or a link to it
// near the timeline (without); the headline, dek, publisher, dates and key facts on a phone's first
// screen, the first figure within two screens, and a #fragment deep in the page landing on its
// target although later sections are laid out lazily (content-visibility).
import { expect, test } from '@playwright/test';
import { dataRows, editionField, localesWithContent, prefixOf, sectionsOf } from '../support/content';
import { DEK_MAX_WORDS, wordCount } from '../../src/lib/explainer';
import { t } from '../../src/lib/i18n';
import type { Locale } from '../../src/lib/locales';
import { chronologyPath } from '../../src/lib/urls';
import { datetimeAttribute } from '../../src/lib/format';

const events = dataRows('timeline.csv');
const PHONE = { width: 390, height: 844 };

for (const locale of localesWithContent() as Locale[]) {
  const p = prefixOf(locale);
  const s = t(locale);
  const chronology = chronologyPath(locale);
  const other: Locale = locale === 'en' ? 'fr' : 'en';

  test.describe(`${locale}: the chronology`, () => {
    test.use({ javaScriptEnabled: false });

    test('lists every event in date order with its date, category, source and note, each at its own anchor', async ({
      page,
    }) => {
      await page.goto(chronology);
      await expect(page.locator('h1')).toHaveText(s.chronologyTitle);
      const ids = await page.locator('li.tl-event').evaluateAll((els) => els.map((e) => e.id));
      const byDate = [...events].sort((a, b) => a.date!.localeCompare(b.date!) || a.id!.localeCompare(b.id!));
      expect(ids).toEqual(byDate.map((e) => e.id));
      for (const event of events) {
        const item = page.locator(`li#${event.id}`);
        await expect(item.locator('time')).toHaveAttribute(
          'datetime',
          datetimeAttribute(event.date!, event.date_precision as 'day'),
        );
        await expect(item.locator('a.tl-date')).toHaveAttribute('href', `#${event.id}`);
        await expect(item.locator('.tl-cat')).toHaveText(s.fig.timeline.categories[event.category as 'arms']);
        const sources = event.source_ids!.split(';');
        await expect(item.locator('.fig-source a')).toHaveCount(sources.length);
        await expect(item.locator('.fig-source a').first()).toHaveAttribute('href', `${p}/sources/#${sources[0]}`);
        const note = locale === 'en' ? event.note : event.note_fr;
        if (note) await expect(item.locator('.tl-note')).not.toBeEmpty();
      }
      // The site's layout: dates, a language switch to the other edition's chronology, a share row.
      await expect(page.locator('[data-page-dates] time').first()).toBeVisible();
      await expect(page.locator(`a[hreflang="${other}"][href="${chronologyPath(other)}"]`).first()).toBeAttached();
      await expect(page.locator('share-links .share-permalink a')).toHaveText(new RegExp(`${chronology}$`));
    });

    test('is in the sitemap', async ({ page }) => {
      const sitemap = await (await page.request.get('/sitemap-0.xml')).text();
      expect(sitemap).toContain(`${chronology}</loc>`);
    });

    test('without JavaScript, an old /#event- link lands on the explainer, whose timeline links to the chronology', async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.goto(`${p}/#event-2013-03-05-chavez-dies`);
      expect(new URL(page.url()).pathname).toBe(`${p}/`);
      const link = page.locator('#figure-timeline a[data-chronology]');
      await expect(link).toHaveAttribute('href', chronology);
      await expect(link).toHaveText(s.fig.timeline.chronologyLink(events.length));
      await expect(link).toBeVisible();
      await link.click();
      await expect(page.locator('h1')).toHaveText(s.chronologyTitle);
    });
  });

  test.describe(`${locale}: old event links, with JavaScript`, () => {
    test('/#event-… is forwarded to the same event in the chronology, which is in view', async ({ page }) => {
      const id = 'event-2013-03-05-chavez-dies';
      await page.goto(`${p}/#${id}`);
      await expect(page).toHaveURL(new RegExp(`${chronology}#${id}$`));
      await expect(page.locator(`li#${id}`)).toBeInViewport();
      // Back leaves the chronology for where the reader was before the explainer, not the bare page.
      expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
    });

    test('a fragment that is no event stays on the explainer', async ({ page }) => {
      const slug = sectionsOf(locale).at(-1)!.slug;
      await page.goto(`${p}/#${slug}`);
      await page.waitForTimeout(300);
      expect(new URL(page.url()).pathname).toBe(`${p}/`);
    });
  });

  test.describe(`${locale}: the first screen on a phone`, () => {
    test.use({ viewport: PHONE });

    test('holds the headline, a short dek, the publisher and the dates, and the start of the key facts; the first figure is within two screens', async ({
      page,
    }) => {
      await page.goto(`${p}/`);
      const dek = editionField('dek', locale);
      expect(wordCount(dek)).toBeLessThanOrEqual(DEK_MAX_WORDS);
      await expect(page.locator('.explainer-head .dek')).toHaveText(dek);
      for (const selector of ['h1', '.explainer-head .dek', '.explainer-head .byline', '[data-page-dates] time']) {
        const box = (await page.locator(selector).first().boundingBox())!;
        expect(box.y + box.height, selector).toBeLessThanOrEqual(PHONE.height);
      }
      const facts = (await page.locator('.key-facts-list > li').first().boundingBox())!;
      expect(facts.y).toBeLessThan(PHONE.height - 40);
      const figure = (await page.locator('main figure').first().boundingBox())!;
      console.log(`${p}/ at 390 px: first figure at ${Math.round(figure.y)} px`);
      expect(figure.y).toBeLessThanOrEqual(2 * PHONE.height);
      // Nothing runs off the side of the screen (the key facts scroll inside their own row).
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    });

    test('the key points open the explainer: at most five, each with its sources', async ({ page }) => {
      await page.goto(`${p}/`);
      const points = page.locator('.key-points-list > li');
      const count = await points.count();
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(5);
      for (const point of await points.all()) {
        const markers = point.locator('[popovertarget]');
        expect(await markers.count()).toBeGreaterThan(0);
        for (const marker of await markers.all())
          await expect(marker).toHaveAccessibleName(
            new RegExp(`^${s.citeLabel(Number(await marker.textContent()), '').replace(/\s/g, '\\s')}\\S`),
          );
      }
      // They come before the first section.
      const pointsY = (await points.first().boundingBox())!.y;
      const sectionY = (await page.locator('section.explainer-section').first().boundingBox())!.y;
      expect(pointsY).toBeLessThan(sectionY);
    });

    test('a link to a section deep in the page lands on its heading', async ({ page }) => {
      const slug = sectionsOf(locale).at(-1)!.slug;
      await page.goto(`${p}/#${slug}`);
      await page.waitForTimeout(500);
      const top = await page.locator(`h2#${slug}`).evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(200);
    });
  });
}
