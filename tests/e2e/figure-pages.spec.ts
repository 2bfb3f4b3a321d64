// A figure's own page and its embed page, in the browser: "Share this figure" copies the figure
// page's absolute URL (on the explainer and on the page), the share sheet gets it too, the
// explainer's "Embed" link opens the code on the figure page, the embed code shows the figure in
// an <iframe> on another origin (and the figure page itself refuses to be framed), and the pages
// work without JavaScript. axe-core checks them, their details open, in tests/e2e/every-page.spec.ts. Expected URLs come from the published list.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { embedPathOf, figurePages } from '../support/content';
import { onSite } from '../support/site';
import { recordShareCalls, shareCalls } from '../support/share';

const figurePage = figurePages('en').find((p) => p.includes('accord'))!;
const figureUrl = onSite(figurePage);
const id = 'figure-accord-counts';

/** The share row under a figure (after the <figure>, inside its custom element). */
const figureRow = (page: Page) => page.locator(`:has(> figure#${id}) > .fig-share share-links`);

test.describe('Share this figure', () => {
  for (const path of ['/', figurePage]) {
    test(`on ${path}, "Copy link" copies the figure page's absolute URL and says so`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(path);
      const row = figureRow(page);
      await expect(row.getByText('Share this figure')).toBeVisible();
      await row.getByRole('button', { name: 'Copy link' }).click();
      await expect(row.getByRole('status')).toHaveText('Link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(figureUrl);
    });
  }

  test('where navigator.share exists, "Share…" opens it with the figure page and the figure’s title', async ({
    page,
  }) => {
    await recordShareCalls(page);
    await page.goto('/');
    await figureRow(page).getByRole('button', { name: 'Share…' }).click();
    const calls = await shareCalls(page);
    const title = (await page.locator(`#${id}-title`).innerText()).trim();
    expect(calls).toEqual([{ url: figureUrl, title }]);
  });

  test('the explainer’s "Embed" disclosure opens on the embed code, ready to copy', async ({ page }) => {
    await page.goto('/');
    const row = page.locator(`:has(> figure#${id}) > .fig-share`);
    const code = row.getByRole('textbox', { name: /paste this code/ });
    await expect(code).toBeHidden();
    await row.getByText('Embed', { exact: true }).click();
    await expect(code).toBeVisible();
    await expect(code).toHaveValue(new RegExp(`^<iframe src="${onSite(embedPathOf(figurePage))}"`));
  });

  test('the downloads are the figure’s PNG and SVG files', async ({ page, request }) => {
    await page.goto(figurePage);
    for (const [name, type] of [
      ['Download PNG', 'image/png'],
      ['Download SVG', 'image/svg+xml'],
    ] as const) {
      const href = (await page.getByRole('link', { name }).getAttribute('href'))!;
      const response = await request.get(href);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(type);
    }
  });
});

test.describe('the embed code on another site', () => {
  // Another site: a page served by a server of the test's own, on a free port, at localhost (the
  // site is the test server at 127.0.0.1: another host, so another origin and another site). A
  // real loopback server, because Chromium does not let a page of unknown address frame a local one.
  let site = '';
  let server: Server;
  let host = '';
  let body = '';

  test.beforeAll(async ({ baseURL }) => {
    site = new URL(baseURL!).origin;
    server = createServer((_req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(body));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    host = `http://localhost:${(server.address() as AddressInfo).port}/`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function hostPage(page: Page, snippet: string) {
    body = `<!doctype html><html lang="en"><title>Another site</title><body><h1>Another site</h1>${snippet}</body></html>`;
    await page.goto(host);
  }

  test('shows the figure, its source and a link back, in an <iframe> from another origin', async ({ page }) => {
    await page.goto(figurePage);
    const snippet = (await page.locator('textarea#embed-code').inputValue()).replace(new URL(figureUrl).origin, site);
    await hostPage(page, snippet.replace(' loading="lazy"', ''));
    const frame = page.frameLocator('iframe');
    await expect(frame.locator(`figure#${id}`)).toBeVisible();
    await expect(frame.locator(`#${id}-title`)).toHaveText(/\S/);
    await expect(frame.locator(`#${id} .fig-source a`).first()).toBeVisible();
    await expect(frame.getByRole('link', { name: /the figure, its data and its context/ })).toHaveAttribute(
      'href',
      figureUrl,
    );
    // Sized to its content: the figure and its link fit the height the code gives its frame.
    const inner = page.frames().find((f) => f.url().endsWith(embedPathOf(figurePage)))!;
    const contentHeight = await inner.evaluate(() => document.documentElement.scrollHeight);
    const frameHeight = await page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height);
    expect(contentHeight).toBeLessThanOrEqual(frameHeight);
  });

  test('the figure page itself refuses to be framed by another site', async ({ page }) => {
    await hostPage(page, `<iframe src="${site}${figurePage}" title="x" width="600" height="400"></iframe>`);
    await page.waitForTimeout(1000);
    await expect(page.frameLocator('iframe').locator('figure')).toHaveCount(0);
    expect(page.frames().map((f) => f.url())).not.toContain(`${site}${figurePage}`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [figurePage, embedPathOf(figurePage)]) {
    test(`${path} shows the drawn figure, its data and its source`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator(`figure#${id} svg.fig-svg`).first()).toBeVisible();
      await page.locator(`figure#${id} details.fig-data > summary`).click();
      await expect(page.locator(`figure#${id} table`)).toBeVisible();
      await expect(page.locator(`figure#${id} .fig-source a`).first()).toBeVisible();
    });
  }

  test('the figure page shows its link instead of dead buttons, and its embed code opens', async ({ page }) => {
    await page.goto(figurePage);
    const row = figureRow(page);
    await expect(row.getByRole('button')).toHaveCount(0);
    await expect(row.getByRole('link', { name: figureUrl })).toBeVisible();
    await page.getByText('Embed', { exact: true }).click();
    await expect(page.locator('textarea#embed-code')).toBeVisible();
  });
});
