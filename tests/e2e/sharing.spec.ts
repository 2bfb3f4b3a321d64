// Sharing a section: heading links that screen readers handle well, "Copy link" (and its
// fallback when the clipboard is refused), the native share sheet only where it exists, plain
// share links, and links that open at the right place. The shared URL is always the section's
// own page, absolute on the configured site (astro.config.mjs).
import { expect, test, type Page } from '@playwright/test';
import { sectionsOf } from '../support/content';
import { onSite } from '../support/site';
import { recordShareCalls, shareCalls } from '../support/share';
import { reached } from '../support/settled';

const sections = sectionsOf('en');
const section = sections[3]!;
const sectionUrl = onSite(`/${section.slug}/`);

/** The share row of a section: on the explainer, inside that section; on a section page, the one row (not a figure's). */
function shareRow(page: Page, slug = section.slug) {
  return page.locator(`[data-section="${slug}"] share-links:not(.fig-share share-links)`);
}

test.describe('Copy link', () => {
  for (const path of ['/', `/${section.slug}/`]) {
    test(`on ${path} copies the section page's absolute URL and says so`, async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(path);
      const row = await reached(shareRow(page));
      await row.getByRole('button', { name: 'Copy link' }).click();
      await expect(row.getByRole('status')).toHaveText('Link copied');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sectionUrl);
      await expect(row.getByRole('textbox')).toBeHidden();
    });
  }

  test('where the clipboard is refused, shows the link selected in a read-only field and says how to copy it', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
      });
    });
    await page.goto('/');
    const row = await reached(shareRow(page));
    await row.getByRole('button', { name: 'Copy link' }).click();
    const field = row.getByRole('textbox', { name: 'Link to this section' });
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(sectionUrl);
    await expect(field).toHaveAttribute('readonly', '');
    await expect(field).toBeFocused();
    const selected = await field.evaluate((el: HTMLInputElement) =>
      el.value.slice(el.selectionStart ?? 0, el.selectionEnd ?? 0),
    );
    expect(selected).toBe(sectionUrl);
    await expect(row.getByRole('status')).toContainText('did not allow copying');
  });
});

test.describe('the share sheet', () => {
  test('has no button where the browser has no navigator.share', async ({ page }) => {
    await page.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
    });
    await page.goto('/');
    await expect(shareRow(page).getByRole('button', { name: 'Copy link' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);
  });

  test('where navigator.share exists, a button opens it with the section page and its title', async ({ page }) => {
    await recordShareCalls(page);
    await page.goto('/');
    await expect(
      page.locator('share-links:not(.fig-share share-links)').getByRole('button', { name: 'Share…' }),
    ).toHaveCount(sections.length);
    await (await reached(shareRow(page))).getByRole('button', { name: 'Share…' }).click();
    const calls = await shareCalls(page);
    expect(calls).toEqual([{ url: sectionUrl, title: section.title }]);
  });
});

test.describe('plain share links', () => {
  test('email, WhatsApp and X links carry the section page URL', async ({ page }) => {
    await page.goto(`/${section.slug}/`);
    const row = shareRow(page);
    const email = row.getByRole('link', { name: 'Email' });
    const href = (await email.getAttribute('href'))!;
    expect(href.startsWith('mailto:?')).toBe(true);
    expect(decodeURIComponent(href)).toContain(sectionUrl);
    expect(decodeURIComponent(href)).toContain(section.title);
    for (const name of ['WhatsApp', 'X']) {
      const link = row.getByRole('link', { name, exact: true });
      expect(decodeURIComponent((await link.getAttribute('href'))!)).toContain(sectionUrl);
    }
  });

  test("the one-page explainer's rows leave the email and network links to each section's page", async ({ page }) => {
    await page.goto('/');
    // One row per section, one per figure (pointed at the figure's page): none with email or network links.
    await expect(page.locator('share-links:not(.fig-share share-links)')).toHaveCount(sections.length);
    await expect(page.locator('share-links').getByRole('link', { name: 'Email' })).toHaveCount(0);
    await page.goto(`/${section.slug}/`);
    await expect(shareRow(page).getByRole('link', { name: 'Email' })).toHaveCount(1);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('no dead buttons: the section link is shown instead', async ({ page }) => {
    await page.goto('/');
    const row = shareRow(page);
    await expect(row.getByRole('button')).toHaveCount(0);
    const link = row.getByRole('link', { name: sectionUrl });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', sectionUrl);
    // The section's own page also has the email and network links, which need no script.
    await page.goto(`/${section.slug}/`);
    await expect(shareRow(page).getByRole('button')).toHaveCount(0);
    await expect(shareRow(page).getByRole('link', { name: 'Email' })).toBeVisible();
  });
});

test.describe('opening a shared link', () => {
  test(`/${section.slug}/ opens with the section's title at the top`, async ({ page }) => {
    await page.goto(`/${section.slug}/`);
    const heading = page.getByRole('heading', { level: 1, name: section.title });
    await expect(heading).toBeInViewport();
    expect((await heading.boundingBox())!.y).toBeLessThan(300);
  });

  for (const target of [sections[0]!, section, sections.at(-1)!]) {
    test(`/#${target.slug} shows that section at the top, clear of the header, and marks it briefly`, async ({
      page,
    }) => {
      await page.goto(`/#${target.slug}`);
      const heading = page.locator(`h2#${target.slug}`);
      await expect(heading).toBeInViewport();
      const headerBottom = await page.locator('.site-header').evaluate((el) => {
        const style = getComputedStyle(el);
        return style.position === 'sticky' || style.position === 'fixed' ? el.getBoundingClientRect().bottom : 0;
      });
      const { y } = (await heading.boundingBox())!;
      const atEnd = await page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);
      expect(y).toBeGreaterThanOrEqual(headerBottom);
      if (!atEnd) expect(y).toBeLessThan(headerBottom + 120);
      const animation = await page
        .locator(`.heading-wrapper:has(#${target.slug})`)
        .evaluate((el) => getComputedStyle(el).animationName);
      expect(animation).toBe('target-flash');
    });
  }

  test('the brief mark is not animated for readers who ask for reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`/#${section.slug}`);
    const animation = await page
      .locator(`.heading-wrapper:has(#${section.slug})`)
      .evaluate((el) => getComputedStyle(el).animationName);
    expect(animation).toBe('none');
  });
});

test.describe('heading links', () => {
  // Their markup (after the heading, named in the page's language) is checked on every page in
  // tests/dist/headings.test.ts.
  test('show on hover and on keyboard focus', async ({ page }) => {
    await page.goto('/');
    const link = page.locator(`h2#${section.slug} + a.self-link`);
    await page.mouse.move(0, 0);
    await expect(link).toHaveCSS('opacity', '0');
    await page.locator(`h2#${section.slug}`).hover();
    await expect(link).toHaveCSS('opacity', '1');
    await page.mouse.move(0, 0);
    await page
      .locator(`h2#${section.slug}`)
      .evaluate((el) => el.closest('section')!.querySelector<HTMLElement>('.prose-body a, .source-line a')?.focus());
    await link.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    await expect(link).toHaveCSS('opacity', '1');
  });
});
