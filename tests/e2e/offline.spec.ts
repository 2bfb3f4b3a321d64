// Offline reading, tried against the host behaviours that break it: HTML cached by the host
// (GitHub Pages sends max-age=600), trailing slashes redirected either way, a file missing from
// the host. Each test starts its own server on a free port (tests/support/server.ts) and takes
// the network down by making it drop every connection.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { BACKGROUND_BUDGET } from '../../src/lib/precache';
import { sectionsOf } from '../support/content';
import { DIST } from '../support/dist';
import { startServer, type TestServer } from '../support/server';

const en = sectionsOf('en');
const fr = sectionsOf('fr');

/** Waits until the page says the explainer is saved for offline reading and a worker controls it. */
async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.locator('offline-status')).toBeVisible({ timeout: 20_000 });
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 20_000 });
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

  for (const path of ['/', `/${en[2]!.slug}/`, `/fr/${fr[2]!.slug}/`]) {
    test(`background downloads after a first visit to ${path} stay within ${kb(BACKGROUND_BUDGET)}, its language only`, async ({
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
      const worker = withWorker.filter((r) => r.path === '/sw.js');
      const background = bytes(withWorker) - bytes(alone) - bytes(worker);
      test.info().annotations.push({
        type: 'background bytes',
        description: `${path}: ${kb(background)} (gzip on the wire) in ${withWorker.length - alone.length - worker.length} requests, plus sw.js ${kb(bytes(worker))}`,
      });
      console.log(
        `${path}: background ${kb(background)} in ${withWorker.length - alone.length - worker.length} requests, plus sw.js ${kb(bytes(worker))}`,
      );
      expect(background).toBeLessThanOrEqual(BACKGROUND_BUDGET);
      const french = (p: string) => p === '/fr/' || p.startsWith('/fr/');
      const otherLanguage = withWorker.filter((r) => r.path.endsWith('/') && french(r.path) !== french(path));
      expect(otherLanguage.map((r) => r.path)).toEqual([]);
      expect(withWorker.filter((r) => /print|\/icons\//.test(r.path)).map((r) => r.path)).toEqual([]);
    });
  }

  test('nothing is downloaded in the background when the browser asks to save data', async ({ browser }) => {
    const context = await browser.newContext();
    await context.addInitScript(() =>
      Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }),
    );
    const page = await context.newPage();
    const from = server.log().length;
    await page.goto(`${server.origin}/${en[1]!.slug}/`);
    await quiet(server, page);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(
      server
        .log()
        .slice(from)
        .map((r) => r.path),
    ).not.toContain('/sw.js');
    await expect(page.locator('offline-status')).toBeHidden();
    await context.close();
  });
});

test.describe('after a first visit, the explainer in its language reads offline', () => {
  let server: TestServer;
  test.beforeAll(async () => {
    server = await startServer({ dir: DIST });
  });
  test.afterAll(() => server.stop());

  test('the explainer with its figures, a visited page, unsaved sections at their place, the offline page otherwise', async ({
    page,
    context,
  }) => {
    const visited = en[0]!.slug;
    await page.goto(`${server.origin}/${visited}/`);
    await waitUntilSaved(page);
    await page.goto(`${server.origin}/`);
    const figures = await page.locator('main figure svg').count();
    expect(figures).toBeGreaterThan(0);
    await setOffline(server, context, true);

    await page.goto(`${server.origin}/`);
    await expect(page.locator('h1')).toBeVisible();
    await expect(page.locator('main figure svg')).toHaveCount(figures);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('"Times New Roman"');

    await page.goto(`${server.origin}/${visited}/`);
    await expect(page.locator('h1')).toHaveText(en[0]!.title);

    for (const section of en.slice(1)) {
      await page.goto(`${server.origin}/${section.slug}/`);
      await expect(page).toHaveURL(`${server.origin}/#${section.slug}`);
      await expect(page.locator(`[id="${section.slug}"]`)).toBeVisible();
    }

    await page.goto(`${server.origin}/sources/`);
    await expect(page.locator('h1')).toHaveText('You are offline');
    await expect(page.locator('main a[href="/"]').first()).toBeVisible();
    const saved = page.locator('#saved-pages');
    await expect(saved).toBeVisible();
    await expect(saved.locator(`a[href="/${visited}/"]`)).toBeVisible();
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await setOffline(server, context, false);
  });

  test('the French offline page, in French', async ({ page, context }) => {
    await page.goto(`${server.origin}/fr/`);
    await waitUntilSaved(page);
    await setOffline(server, context, true);
    await page.goto(`${server.origin}/fr/sources/`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('h1')).toHaveText('Vous êtes hors ligne');
    await expect(page.locator('main a[href="/fr/"]').first()).toBeVisible();
    await page.goto(`${server.origin}/fr/${fr[3]!.slug}/`);
    await expect(page).toHaveURL(`${server.origin}/fr/#${fr[3]!.slug}`);
    await setOffline(server, context, false);
  });
});

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

test.describe('a host missing one file', () => {
  let server: TestServer;
  test.beforeAll(async () => {
    server = await startServer({ dir: DIST, drop: ['/offline/'] });
  });
  test.afterAll(() => server.stop());

  test('the rest is saved and reads offline', async ({ page, context }) => {
    await page.goto(`${server.origin}/${en[1]!.slug}/`);
    await waitUntilSaved(page);
    const keys = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((k) => k.startsWith('explainer-') && k !== 'explainer-meta');
      return names.length === 1
        ? (await (await caches.open(names[0]!)).keys()).map((r) => new URL(r.url).pathname)
        : [];
    });
    expect(keys).toContain('/');
    expect(keys).not.toContain('/offline/');
    await setOffline(server, context, true);
    await page.goto(`${server.origin}/`);
    await expect(page.locator('h1')).toBeVisible();
    await page.goto(`${server.origin}/${en[5]!.slug}/`);
    await expect(page.locator(`[id="${en[5]!.slug}"]`)).toBeVisible();
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
    const oldCaches = await page.evaluate(() => caches.keys());

    // A rebuild with a changed page: change the built page, then let the build step write the worker again.
    const file = join(dir, 'sources', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' <span id="rebuilt">(updated)</span></h1>'));
    const { version } = writeServiceWorker(dir);
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
