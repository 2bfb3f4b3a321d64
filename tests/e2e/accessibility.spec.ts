// axe-core on every page, light and dark, phone and desktop widths: zero violations at any impact.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { everyPage } from '../support/content';

const schemes = ['light', 'dark'] as const;
const widths = [390, 1280] as const;

for (const path of everyPage()) {
  for (const colorScheme of schemes) {
    for (const width of widths) {
      test(`${path} has no axe violations (${colorScheme}, ${width}px)`, async ({ page }) => {
        // The one-page explainers hold every section, figure and note: axe needs longer there.
        if (/^\/([a-z]{2}\/)?$/.test(path)) test.slow();
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        expect(violations).toEqual([]);
      });
    }
  }
}
