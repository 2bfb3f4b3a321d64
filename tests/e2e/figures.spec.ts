// The three data figures in the built site: drawn without JavaScript, tables that match the
// marks, tooltips on hover and focus that Esc closes, the timeline filter, event links, CSVs.
import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';

const FIGURES = ['figure-arms-transfers', 'figure-accord-counts', 'figure-timeline'];

/** The visible chart of a figure (the wide drawing at desktop width). */
const chart = (page: Page, figure: string) => page.locator(`#${figure} svg.fig-svg:visible`).first();

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every figure is a complete SVG drawing with title, description, caption and data', async ({ page }) => {
    await page.goto('/');
    for (const id of FIGURES) {
      const figure = page.locator(`figure#${id}`);
      await expect(figure).toHaveCount(1);
      const svg = chart(page, id);
      await expect(svg).toBeVisible();
      expect(await svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+/);
      expect(await svg.locator('title').textContent()).toBeTruthy();
      expect((await svg.locator('desc').textContent())!.length).toBeGreaterThan(60);
      expect(await svg.locator('.fig-mark').count()).toBeGreaterThan(4);
      await expect(figure.locator('figcaption a[href^="/sources/"]').first()).toBeVisible();
      await expect(figure.locator('details.fig-data table')).not.toHaveCount(0);
    }
    // The timeline filter needs the script: without it, it stays hidden and every event shows.
    await expect(page.locator('#figure-timeline [data-filters]')).toBeHidden();
    await expect(page.locator('#figure-timeline li.tl-event:visible')).toHaveCount(await page.locator('#figure-timeline li.tl-event').count());
  });

  test('the arms chart ends at 2023 and labels the story in the drawing', async ({ page }) => {
    await page.goto('/arms-and-oil/');
    const svg = chart(page, 'figure-arms-transfers');
    const years = await svg.locator('.fig-mark').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-year'))));
    expect(years[0]).toBe(2000);
    expect(years.at(-1)).toBe(2023);
    await expect(svg).toContainText('24 Su-30MK2 fighters');
    await expect(svg).toContainText('Nothing from Russia after 2014');
    await expect(page.locator('#figure-arms-transfers')).toContainText('no 2024 figure');
  });
});

test.describe('tables hold the values the marks show', () => {
  test('arms by year', async ({ page }) => {
    await page.goto('/');
    const marks = await chart(page, 'figure-arms-transfers')
      .locator('.fig-mark')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-year'), e.getAttribute('data-russia'), e.getAttribute('data-other'), e.getAttribute('data-all')]));
    const rows = await page
      .locator('#figure-arms-transfers table[data-table="arms-by-year"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-year'), ...[...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-value'))]));
    expect(marks).toHaveLength(24);
    expect(rows).toEqual(marks);
    const russia2013 = await page.locator('#figure-arms-transfers table[data-table="arms-by-year"] tr[data-year="2013"] td').first().textContent();
    expect(russia2013).toBe('881.44');
  });

  test('Russia’s customers', async ({ page }) => {
    await page.goto('/');
    const marks = await page
      .locator('#figure-arms-customers svg.fig-svg:visible .fig-mark')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('data-recipient'), e.getAttribute('data-tiv')]));
    const rows = await page
      .locator('table[data-table="arms-customers"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-recipient'), tr.querySelector('td[data-value]')!.getAttribute('data-value')]));
    expect(rows).toEqual(marks);
    expect(marks[5]).toEqual(['Venezuela', '3861.9']);
  });

  test('accords', async ({ page }) => {
    await page.goto('/');
    const key = (els: Element[]) => els.map((e) => `${e.getAttribute('data-date')}|${e.getAttribute('data-kind')}`).sort();
    const marks = await chart(page, 'figure-accord-counts').locator('.fig-mark').evaluateAll(key);
    const rows = await page.locator('table[data-table="accords"] tbody tr').evaluateAll(key);
    expect(marks).toHaveLength(11);
    expect(rows).toEqual(marks);
    const counts = await chart(page, 'figure-accord-counts')
      .locator('.fig-mark[data-kind="cumulative_claim"]')
      .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
    expect(counts).toEqual([260, 326, 400, 300, 350]);
    // Claims are dots, never joined by a line.
    await expect(chart(page, 'figure-accord-counts').locator('.fig-mark[data-kind="cumulative_claim"] circle.fig-claim')).toHaveCount(5);
    await expect(chart(page, 'figure-accord-counts').locator('polyline, path.fig-claim-line')).toHaveCount(0);
  });

  test('timeline: every event is drawn, listed and tabled, with a date at its precision', async ({ page }) => {
    await page.goto('/');
    const marks = await chart(page, 'figure-timeline').locator('.fig-mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    const items = await page.locator('#figure-timeline li.tl-event').evaluateAll((els) => els.map((e) => e.id));
    const rows = await page.locator('table[data-table="timeline"] tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(marks.length).toBeGreaterThan(25);
    expect(items).toEqual(marks);
    expect(rows).toEqual(marks);
    await expect(page.locator('#event-2005-05-ak-103-contract time')).toHaveText('May 2005');
    await expect(page.locator('#event-2005-05-ak-103-contract time')).toHaveAttribute('datetime', '2005-05');
    await expect(page.locator('#event-2026-01-03-maduro-captured .tl-badge')).toHaveText('After the article');
    await expect(page.locator('#event-2026-01-03-maduro-captured .fig-source a').first()).toHaveAttribute('href', '/sources/#sky-2026-01-03');
  });
});

test.describe('tooltips', () => {
  for (const id of FIGURES) {
    test(`${id}: opens on hover and on keyboard focus, arrows move, Esc closes`, async ({ page }) => {
      await page.goto(`/#${id}`);
      const figure = page.locator(`#${id}`);
      const tip = page.locator(`#${id}`).locator('xpath=..').locator('.fig-tip');
      await expect(tip).toHaveCount(1); // the script wired the figure once it came into view
      await expect(tip).toBeHidden();
      const marks = chart(page, id).locator('.fig-mark');

      await marks.nth(3).hover();
      await expect(tip).toBeVisible();
      expect(await tip.textContent()).toBe(await marks.nth(3).getAttribute('data-tip'));
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();

      await page.mouse.move(0, 0);
      await marks.first().focus();
      await expect(marks.first()).toBeFocused();
      await expect(tip).toBeVisible();
      expect(await tip.textContent()).toBe(await marks.first().getAttribute('data-tip'));
      await page.keyboard.press('ArrowRight');
      await expect(marks.nth(1)).toBeFocused();
      await expect(marks.nth(1)).toHaveAttribute('tabindex', '0');
      await expect(marks.first()).toHaveAttribute('tabindex', '-1');
      expect(await tip.textContent()).toBe(await marks.nth(1).getAttribute('data-tip'));
      await page.keyboard.press('Escape');
      await expect(tip).toBeHidden();
      await expect(marks.nth(1)).toBeFocused(); // Esc dismisses without moving focus
      await expect(figure).toBeVisible();
    });
  }

  test('the tooltip can be hovered without closing (WCAG 1.4.13)', async ({ page }) => {
    await page.goto('/#figure-arms-transfers');
    const tip = page.locator('arms-chart .fig-tip');
    const mark = chart(page, 'figure-arms-transfers').locator('.fig-mark[data-year="2013"]');
    await mark.hover();
    await expect(tip).toBeVisible();
    const box = (await tip.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.waitForTimeout(500);
    await expect(tip).toBeVisible();
  });
});

test.describe('timeline', () => {
  test('the category filter hides and shows events', async ({ page }) => {
    await page.goto('/#figure-timeline');
    const filters = page.locator('#figure-timeline [data-filters]');
    await expect(filters).toBeVisible();
    const arms = filters.locator('button[data-category="arms"]');
    await expect(arms).toHaveAttribute('aria-pressed', 'true');
    const armsItems = page.locator('#figure-timeline li[data-category="arms"]');
    const armsMarks = chart(page, 'figure-timeline').locator('.fig-mark[data-category="arms"]');
    const total = await page.locator('#figure-timeline li.tl-event').count();
    const armsCount = await armsItems.count();
    expect(armsCount).toBeGreaterThan(2);
    await expect(armsItems.first()).toBeVisible();

    await arms.click();
    await expect(arms).toHaveAttribute('aria-pressed', 'false');
    for (const el of await armsItems.all()) await expect(el).toBeHidden();
    for (const el of await armsMarks.all()) await expect(el).toBeHidden();
    await expect(page.locator('#figure-timeline li.tl-event:visible')).toHaveCount(total - armsCount);
    await expect(page.locator('#figure-timeline [data-filter-status]')).toHaveText(`Showing ${total - armsCount} of ${total} events`);
    await expect(page.locator('#figure-timeline li[data-category="diplomacy"]').first()).toBeVisible();

    await arms.click();
    await expect(arms).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('#figure-timeline li.tl-event:visible')).toHaveCount(total);
    await expect(armsMarks.first()).toBeVisible();
  });

  test('an event link opens the page at that event, highlighted', async ({ page }) => {
    const id = 'event-2025-07-05-independence-day-parade';
    await page.goto(`/#${id}`);
    const item = page.locator(`#${id}`);
    await expect(item).toBeInViewport();
    expect(await item.evaluate((el) => el.matches(':target'))).toBe(true);
    const [bg, paper] = await item.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(document.body).backgroundColor]);
    expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(bg).not.toBe(paper);
    // The same id is nowhere else on the page.
    expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
  });

  test('a mark links to its event in the list', async ({ page }) => {
    await page.goto('/#figure-timeline');
    const mark = chart(page, 'figure-timeline').locator('.fig-mark[data-id="event-2013-03-05-chavez-dies"]');
    await mark.click();
    await expect(page).toHaveURL(/#event-2013-03-05-chavez-dies$/);
    await expect(page.locator('#event-2013-03-05-chavez-dies')).toBeInViewport();
  });
});

test.describe('CSV downloads', () => {
  test('every figure’s CSV downloads and parses, with its sources', async ({ page }) => {
    await page.goto('/');
    const links = await page.locator('figure a[data-csv]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
    expect(links).toHaveLength(5);
    for (const href of links) {
      const response = await page.request.get(href);
      expect(response.ok(), href).toBe(true);
      const rows = csvParse(await response.text());
      expect(rows.length, href).toBeGreaterThan(4);
      expect(rows.columns, href).toContain('source_ids');
      for (const row of rows) expect(row.source_ids, href).toBeTruthy();
    }
    const byYear = csvParse(await (await page.request.get('/data/venezuela-arms-imports-by-year.csv')).text());
    const russia = byYear.reduce((sum, r) => sum + Number(r.from_russia_tiv_m), 0);
    expect(Math.round(russia * 10) / 10).toBe(3861.9);
    expect(byYear.at(-1)!.year).toBe('2023');
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('get their own drawings: rows for the arms, a vertical timeline', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#figure-arms-transfers > svg.fig-narrow')).toBeVisible();
    await expect(page.locator('#figure-arms-transfers > svg.fig-wide')).toBeHidden();
    const box = await page.locator('#figure-timeline svg.fig-narrow').boundingBox();
    expect(box!.height).toBeGreaterThan(box!.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
