// A malformed #fragment (a broken percent escape) must not stop the page's scripts: the
// language switch, the contents and the timeline read the fragment on load and on every change.
import { expect, test } from '@playwright/test';
import { sectionsOf } from '../support/content';

const section = sectionsOf('en').find((s) => s.slug)!.slug;

for (const path of ['/', '/fr/', `/${section}/`]) {
  test(`${path}#%E0%A4%A: no script error, and the scripts still work`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${path}#%E0%A4%A`);
    await page.evaluate(() => {
      location.hash = '%E0%A4%B';
    });
    await page.waitForTimeout(300);
    // The language switch still carries a fragment over once it changes to a good one.
    await page.evaluate(() => {
      location.hash = 'figure-timeline';
    });
    await expect(page.locator('language-switch a')).toHaveAttribute('href', /#figure-timeline$/);
    expect(errors).toEqual([]);
  });
}
