// Controls a script reveals ("Save for offline reading", "Copy link") are rendered `hidden`. Where
// scripts run, their place is kept from the first paint, unseen, so nothing moves when they appear
// (a page opened at a #fragment stays where it landed); without JavaScript, and on paper, they take
// no room at all. Tailwind's base rule `[hidden] { display: none !important }` outranks any
// component rule, so the rules that keep the places must outrank it (src/styles/offline.css,
// src/styles/share.css). "Before the script" is a page whose scripts are held back.
import { expect, test, type Page } from '@playwright/test';

const CONTROLS = {
  'the footer’s “Save for offline reading”': 'footer save-offline',
  'the contents’ “Save for offline reading”': 'toc-spy save-offline',
  'a section’s “Copy link”': 'main share-links [data-copy]',
  'a citation’s “Copy citation”': '.cite-this [data-copy]',
};

/** The size of an element, or null when it takes no room. */
const sizeOf = async (page: Page, selector: string) => {
  const box = await page.locator(selector).first().boundingBox();
  return box && box.height > 0 ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
};

// The service worker as readers get it: the "Save for offline reading" buttons show with it.
test.use({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'allow' });

for (const [name, selector] of Object.entries(CONTROLS)) {
  test(`${name}: unseen but in its place before the script, the same place once shown; no room without JavaScript or on paper`, async ({
    page,
    browser,
  }) => {
    const path = '/';
    await page.route('**/_astro/*.js', (route) => route.abort());
    await page.goto(path);
    const control = page.locator(selector).first();
    await expect(control).toHaveAttribute('hidden');
    await expect(control).toBeHidden();
    const kept = await sizeOf(page, selector);
    expect(kept, 'its place is kept').not.toBeNull();

    await page.emulateMedia({ media: 'print' });
    expect(await sizeOf(page, selector), 'no room on paper').toBeNull();

    const shown = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await shown.goto(path);
    // A control far down the page may come to life only as it nears the viewport.
    await shown
      .locator(selector)
      .first()
      .evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await expect(shown.locator(selector).first()).toBeVisible();
    expect(await sizeOf(shown, selector)).toEqual(kept);
    await shown.close();

    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const noJs = await context.newPage();
    await noJs.goto(path);
    await expect(noJs.locator(selector).first()).toBeHidden();
    expect(await sizeOf(noJs, selector), 'no room without JavaScript').toBeNull();
    await context.close();
  });
}

test('every other element rendered hidden takes no room, before the script and without it', async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.route('**/_astro/*.js', (route) => route.abort());
    for (const path of ['/', '/fr/armes-et-petrole/', '/offline/']) {
      await page.goto(path);
      const shown = await page.evaluate((kept) => {
        const keptPlaces = [...document.querySelectorAll(kept)];
        return [...document.querySelectorAll('[hidden]')]
          .filter((el) => !keptPlaces.includes(el) && el.getClientRects().length > 0)
          .map((el) => el.outerHTML.slice(0, 80));
      }, Object.values(CONTROLS).join(', '));
      expect(shown, `${path}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`).toEqual([]);
    }
    await context.close();
  }
});
