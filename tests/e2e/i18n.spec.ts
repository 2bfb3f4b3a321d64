// Two languages in the browser: the language switch leads to the same place, keeping the
// #fragment, with or without JavaScript. The static parts (lang, hreflang, the switch's address)
// are checked on the built pages (tests/dist/languages.test.ts); French pages are searched for
// English interface strings in tests/e2e/every-page.spec.ts, and the print view here.
import { expect, test } from '@playwright/test';
import { englishInterfacePieces, englishLeftIn, pageWords } from '../support/strings';
import { sectionsOf, translationKeys } from '../support/content';

const enToFr = Object.fromEntries(Object.entries(translationKeys('fr')).map(([fr, en]) => [en, fr]));

test('the switch keeps the place: a section anchor is translated, a figure or event id kept', async ({ page }) => {
  const section = sectionsOf('en')[4]!;
  await page.goto(`/#${section.slug}`);
  await page.locator('a.language-switch').click();
  await expect(page).toHaveURL(new RegExp(`/fr/#${enToFr[section.slug]}$`));
  await expect(page.locator(`#${enToFr[section.slug]}`)).toBeInViewport();

  await page.goto('/fr/#figure-accord-counts');
  await page.locator('a.language-switch').click();
  await expect(page).toHaveURL(/\/#figure-accord-counts$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the switch still opens the same page in the other language', async ({ page }) => {
    const fr = sectionsOf('fr')[2]!;
    await page.goto(`/fr/${fr.slug}/`);
    await page.locator('a.language-switch').click();
    await expect(page).toHaveURL(new RegExp(`/${translationKeys('fr')[fr.slug]}/$`));
  });
});

// The French print view is outside the sitemap, which tests/e2e/every-page.spec.ts reads for the
// same check on every other French page.
test('/fr/print/ shows no English interface string', async ({ page }) => {
  const pieces = englishInterfacePieces();
  expect(pieces.length).toBeGreaterThan(20);
  await page.goto('/fr/print/');
  const text = await pageWords(page);
  expect(englishLeftIn(text, pieces)).toEqual([]);
});
