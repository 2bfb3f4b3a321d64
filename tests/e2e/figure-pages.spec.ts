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
import { reached } from '../support/settled';

const figurePage = figurePages('en').find((p) => p.includes('accord'))!;
const figureUrl = onSite(figurePage);
const id = 'figure-accord-counts';

/** The share row under a figure (after the <figure>, inside its custom element), reached as a reader reaches it. */
const figureRow = (page: Page) => reached(page.locator(`:has(> figure#${id}) > .fig-share share-links`));

test.describe('Share this figure', () => {
  for (const path of ['/', figurePage]) {
    test(`on ${path}, "Copy link" copies the figure page's absolute URL and says so`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(path);
      const row = await figureRow(page);
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
    await (await figureRow(page)).getByRole('button', { name: 'Share…' }).click();
    const calls = await shareCalls(page);
    const title = (await page.locator(`#${id}-title`).innerText()).trim();
    expect(calls).toEqual([{ url: figureUrl, title }]);
  });

  test('the explainer’s "Embed code" link opens the figure page on its embed code, ready to copy', async ({ page }) => {
    await page.goto('/');
    const row = await reached(page.locator(`:has(> figure#${id}) > .fig-share`));
    await row.getByRole('link', { name: 'Embed code' }).click();
    await expect(page).toHaveURL(new RegExp(`${figurePage}#embed-code$`));
    const code = page.getByRole('textbox', { name: /paste this code/ });
    await expect(code).toBeVisible();
    await expect(code).toBeInViewport();
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

  /** The embed code of a figure page, pointed at the test's site (the built code names the deployed one). */
  async function embedCodeOf(page: Page, path: string): Promise<string> {
    await page.goto(path);
    const code = await page.locator('textarea#embed-code').inputValue();
    return code.replaceAll(new URL(onSite(path)).origin, site).replace(' loading="lazy"', '');
  }

  for (const path of [figurePage, figurePages('en').find((p) => p.includes('timeline'))!]) {
    for (const width of [320, 1280]) {
      test(`${path} at ${width} px: the frame grows or shrinks to the whole figure, source and link back included`, async ({
        page,
      }) => {
        const snippet = await embedCodeOf(page, path);
        await page.setViewportSize({ width, height: 800 });
        await hostPage(page, snippet);
        const frame = page.frameLocator('iframe');
        const figure = frame.locator('figure.fig');
        await expect(figure).toBeVisible();
        await expect(figure.locator('.fig-title')).toHaveText(/\S/);
        const back = frame.getByRole('link', { name: /the figure, its data and its context/ });
        await expect(back).toHaveAttribute('href', onSite(path));
        // The frame's height follows the page inside it, within a pixel, once the page has told it.
        const inner = page.frames().find((f) => f.url().startsWith(`${site}${embedPathOf(path)}`))!;
        const iframe = page.locator('iframe');
        await expect
          .poll(async () => {
            const content = await inner.evaluate(() =>
              Math.ceil(document.documentElement.getBoundingClientRect().height),
            );
            const frameHeight = await iframe.evaluate((el) => el.getBoundingClientRect().height);
            return Math.abs(content - frameHeight);
          })
          .toBeLessThanOrEqual(1);
        // Nothing left to scroll inside the frame: the last source line and the link back are in it.
        expect(await inner.evaluate(() => document.scrollingElement!.scrollHeight - innerHeight)).toBeLessThanOrEqual(
          1,
        );
        const frameBox = (await iframe.boundingBox())!;
        for (const last of [figure.locator('.fig-source').last(), back]) {
          const box = (await last.boundingBox())!;
          expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1);
        }
        // The frame follows the figure when the host resizes it: narrower is taller, wider shorter.
        const before = frameBox.height;
        await iframe.evaluate((el, w) => (el.style.width = `${w}px`), width === 320 ? 900 : 320);
        if (width === 320) await expect.poll(async () => (await iframe.boundingBox())!.height).toBeLessThan(before);
        else await expect.poll(async () => (await iframe.boundingBox())!.height).toBeGreaterThan(before);
      });
    }
  }

  test('without the code’s script, the frame keeps its written height and the link back stays in view', async ({
    page,
  }) => {
    const snippet = (await embedCodeOf(page, figurePage)).replace(/<script>[\s\S]*<\/script>/, '');
    const written = Number(snippet.match(/height="(\d+)"/)![1]);
    await page.setViewportSize({ width: 320, height: 800 });
    await hostPage(page, snippet);
    const iframe = page.locator('iframe');
    const back = page.frameLocator('iframe').getByRole('link', { name: /the figure, its data and its context/ });
    await expect(back).toBeVisible();
    await page.waitForTimeout(500);
    const frameBox = (await iframe.boundingBox())!;
    expect(Math.round(frameBox.height)).toBe(written);
    const box = (await back.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + frameBox.height + 1);
    expect(box.y).toBeGreaterThanOrEqual(frameBox.y);
  });

  test('a message from another origin, or not of the embed’s form, does not resize the frame', async ({ page }) => {
    const snippet = (await embedCodeOf(page, figurePage)).replace(/<script>[\s\S]*<\/script>/, '');
    const script = (await embedCodeOf(page, figurePage)).match(/<script>[\s\S]*<\/script>/)![0];
    // The frame is a page of the host's own origin that posts a height: not the site, so ignored.
    await hostPage(page, snippet.replace(/src="[^"]*"/, 'src="about:blank"') + script);
    const iframe = page.locator('iframe');
    const before = (await iframe.boundingBox())!.height;
    await page.evaluate(() => {
      const frame = document.querySelector('iframe')!;
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { type: 'venezuela-russia:embed-height', height: 42 },
          origin: location.origin,
          source: frame.contentWindow,
        }),
      );
    });
    await page.waitForTimeout(200);
    expect((await iframe.boundingBox())!.height).toBe(before);
  });

  test('the embed is light by default, whatever the reader’s system, and dark with ?theme=dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const [query, dark] of [
      ['', false],
      ['?theme=dark', true],
    ] as const) {
      await page.goto(`${embedPathOf(figurePage)}${query}`);
      const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
      const [r, g, b] = background.match(/\d+/g)!.map(Number);
      const lightness = (r! + g! + b!) / 3;
      if (dark) expect(lightness, `${query}: ${background}`).toBeLessThan(60);
      else expect(lightness, `${query || 'no query'}: ${background}`).toBeGreaterThan(200);
    }
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
    const row = page.locator(`:has(> figure#${id}) > .fig-share share-links`); // its own page: laid out at once
    await expect(row.getByRole('button')).toHaveCount(0);
    await expect(row.getByRole('link', { name: figureUrl })).toBeVisible();
    await page.getByText('Embed', { exact: true }).click();
    await expect(page.locator('textarea#embed-code')).toBeVisible();
  });
});
