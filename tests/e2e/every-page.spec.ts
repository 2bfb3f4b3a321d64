// One visit per page does every check that needs a browser and holds for every page: no request
// leaves the site and nothing logs an error, a warning or a CSP violation (the page scrolled
// through, so that enhancements wired on view run too); axe-core finds no violation (light, 1280
// px); a French page shows no English interface string; and for the reading pages, printed, no
// control shows (a source note's number does) and the colours are black on white, and at 320 px nothing overflows sideways. Every page of the sitemap is
// visited, and the pages outside it that readers see (the figures' embed pages, the offline
// pages). Dark mode at the phone width gets axe on one page of each template in each language
// (and at 1280 px on the explainer).
// What needs no browser (the links to the print view, hreflang, heading links) is in tests/dist.
import { expect, test, type Page } from '@playwright/test';
import {
  ABOUT_PATH,
  CHRONOLOGY_PATH,
  embedPathOf,
  figurePages,
  localeOfPath,
  localesWithContent,
  OFFLINE_PATH,
  prefixOf,
  sectionsOf,
  UPDATES_PATH,
} from '../support/content';
import { axeViolations } from '../support/axe';
import { sitemapPaths } from '../support/dist';
import { englishInterfacePieces, englishLeftIn, pageWords } from '../support/strings';

// The service worker as readers get it (the other browser tests block it: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const embedPages = localesWithContent().flatMap((locale) => figurePages(locale).map(embedPathOf));
const offlinePages = localesWithContent().map((locale) => OFFLINE_PATH[locale]!);
const figureOrEmbed = (path: string) => /^(\/[a-z]{2})?\/(figures|graphiques)\//.test(path);

/** One page of each template, in each language. */
const templates = localesWithContent().flatMap((locale) => {
  const p = prefixOf(locale);
  const figure = figurePages(locale)[0]!;
  return [
    `${p}/`,
    `${p}/${sectionsOf(locale)[0]!.slug}/`,
    `${p}/sources/`,
    ABOUT_PATH[locale]!,
    UPDATES_PATH[locale]!,
    CHRONOLOGY_PATH[locale]!,
    figure,
    embedPathOf(figure),
    OFFLINE_PATH[locale]!,
  ];
});

/** Opens a page and scrolls through it, noting every request it makes and every error, warning and CSP violation it logs. */
async function visit(page: Page, path: string): Promise<{ requests: string[]; errors: string[] }> {
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  // Scroll through the page so that lazily loaded enhancements load too.
  await page.evaluate(async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
  return { requests, errors };
}

/** axe-core's violations on the page as it is; a figure's page shows its data and embed code open. */
async function violationsShown(page: Page, path: string): Promise<string[]> {
  if (figureOrEmbed(path))
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  return axeViolations(page);
}

const inSitemap = sitemapPaths();
const pieces = englishInterfacePieces();

for (const path of [...inSitemap, ...embedPages, ...offlinePages]) {
  const more = inSitemap.includes(path) ? ', prints cleanly, fits 320 px' : '';
  test(`${path}: nothing from another origin, no error or CSP violation, no axe violation${more}`, async ({
    page,
    baseURL,
  }) => {
    // The one-page explainer, the sources list and the timeline's page are long: axe needs longer.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1280, height: 900 });
    const { requests, errors } = await visit(page, path);
    const origin = new URL(baseURL!).origin;
    expect(requests.length).toBeGreaterThan(1);
    expect.soft(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect.soft(errors).toEqual([]);

    expect.soft(await violationsShown(page, path), 'axe, light, 1280 px').toEqual([]);

    if (localeOfPath(path) === 'fr') {
      const text = await pageWords(page);
      expect(pieces.length).toBeGreaterThan(20);
      expect.soft(englishLeftIn(text, pieces), 'English interface strings').toEqual([]);
    }

    // The reading pages (those of the sitemap) on paper and on a small phone.
    if (!inSitemap.includes(path)) return;
    // On paper, even from a reader in dark mode: no control (nor a share row's label), black on white, the title kept. A
    // source note's marker is a button on screen; on paper it is the number of its endnote.
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const shownControls = await page
      .locator('nav, button:not([popovertarget]), .heading-link, .self-link, .share')
      .evaluateAll((els) =>
        els
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`),
      );
    expect.soft(shownControls, 'controls shown on paper').toEqual([]);
    const hiddenNotes = await page
      .locator('main :is(.cite, [popovertarget])')
      .evaluateAll((els) => els.filter((el) => el.getBoundingClientRect().width === 0).map((el) => el.textContent));
    expect.soft(hiddenNotes, 'source note numbers missing on paper').toEqual([]);
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      ink: getComputedStyle(document.body).color,
    }));
    expect.soft(colours, 'printed colours').toEqual({ bg: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)' });
    await expect.soft(page.locator('h1').first()).toBeVisible();
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect.soft(overflow, 'sideways overflow at 320 px').toBeLessThanOrEqual(0);
  });
}

// Dark mode at a phone's width on every template; at a desktop's too on the one-page explainer,
// the one template with parts shown only on wide screens (the contents beside the text).
for (const path of templates) {
  for (const width of path === '/' || path === '/fr/' ? [390, 1280] : [390]) {
    test(`${path} in dark mode at ${width} px: no axe violation`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(path);
      expect(await violationsShown(page, path)).toEqual([]);
    });
  }
}

test('every template is among the pages visited', () => {
  const visited = new Set([...inSitemap, ...embedPages, ...offlinePages]);
  expect(templates.filter((path) => !visited.has(path))).toEqual([]);
  expect(inSitemap.length).toBeGreaterThan(20);
});
