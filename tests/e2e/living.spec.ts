// "Copy citation" (the clipboard gets the citation as shown), and the 404 pages: served with
// status 404 in the right language, useful without JavaScript, a suggestion for a mistyped
// section address with it, links that work, and no axe violations.
import { expect, test } from '@playwright/test';
import { t } from '../../src/lib/i18n';
import { axeViolations } from '../support/axe';
import { sectionsOf } from '../support/content';

const en = sectionsOf('en');
const fr = sectionsOf('fr');

test.describe('Copy citation', () => {
  for (const [path, locale] of [
    ['/', 'en'],
    [`/${en[4]!.slug}/`, 'en'],
    [`/fr/${fr[1]!.slug}/`, 'fr'],
  ] as const) {
    test(`on ${path}, each style copies its citation as shown and says so`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(path);
      const s = t(locale);
      const block = page.locator('.cite-this');
      for (const style of ['Chicago', 'APA']) {
        const shown = (await block.locator(`[data-citation="${style.toLowerCase()}"]`).innerText()).trim();
        expect(shown).toContain('https://');
        await block.getByRole('button', { name: `${s.copyCitation} (${style})` }).click();
        await expect(block.getByRole('status')).toHaveText(s.citationCopied);
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
      }
    });
  }

  test('where the clipboard is refused, the citation is selected and the reader told how to copy it', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new Error('denied')) },
      });
    });
    await page.goto('/');
    const block = page.locator('.cite-this');
    await block.getByRole('button', { name: 'Copy citation (APA)' }).click();
    await expect(block.getByRole('status')).toHaveText(t('en').citationRefused);
    const selected = await page.evaluate(() => getSelection()?.toString().trim());
    expect(selected).toBe((await block.locator('[data-citation="apa"]').innerText()).trim());
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the citations are there to select, with no dead button', async ({ page }) => {
      await page.goto('/');
      const block = page.locator('.cite-this');
      await expect(block.locator('[data-citation="chicago"]')).toBeVisible();
      await expect(block.getByRole('button')).toHaveCount(0);
      await expect(block.getByRole('link', { name: 'BibTeX' })).toBeVisible();
    });
  });
});

test.describe('the 404 page', () => {
  test('an unknown address answers 404 with the English page, which leads back', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('en').notFoundTitle);
    await expect(page.locator('[data-suggestion]')).toBeHidden();
    await page.getByRole('link', { name: en[2]!.title }).click();
    await expect(page).toHaveURL(new RegExp(`/${en[2]!.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en[2]!.title);
  });

  test('a mistyped section address gets a suggestion that works', async ({ page }) => {
    const target = en[4]!;
    const response = await page.goto(`/${target.slug.slice(0, -2)}x/`);
    expect(response?.status()).toBe(404);
    const suggestion = page.locator('[data-suggestion]');
    await expect(suggestion).toContainText(t('en').notFoundSuggest);
    await suggestion.getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(`/${target.slug}/$`));
  });

  test('under /fr/ the page is French, and links to the English edition', async ({ page }) => {
    const response = await page.goto(`/fr/${fr[3]!.slug}x/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('fr').notFoundTitle);
    await expect(page.locator('[data-suggestion] a')).toHaveAttribute('href', `/fr/${fr[3]!.slug}/`);
    await page.getByRole('link', { name: t('en').thisEdition }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  for (const path of ['/no-such-page/', '/fr/pas-de-page/']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${path} has no axe violations (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  }

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('it still lists every section and the way back', async ({ page }) => {
      await page.goto('/arms/');
      for (const section of en)
        await expect(page.locator('main').getByRole('link', { name: section.title })).toBeVisible();
      await expect(page.locator('main').getByRole('link', { name: t('en').notFoundStart })).toHaveAttribute(
        'href',
        '/',
      );
    });
  });
});
