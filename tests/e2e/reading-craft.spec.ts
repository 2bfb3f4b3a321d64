// The reading craft: numbered source notes that open a popover (click, keyboard, Esc), the phones'
// contents bar and its dialog, key-fact values that never wrap, data tables that never break a word.
import { expect, test, type Page } from '@playwright/test';
import { t } from '../../src/lib/i18n';
import type { Locale } from '../../src/lib/locales';
import { dataRows, localesWithContent, prefixOf, sectionBody, sectionsOf } from '../support/content';
import { citedIds } from '../../src/lib/citations';
import { isSecureUrl } from '../../src/lib/urls';
import { formatDate, precisionOf } from '../../src/lib/format';

/** Every word of the matched elements' text that the browser split across two lines; with
 *  `afterHyphen`, a split right after a hyphen, dash or slash (as in "self-/propelled") is allowed. */
async function brokenWords(page: Page, selector: string, afterHyphen = false): Promise<string[]> {
  return page.locator(selector).evaluateAll((els, afterHyphen) => {
    const broken: string[] = [];
    const top = (node: Node, i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return Math.round(range.getBoundingClientRect().top);
    };
    for (const el of els) {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const m of text.matchAll(/\S+/g)) {
          for (let i = m.index! + 1; i < m.index! + m[0].length; i++) {
            if (top(node, i) === top(node, i - 1)) continue;
            if (!(afterHyphen && /[\p{L}\p{N}][-–/]$/u.test(text.slice(0, i)))) broken.push(m[0]);
            break;
          }
        }
      }
    }
    return broken;
  }, afterHyphen);
}

for (const locale of localesWithContent() as Locale[]) {
  const s = t(locale);
  const p = prefixOf(locale);
  const sections = sectionsOf(locale);
  /** A marker's name, "Source <n>: <publisher>", whatever the number and publisher. */
  const anySourceLabel = new RegExp(`^${s.citeLabel(0, '').replace(/\s/g, '\\s').replace('0', '\\d+')}\\S`);

  test.describe(`${locale}: source notes`, () => {
    test('markers are numbered by first citation, each names the source it opens, and the endnotes follow the same order', async ({
      page,
    }) => {
      for (const path of [`${p}/`, `${p}/${sections[2]!.slug}/`]) {
        await page.goto(path);
        // Every marker of the page in reading order: the key points' first, then the sections'.
        const markers = await page.locator('main [popovertarget]').evaluateAll((els) =>
          els.map((el) => ({
            n: Number(el.textContent),
            target: el.getAttribute('popovertarget')!,
            name: el.getAttribute('aria-label')!,
            // The publisher of the endnote it opens, without its parenthesis ("TASS (Russian state…)").
            opens: document
              .getElementById(el.getAttribute('popovertarget')!)
              ?.querySelector('b')
              ?.textContent?.replace(/\s*\(.*\)$/, ''),
          })),
        );
        expect(markers.length).toBeGreaterThan(0);
        const firstSeen: string[] = [];
        for (const { n, target, name, opens } of markers) {
          if (!firstSeen.includes(target)) firstSeen.push(target);
          expect(n, `${path}: marker for ${target}`).toBe(firstSeen.indexOf(target) + 1);
          expect(name, `${path}: marker ${n}`).toBe(s.citeLabel(n, opens!));
        }
        const endnotes = await page.locator('.endnotes li').evaluateAll((els) => els.map((el) => el.id));
        expect(endnotes).toEqual(firstSeen);
        // Each marker is one button, named "Source <n>: <publisher>" after the source it opens.
        const sourceButtons = page.locator('main').getByRole('button', { name: anySourceLabel });
        await expect(sourceButtons).toHaveCount(markers.length);
      }
      // On a section page, the endnotes are the sources its words cite, in the order they first cite them.
      const section = sections[2]!;
      await page.goto(`${p}/${section.slug}/`);
      const byId = new Map(dataRows('sources.csv').map((row) => [row.id!, row]));
      // (An address that is not https is shown as text, not linked.)
      const expected = [...new Set(citedIds(sectionBody(locale, section.slug)))]
        .map((id) => byId.get(id)!.url!)
        .map((url) => (isSecureUrl(url) ? url : null));
      const listed = await page
        .locator('.endnotes li')
        .evaluateAll((els) => els.map((el) => el.querySelector('a')?.getAttribute('href') ?? null));
      expect(listed).toEqual(expected);
    });

    test('a marker opens its numbered source beside it by click, and by keyboard; Esc closes it and focus returns', async ({
      page,
    }) => {
      await page.goto(`${p}/`);
      const marker = page.locator('main [popovertarget]').first();
      const id = (await marker.getAttribute('popovertarget'))!;
      const popover = page.locator(`#${id}`);
      const publisher = (await popover.locator('b').textContent())!;
      await expect(marker).toHaveAccessibleName(s.citeLabel(1, publisher.replace(/\s*\(.*\)$/, '')));
      await expect(marker).toHaveRole('button');
      // Closed, the popover is the source's endnote, in place in the list at the end of the page.
      const isOpen = () => popover.evaluate((el) => el.matches(':popover-open'));
      expect(await isOpen()).toBe(false);
      await expect(popover).toBeVisible();
      await expect(popover.locator('xpath=..')).toHaveJSProperty('tagName', 'OL');
      const listTop = (await page.locator('.endnotes ol').boundingBox())!.y;
      expect((await popover.boundingBox())!.y).toBeGreaterThanOrEqual(listTop);
      await marker.click();
      await expect.poll(isOpen).toBe(true);
      await expect(popover).toContainText(publisher);
      await expect(popover.locator('a[href^="https:"]')).toBeVisible();
      // Its date, in the page's words (machines read it on the sources page).
      const href = await popover.locator('a[href^="https:"]').getAttribute('href');
      const source = dataRows('sources.csv').find((row) => row.url === href)!;
      await expect(popover).toContainText(formatDate(source.date!, precisionOf(source.date!), locale));
      // The card shows the marker's number, and the other endnotes keep theirs.
      expect(await popover.evaluate((el) => getComputedStyle(el).listStylePosition)).toBe('inside');
      expect(await popover.evaluate((el) => getComputedStyle(el).display)).toBe('list-item');
      // Beside its marker, inside the window.
      const [box, mark, width] = [await popover.boundingBox(), await marker.boundingBox(), page.viewportSize()!.width];
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(width);
      expect(Math.abs(box!.y - (mark!.y + mark!.height))).toBeLessThan(40);
      await page.keyboard.press('Escape');
      await expect.poll(isOpen).toBe(false);
      // On a phone, even from a marker near the window's edge, the card is wide enough to read.
      await page.setViewportSize({ width: 390, height: 800 });
      const rights = await page
        .locator('main [popovertarget]')
        .evaluateAll((els) => els.slice(0, 20).map((el) => el.getBoundingClientRect().right));
      const edgeMarker = page.locator('main [popovertarget]').nth(rights.indexOf(Math.max(...rights)));
      const edgePopover = page.locator(`#${await edgeMarker.getAttribute('popovertarget')}`);
      await edgeMarker.click();
      await expect.poll(() => edgePopover.evaluate((el) => el.matches(':popover-open'))).toBe(true);
      const phoneBox = (await edgePopover.boundingBox())!;
      expect(phoneBox.x).toBeGreaterThanOrEqual(0);
      expect(phoneBox.x + phoneBox.width).toBeLessThanOrEqual(390);
      expect(phoneBox.width).toBeGreaterThanOrEqual(300);
      await page.keyboard.press('Escape');
      await page.setViewportSize({ width, height: 800 });

      await marker.focus();
      await page.keyboard.press('Enter');
      await expect.poll(isOpen).toBe(true);
      await page.keyboard.press('Tab');
      await expect(popover.locator('a').first()).toBeFocused();
      await page.keyboard.press('Escape');
      await expect.poll(isOpen).toBe(false);
      await expect(marker).toBeFocused();
    });

    test('where the browser has no Popover API, a marker takes the reader to its source in the endnotes', async ({
      page,
    }) => {
      // As before Safari 17: the page's script finds no popover property (the click itself still
      // opens the popover in this browser, which has the API).
      await page.addInitScript(() => delete (HTMLElement.prototype as { popover?: unknown }).popover);
      await page.goto(`${p}/`);
      const marker = page.locator('main [popovertarget]').first();
      const id = (await marker.getAttribute('popovertarget'))!;
      await marker.click();
      await expect(page).toHaveURL(new RegExp(`#${id}$`));
      await expect(page.locator(`.endnotes #${id}`)).toBeInViewport();
    });

    test('without JavaScript, a marker still opens its source', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${p}/${sections[2]!.slug}/`);
      const marker = page.locator('main [popovertarget]').first();
      const popover = page.locator(`#${await marker.getAttribute('popovertarget')}`);
      await marker.click();
      await expect.poll(() => popover.evaluate((el) => el.matches(':popover-open'))).toBe(true);
      await expect(popover.locator('a[href^="https:"]')).toBeVisible();
      await context.close();
    });
  });

  test.describe(`${locale}: the phones' contents bar`, () => {
    test.use({ viewport: { width: 390, height: 800 } });

    test('appears past the contents, names the section, opens the contents in a dialog that returns focus', async ({
      page,
    }) => {
      await page.goto(`${p}/`);
      await page.evaluate(() => {
        (window as unknown as { cls: number }).cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
            if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      const bar = page.locator('contents-bar');
      await expect(bar).toBeHidden();
      await page
        .locator(`#${sections[3]!.slug}`)
        .evaluate((el) => scrollTo(0, el.getBoundingClientRect().top + scrollY - 100));
      await expect(bar).toBeVisible();
      await expect(bar.locator('[data-current]')).toHaveText(sections[3]!.title);
      const open = bar.getByRole('button', { name: s.contents });
      await open.click();
      const dialog = page.getByRole('dialog', { name: s.contents });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('link')).toHaveText(sections.map((x) => x.title));
      await expect(dialog.getByRole('link', { name: sections[3]!.title })).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(open).toBeFocused();

      await open.click();
      await dialog.getByRole('link', { name: sections[5]!.title }).click();
      await expect(dialog).toBeHidden();
      await expect(page).toHaveURL(new RegExp(`#${sections[5]!.slug}$`));
      await expect(page.locator(`#${sections[5]!.slug}`)).toBeFocused();
      const heading = await page.locator(`#${sections[5]!.slug}`).boundingBox();
      const barBox = await bar.boundingBox();
      expect(heading!.y).toBeGreaterThanOrEqual(barBox!.y + barBox!.height);
      await expect(bar.locator('[data-current]')).toHaveText(sections[5]!.title);
      expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
    });

    test('is absent without JavaScript and from 900 px up', async ({ page, browser }) => {
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.goto(`${p}/`);
      await page.locator(`#${sections[3]!.slug}`).scrollIntoViewIfNeeded();
      await expect(page.locator('contents-bar')).toBeHidden();
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
      const noJs = await context.newPage();
      await noJs.goto(`${p}/`);
      await noJs.locator(`#${sections[3]!.slug}`).scrollIntoViewIfNeeded();
      await expect(noJs.locator('contents-bar')).toBeHidden();
      await context.close();
    });
  });

  test.describe(`${locale}: words kept whole`, () => {
    for (const width of [320, 390, 768, 1280]) {
      test(`at ${width} px, no key-fact value wraps or overflows`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${p}/`);
        const values = page.locator('.key-fact-value');
        expect(await values.count()).toBeGreaterThan(0);
        for (const value of await values.all()) {
          const { lines, overflow } = await value.evaluate((el) => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            const li = el.closest('li')!.getBoundingClientRect();
            const r = range.getBoundingClientRect();
            // On a phone the key facts are one row that scrolls sideways: a value stays inside its own card.
            return { lines: tops.size, overflow: r.right > li.right + 0.5 || r.left < li.left - 0.5 };
          });
          expect(lines, (await value.textContent()) ?? '').toBe(1);
          expect(overflow, (await value.textContent()) ?? '').toBe(false);
        }
      });
    }

    test("at 320 px, the figures' data tables break no word and fit the page", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      for (const path of [`${p}/`]) {
        await page.goto(path);
        await page
          .locator('details.fig-data')
          .evaluateAll((els) => els.forEach((el) => ((el as HTMLDetailsElement).open = true)));
        expect(await page.locator('.fig-table').count()).toBeGreaterThan(0);
        expect(await brokenWords(page, '.fig-table caption, .fig-table th, .fig-table td', true)).toEqual([]);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      }
    });

    test("at 320 px, the systems table's model names break only after a space or hyphen, and the table fits", async ({
      page,
    }) => {
      await page.setViewportSize({ width: 320, height: 800 });
      await page.goto(`${p}/`);
      await page.locator('.fig-systems').evaluateAll((els) =>
        els.forEach((el) => {
          const details = el.closest('details');
          if (details) details.open = true;
        }),
      );
      const names = page.locator('.fig-systems tbody th .fig-sys-name');
      expect(await names.count()).toBeGreaterThan(10);
      // Each place where the name's text moves to a new line, with the character before it.
      const splits = await names.evaluateAll((els) =>
        els.flatMap((el) => {
          const found: string[] = [];
          const text = el.textContent ?? '';
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let offset = 0;
          let lastTop: number | undefined;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent!.length;
            for (let i = 0; i < length; i++) {
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const rects = [...range.getClientRects()].filter((r) => r.width > 0);
              if (rects.length === 0) continue;
              const top = Math.round(rects[0]!.top);
              if (lastTop !== undefined && top > lastTop + 2) {
                found.push(`${text.slice(0, offset + i)}⏎${text.slice(offset + i)}`);
              }
              lastTop = top;
            }
            offset += length;
          }
          return found;
        }),
      );
      // A break is allowed right after a space, or a hyphen before a letter (never "S-⏎300VM",
      // "300VM/⏎SA-23" or "SA-⏎23": a model code is not cut at its slash, digits or letters).
      expect(splits.filter((s) => !/(\s⏎|-⏎\p{L})/u.test(s))).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    for (const path of [`${p}/`]) {
      test(`at 320 px, no source note marker on ${path} starts a line: it stays with the word before it`, async ({
        page,
      }) => {
        await page.setViewportSize({ width: 320, height: 800 });
        await page.goto(path);
        const markers = page.locator('.prose-body [popovertarget]');
        expect(await markers.count()).toBeGreaterThan(10);
        const alone = await markers.evaluateAll((els) =>
          els.flatMap((el) => {
            const marker = el.getBoundingClientRect();
            // The last visible character before the marker: text in a hidden element has no box.
            const block = el.closest('p, li, blockquote, td, dd, figcaption') ?? el.parentElement!;
            const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
            let before: DOMRect | undefined;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (el.contains(node)) break;
              if (!(node.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
              const text = node.textContent!;
              for (let i = 0; i < text.length; i++) {
                if (!/\S/.test(text[i]!)) continue;
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rect = [...range.getClientRects()].find((r) => r.width > 0);
                if (rect) before = rect;
              }
            }
            if (!before) return [`marker ${el.textContent} has no text before it`];
            // On the same line, the raised marker overlaps the character's box vertically.
            const sameLine = marker.top < before.bottom && marker.bottom > before.top;
            return sameLine ? [] : [`marker ${el.textContent}: "${block.textContent!.slice(0, 60)}…"`];
          }),
        );
        expect(alone).toEqual([]);
      });
    }
  });
}
