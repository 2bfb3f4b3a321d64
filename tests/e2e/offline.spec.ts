// Offline reading, tried against the host behaviours that break it: HTML cached by the host
// (GitHub Pages sends max-age=600), trailing slashes redirected either way, a file missing from
// the host. Each test starts its own server on a free port (tests/support/server.ts) and takes
// the network down by making it drop every connection. A first visit saves the page read and the
// offline page of its language, nothing else; the whole explainer is saved on the reader's intent.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { BUDGETS, firstVisitBudgetFor } from '../../src/lib/budgets';
import { OFFLINE_PATHS } from '../../src/lib/precache';
import { sectionsOf } from '../support/content';
import { DIST } from '../support/dist';
import { startServer, type TestServer } from '../support/server';

// The service worker as readers get it (the other browser tests block it: playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const en = sectionsOf('en');
const fr = sectionsOf('fr');

/** Waits until the page says something is saved for offline reading and a worker controls it. */
async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.locator('offline-status')).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 20_000 });
}

/** Waits until the page says its whole language (explainer and print view) is saved. */
async function waitUntilAllSaved(page: Page): Promise<void> {
  await expect(page.locator('offline-status')).toHaveText(
    /explainer, its print version and the chronology|décryptage, sa version imprimable et la chronologie/,
    {
      timeout: 30_000,
    },
  );
}

/** Waits until the server has sent nothing for a while. */
async function quiet(server: TestServer, page: Page): Promise<void> {
  let seen = -1;
  while (seen !== server.log().length) {
    seen = server.log().length;
    await page.waitForTimeout(1200);
  }
}

/** Takes the network down (server and browser) or brings it back. */
async function setOffline(server: TestServer, context: BrowserContext, offline: boolean): Promise<void> {
  server.setOffline(offline);
  await context.setOffline(offline);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

test.describe('a light first visit', () => {
  let server: TestServer;
  test.beforeAll(async () => {
    // Gzip, as the budgets count (a browser that accepts brotli gets less).
    server = await startServer({ dir: DIST, noBrotli: true });
  });
  test.afterAll(() => server.stop());

  const french = (p: string) => p === '/fr/' || p.startsWith('/fr/');

  for (const path of ['/', `/${en[2]!.slug}/`, `/fr/`, `/fr/${fr[2]!.slug}/`]) {
    const budget = firstVisitBudgetFor(path);
    test(`a first visit to ${path} downloads the page, the worker and its language's offline page, nothing else, ≤ ${kb(budget)} all in`, async ({
      browser,
    }) => {
      // The page alone, with service workers blocked, then the same visit with the worker.
      const measure = async (serviceWorkers: 'allow' | 'block') => {
        const context = await browser.newContext({ serviceWorkers });
        const page = await context.newPage();
        const from = server.log().length;
        await page.goto(`${server.origin}${path}`);
        if (serviceWorkers === 'allow') await waitUntilSaved(page);
        await quiet(server, page);
        const log = server.log().slice(from);
        await context.close();
        return log;
      };
      const alone = await measure('block');
      const withWorker = await measure('allow');
      const bytes = (log: typeof alone) => log.reduce((n, r) => n + r.bytes, 0);
      const offline = OFFLINE_PATHS[french(path) ? 'fr' : 'en'];
      // What the visit with the worker asked for beyond the page alone (same paths, same counts).
      const left = alone.map((r) => r.path);
      const extra = withWorker.filter((r) => {
        const i = left.indexOf(r.path);
        if (i === -1) return true;
        left.splice(i, 1);
        return false;
      });
      const background = extra.filter((r) => r.path !== '/sw.js' && r.path !== offline);
      console.log(
        `${path}: first visit all in ${kb(bytes(withWorker))} (page ${kb(bytes(alone))}, then ${extra.map((r) => `${r.path} ${kb(r.bytes)}`).join(', ')}); background ${kb(bytes(background))}`,
      );
      test.info().annotations.push({ type: 'first visit all in', description: `${path}: ${kb(bytes(withWorker))}` });
      expect(extra.map((r) => r.path).sort()).toEqual(['/sw.js', offline].sort());
      expect(bytes(background)).toBe(BUDGETS.backgroundAfterFirstVisit);
      expect(bytes(withWorker)).toBeLessThanOrEqual(budget);
    });
  }

  test('without JavaScript there is no button; with it, one in the contents and one in the footer', async ({
    browser,
  }) => {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      const buttons = page.getByRole('button', { name: 'Save for offline reading' });
      await expect(buttons).toHaveCount(javaScriptEnabled ? 2 : 0);
      if (javaScriptEnabled) await expect(page.locator('toc-spy save-offline')).toBeVisible();
      await context.close();
    }
  });

  test('a second page view saves the explainer and the print view of its language, and says so', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/${en[1]!.slug}/`);
    await waitUntilSaved(page);
    await expect(page.locator('offline-status')).toContainText('this page reads offline');
    const from = server.log().length;
    await page.goto(`${server.origin}/${en[2]!.slug}/`);
    await waitUntilAllSaved(page);
    await quiet(server, page);
    const fetched = server
      .log()
      .slice(from)
      .map((r) => r.path);
    expect(fetched).toContain('/');
    expect(fetched).toContain('/print/');
    expect(fetched).toContain('/chronology/');
    expect(fetched.filter((p) => french(p))).toEqual([]);
    await context.close();
  });

  test('when the browser asks to save data, nothing is saved until the button, which says what it saved', async ({
    browser,
  }) => {
    const context = await browser.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
    );
    const page = await context.newPage();
    const from = server.log().length;
    await page.goto(`${server.origin}/fr/${fr[1]!.slug}/`);
    await quiet(server, page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await page.goto(`${server.origin}/fr/${fr[2]!.slug}/`);
    await quiet(server, page);
    expect(
      server
        .log()
        .slice(from)
        .map((r) => r.path),
    ).not.toContain('/sw.js');
    await expect(page.locator('offline-status')).toBeHidden();

    const box = page.locator('footer save-offline');
    await expect(box.locator('button')).toHaveText('Enregistrer pour lire hors ligne');
    await expect(box).toContainText(/\(\d+\u00a0ko\)/);
    await expect(box).toContainText('Tout le décryptage, sa version imprimable et la chronologie');
    // Offline, the button says why nothing was saved.
    await setOffline(server, context, true);
    await box.locator('button').click();
    await expect(box.locator('[data-said]')).toHaveText(
      'Rien n’est enregistré\u00a0: le site est injoignable. Réessayez en ligne.',
    );
    await setOffline(server, context, false);
    await box.locator('button').click();
    await expect(box.locator('[data-said]')).toHaveText(
      'Enregistré sur cet appareil\u00a0: le décryptage, sa version imprimable et la chronologie se lisent hors ligne.',
      { timeout: 30_000 },
    );
    await expect(box.locator('progress')).toBeHidden();
    // The bar went from none to every file the language saves.
    const bar = await box.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max]);
    expect(bar[0]).toBe(bar[1]);
    expect(bar[1]).toBeGreaterThan(2);
    await waitUntilAllSaved(page);
    const saved = server
      .log()
      .slice(from)
      .map((r) => r.path);
    expect(saved).toContain('/fr/');
    expect(saved).toContain('/fr/print/');
    expect(saved).toContain('/fr/chronologie/');
    expect(saved.filter((p) => p.endsWith('/') && !french(p))).toEqual([]);
    await context.close();
  });
});

// The reader's journey in each language: a section page read, a second page view (which saves the
// explainer and print view of the language), then offline: the explainer with its figures, the
// page read, unsaved sections at their place in the explainer, the offline page of the language
// for any other address, and, for an address of the other language, the reader's offline page.
for (const locale of ['en', 'fr'] as const) {
  const sections = locale === 'en' ? en : fr;
  const prefix = locale === 'en' ? '' : '/fr';
  const words = {
    en: { offline: 'You are offline', sources: '/sources/', chronology: '/chronology/' },
    fr: { offline: 'Vous êtes hors ligne', sources: '/fr/sources/', chronology: '/fr/chronologie/' },
  }[locale];
  const otherLanguage =
    locale === 'en'
      ? ['/fr/', '/fr/sources/', `/fr/${fr[0]!.slug}/`, '/fr/a-propos/', '/fr/hors-ligne/']
      : [
          '/sources/',
          '/about/',
          '/updates/',
          `/${en[0]!.slug}/`,
          `/${en[3]!.slug}/`,
          '/offline/',
          '/print/',
          '/figures/timeline/',
          '/no-such-page/',
          '/',
        ];

  test.describe(`a reader in ${locale === 'en' ? 'English' : 'French'}, offline`, () => {
    let server: TestServer;
    test.beforeAll(async () => {
      server = await startServer({ dir: DIST });
    });
    test.afterAll(() => server.stop());

    test('the explainer with its figures, a visited page, unsaved sections at their place, the offline page otherwise', async ({
      page,
      context,
    }) => {
      const visited = sections[0]!.slug;
      await page.goto(`${server.origin}${prefix}/${visited}/`);
      await waitUntilSaved(page);
      await page.goto(`${server.origin}${prefix}/`);
      await waitUntilAllSaved(page);
      const figures = await page.locator('main figure svg').count();
      expect(figures).toBeGreaterThan(0);
      await setOffline(server, context, true);

      await page.goto(`${server.origin}${prefix}/`);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('main figure svg')).toHaveCount(figures);
      // The figures' behaviour, a file fetched when a figure comes near, was saved with the page.
      await page.locator('arms-chart').scrollIntoViewIfNeeded();
      await expect(page.locator('arms-chart .fig-tip')).toHaveCount(1);
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('"Times New Roman"');

      await page.goto(`${server.origin}${prefix}/print/`);
      await expect(page.locator('h1').first()).toBeVisible();

      // The chronology was saved with the explainer (its events, at their anchors).
      await page.goto(`${server.origin}${words.chronology}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).not.toHaveText(words.offline);
      await expect(page.locator('[id^="event-"]').first()).toBeVisible();

      await page.goto(`${server.origin}${prefix}/${visited}/`);
      await expect(page.locator('h1')).toHaveText(sections[0]!.title);

      for (const section of sections.slice(1)) {
        await page.goto(`${server.origin}${prefix}/${section.slug}/`);
        await expect(page).toHaveURL(`${server.origin}${prefix}/#${section.slug}`);
        await expect(page.locator(`[id="${section.slug}"]`)).toBeVisible();
      }

      await page.goto(`${server.origin}${words.sources}`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.locator('h1')).toHaveText(words.offline);
      await expect(page.locator(`main a[href="${prefix}/"]`).first()).toBeVisible();
      await expect(page.locator('#offline-explainer')).toBeVisible();
      const saved = page.locator('#saved-pages');
      await expect(saved).toBeVisible();
      await expect(saved.locator(`a[href="${prefix}/${visited}/"]`)).toBeVisible();
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');

      // Addresses of the other language, never saved: the reader's own offline page, never the browser's error page.
      for (const path of otherLanguage) {
        const response = await page.goto(`${server.origin}${path}`);
        expect(response, path).not.toBeNull();
        await expect(page.locator('h1'), path).toHaveText(words.offline);
        await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
      }
      await setOffline(server, context, false);
    });
  });
}

for (const slash of ['add', 'strip'] as const) {
  test.describe(`a host that ${slash === 'add' ? 'redirects /x to /x/' : 'redirects /x/ to /x'}, caching HTML for 10 minutes`, () => {
    let server: TestServer;
    test.beforeAll(async () => {
      server = await startServer({ dir: DIST, slash, htmlCache: 'max-age=600' });
    });
    test.afterAll(() => server.stop());

    test('section pages work online after a first visit, and offline', async ({ page, context }) => {
      await page.goto(`${server.origin}/`);
      await waitUntilSaved(page);
      const shape = (slug: string) => (slash === 'add' ? `/${slug}/` : `/${slug}`);
      // Online: the site's own links (with a slash) and the host's shape, both land on the page.
      for (const section of en.slice(0, 3)) {
        for (const asked of [`/${section.slug}/`, `/${section.slug}`]) {
          const response = await page.goto(`${server.origin}${asked}`);
          expect(response?.ok(), `${asked} online`).toBe(true);
          await expect(page).toHaveURL(`${server.origin}${shape(section.slug)}`);
          await expect(page.locator('h1')).toHaveText(section.title);
        }
      }
      await setOffline(server, context, true);
      // Visited pages open as saved; the others at their place in the explainer.
      for (const section of en.slice(0, 4)) {
        await page.goto(`${server.origin}${shape(section.slug)}`);
        if (en.indexOf(section) < 3) await expect(page.locator('h1')).toHaveText(section.title);
        else await expect(page.locator(`[id="${section.slug}"]`)).toBeVisible();
      }
      await setOffline(server, context, false);
      const response = await page.goto(`${server.origin}/${en[4]!.slug}/`);
      expect(response?.ok()).toBe(true);
      await expect(page.locator('h1')).toHaveText(en[4]!.title);
    });
  });
}

test.describe('a host missing the offline page', () => {
  let server: TestServer;
  test.beforeAll(async () => {
    server = await startServer({ dir: DIST, drop: ['/offline/'] });
  });
  test.afterAll(() => server.stop());

  test('the rest is saved and reads offline; an unsaved address gets a minimal offline page in its language', async ({
    page,
    context,
  }) => {
    await page.goto(`${server.origin}/${en[1]!.slug}/`);
    await waitUntilSaved(page);
    await page.goto(`${server.origin}/`);
    await waitUntilAllSaved(page);
    const keys = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((k) => k.startsWith('explainer-') && k !== 'explainer-meta');
      return names.length === 1
        ? (await (await caches.open(names[0]!)).keys()).map((r) => new URL(r.url).pathname)
        : [];
    });
    expect(keys).toContain('/');
    expect(keys).toContain('/print/');
    expect(keys).toContain('/chronology/');
    expect(keys).not.toContain('/offline/');
    await setOffline(server, context, true);
    await page.goto(`${server.origin}/`);
    await expect(page.locator('h1')).toBeVisible();
    await page.goto(`${server.origin}/${en[5]!.slug}/`);
    await expect(page.locator(`[id="${en[5]!.slug}"]`)).toBeVisible();
    for (const [path, lang, title, home] of [
      ['/sources/', 'en', 'You are offline', '/'],
      ['/fr/sources/', 'fr', 'Vous êtes hors ligne', '/fr/'],
    ] as const) {
      await page.goto(`${server.origin}${path}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(title);
      await expect(page.locator(`a[href="${home}"]`)).toBeVisible();
    }
    await setOffline(server, context, false);
  });
});

test.describe('a new build', () => {
  let server: TestServer;
  let dir: string;

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'explainer-offline-'));
    cpSync(DIST, dir, { recursive: true });
    server = await startServer({ dir, htmlCache: 'max-age=600' });
  });

  test.afterAll(() => {
    server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a returning reader gets the new text on the next visit, and the old cache is replaced', async ({
    page,
    context,
  }) => {
    await page.goto(`${server.origin}/sources/`);
    await waitUntilSaved(page);
    await page.goto(`${server.origin}/`);
    await waitUntilAllSaved(page);
    const oldCaches = await page.evaluate(() => caches.keys());

    // A rebuild with a changed page: change the built page, then let the build step write the worker again.
    const file = join(dir, 'sources', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' <span id="rebuilt">(updated)</span></h1>'));
    const { version } = await writeServiceWorker(dir);
    expect(oldCaches).not.toContain(`explainer-${version}`);

    // Visits as a reader makes them (no forced update): the first or the second shows the new text.
    let visits = 0;
    await expect(async () => {
      visits++;
      await page.goto(`${server.origin}/sources/`);
      await expect(page.locator('#rebuilt')).toHaveText('(updated)', { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
    expect(visits).toBeLessThanOrEqual(2);

    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([`explainer-${version}`]));
    await expect
      .poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 })
      .not.toEqual(expect.arrayContaining(oldCaches.filter((k) => k !== 'explainer-meta')));
    await page.goto(`${server.origin}/sources/`);
    await setOffline(server, context, true);
    await page.goto(`${server.origin}/sources/`);
    await expect(page.locator('#rebuilt')).toHaveText('(updated)');
    await page.goto(`${server.origin}/`);
    await expect(page.locator('h1')).toBeVisible();
    await setOffline(server, context, false);
  });
});
