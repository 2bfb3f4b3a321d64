// axe-core for the browser tests: the violations on a page as it is, one line each.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core's violations on the page, one line each (impact, rule, help, the first three nodes).
 * axe runs in the page itself (`setLegacyMode`): it still tests same-origin frames, and the site
 * has no other kind. The default mode joins the frames' results in a second, blank page, which
 * took 4–8 s more than the audit itself on the one-page explainer. Only the violations come back
 * with all their nodes: the passes, 2.5 MB of JSON on `/`, are not read.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (v) =>
      `${v.impact} ${v.id}: ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
