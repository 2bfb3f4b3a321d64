// axe-core on every page, light and dark, phone and desktop widths: zero violations at any impact.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { everyPage } from '../support/content';

const schemes = ['light', 'dark'] as const;
const widths = [390, 1280] as const;

// The offline pages (shown by the service worker) are pages of the site too.
for (const path of [...everyPage(), '/offline/', '/fr/hors-ligne/']) {
  for (const colorScheme of schemes) {
    for (const width of widths) {
      test(`${path} has no axe violations (${colorScheme}, ${width}px)`, async ({ page }) => {
        // The one-page explainer, the sources list and the timeline's page are long: axe needs longer.
        test.setTimeout(120_000);
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map(
          (v) =>
            `${v.impact} ${v.id}: ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
        expect(violations).toEqual([]);
      });
    }
  }
}
