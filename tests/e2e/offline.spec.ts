// Offline: after one visit the service worker has the whole site; with the network off every
// page opens with its figures. A rebuild with a changed page replaces the old cache.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { writeServiceWorker } from '../../src/integrations/service-worker';
import { everyPage } from '../support/content';
import { DIST } from '../support/dist';

/** Waits until a service worker controls the page and its cache is filled. */
async function waitForOffline(page: Page): Promise<string[]> {
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active) && Boolean(navigator.serviceWorker.controller), null, { timeout: 20_000 });
  return page.evaluate(() => caches.keys());
}

test('after one visit, every page opens offline with its figures', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByRole('status').filter({ hasText: 'offline' })).toBeVisible({ timeout: 20_000 });
  const keys = await waitForOffline(page);
  expect(keys.filter((k) => k.startsWith('explainer-'))).toHaveLength(1);
  const figuresOnline = await page.locator('main figure svg').count();
  await context.setOffline(true);
  for (const path of [...everyPage(), '/print/', '/fr/print/']) {
    await page.goto(path);
    await expect(page.locator('h1')).toBeVisible();
    const css = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(css).not.toBe('"Times New Roman"');
  }
  await page.goto('/');
  await expect(page.locator('main figure svg')).toHaveCount(figuresOnline);
  await context.setOffline(false);
});

test.describe('a new build', () => {
  let server: ChildProcess;
  let dir: string;
  const port = 4390 + (Number(process.env.TEST_PORT ?? 4329) % 7);

  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'explainer-offline-'));
    cpSync(DIST, dir, { recursive: true });
    server = spawn('node_modules/.bin/node', ['tools/serve.mjs', '--port', String(port), '--dir', dir], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 400));
  });

  test.afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  test('replaces the old version and deletes the old cache', async ({ page }) => {
    const origin = `http://127.0.0.1:${port}`;
    await page.goto(`${origin}/sources/`);
    const [oldCache] = await waitForOffline(page);

    // A rebuild with a changed page: change the built page, then let the build step write the worker again.
    const file = join(dir, 'sources', 'index.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</h1>', ' <span id="rebuilt">(updated)</span></h1>'));
    const { version } = writeServiceWorker(dir);
    expect(`explainer-${version}`).not.toBe(oldCache);

    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      await registration.update();
      await changed;
    });
    await expect.poll(() => page.evaluate(() => caches.keys())).toEqual([`explainer-${version}`]);
    await page.context().setOffline(true);
    await page.reload();
    await expect(page.locator('#rebuilt')).toHaveText('(updated)');
    await page.context().setOffline(false);
  });
});
