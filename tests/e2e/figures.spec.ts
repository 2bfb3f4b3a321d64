// The three data figures in the built site, in both editions (/ and /fr/, and the section pages
// that hold a figure): drawn without JavaScript, tables that match the marks, tooltips on hover and
// focus that Esc closes, the timeline filter, event links, CSVs, the same numbers in both
// languages, and no English word in the French figures. Expected words come from the figures'
// dictionary and dates and numbers from the same formatters the site uses.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { formatTiv } from '../../src/lib/format';
import { figures } from '../../src/i18n/figures';
import { formatDate, formatNumber } from '../../src/lib/format';
import { isAfterArticle } from '../../src/lib/timeline';
import { dataRows, sectionShowing } from '../support/content';

const LOCALES = ['en', 'fr'] as const;
type Locale = (typeof LOCALES)[number];
const FIGURES = ['figure-arms-transfers', 'figure-accord-counts', 'figure-timeline'];
const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
const home = (locale: Locale) => `${prefix(locale)}/`;
const chronology = (locale: Locale) => (locale === 'en' ? '/chronology/' : '/fr/chronologie/');

/** A number as a page of the locale prints it, read back: "3 861,9" → 3861.9, "3,861.9" → 3861.9. */
function parseLocalized(text: string, locale: Locale): number {
  const bare = text.replace(/[\s\u00a0\u202f%]/g, '');
  return Number(locale === 'en' ? bare.replaceAll(',', '') : bare.replaceAll('.', '').replace(',', '.'));
}

/** The timeline's events in the chronology's order, which each drawing's marks keep (the page writes no ids on them). */
const eventsInOrder = () =>
  dataRows('timeline.csv').sort((a, b) => a.date!.localeCompare(b.date!) || a.id!.localeCompare(b.id!));
/** An event's place in that order: its mark is the drawing's mark at that place. */
const placeOf = (id: string) => eventsInOrder().findIndex((e) => e.id === id);

/** The visible chart of a figure (the wide drawing at desktop width). */
const chart = (page: Page, figure: string) => page.locator(`#${figure} svg.fig-svg:visible`).first();

for (const locale of LOCALES) {
  const words = figures[locale];

  test.describe(`${locale}: without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    // The drawings' structure (viewBox, title, description, marks, caption, data) is checked in the
    // built pages (tests/dist/figures.test.ts); here, that they show.
    test('every figure shows its drawing; the timeline filter stays hidden and every event shows', async ({ page }) => {
      await page.goto(home(locale));
      for (const id of FIGURES) await expect(chart(page, id)).toBeVisible();
      // The timeline filter needs the script: without it, it stays hidden and every event shows.
      // The timeline's data is the chronology, one link away.
      await expect(page.locator('#figure-timeline a[data-chronology]').first()).toHaveAttribute(
        'href',
        chronology(locale),
      );
      await expect(page.locator('#figure-timeline [data-filters]')).toBeHidden();
    });

    test('the systems table shows the ten largest items, and “Show all” opens the rest without a script', async ({
      page,
    }) => {
      await page.goto(sectionShowing(locale, 'figure-arms-transfers'));
      const total = dataRows('sipri-russia-to-venezuela-systems.csv').length;
      const tables = page.locator('#figure-arms-systems table.fig-systems');
      await expect(tables.first().locator('tbody tr')).toHaveCount(10);
      await expect(tables.nth(1)).toBeHidden();
      const summary = page.locator('#figure-arms-systems details > summary');
      await expect(summary).toHaveText(words.systems.showAll(total));
      await summary.click();
      await expect(tables.nth(1).locator('tbody tr')).toHaveCount(total - 10);
      await expect(tables.nth(1)).toBeVisible();
      // Largest value first, across both tables.
      const tiv = await tables.locator('tbody tr td:last-child').allTextContents();
      const values = tiv.map((v) => parseLocalized(v, locale));
      for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThanOrEqual(values[i - 1]!);
    });

    test('the arms chart ends at 2023 and labels the story in the drawing', async ({ page }) => {
      await page.goto(sectionShowing(locale, 'figure-arms-transfers'));
      const svg = chart(page, 'figure-arms-transfers');
      const years = await svg
        .locator('.fig-mark')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-year'))));
      expect(years[0]).toBe(2000);
      expect(years.at(-1)).toBe(2023);
      const texts = await svg.locator('text').allTextContents();
      expect(texts).toEqual(
        expect.arrayContaining([
          ...words.arms.fighters('24', 2006, 2008).split('\n'),
          ...words.arms.none(2014).split('\n'),
          words.arms.russia,
        ]),
      );
      expect(texts.join(' ')).toContain(words.arms.others); // on one line or wrapped over two
      const sipri = dataRows('sources.csv').find((s) => s.id === 'sipri-register-2025')!;
      await expect(page.locator('#figure-arms-transfers > .fig-note-text')).toHaveText(
        words.arms.note(formatDate(sipri.date!, 'day', locale), 2024, 2023),
      );
    });
  });

  test.describe(`${locale}: tables hold the values the marks show`, () => {
    test('arms by year', async ({ page }) => {
      await page.goto(`${home(locale)}#figure-arms-transfers`);
      await expect(page.locator('arms-chart .fig-tip')).toHaveCount(1); // wired: the marks have their words
      // What a reader gets from each column: its tooltip's words and its bars' heights.
      const marks = await chart(page, 'figure-arms-transfers')
        .locator('.fig-mark')
        .evaluateAll((els) =>
          els.map((e) => ({
            year: e.getAttribute('data-year'),
            tip: e.getAttribute('data-tip'),
            russia: e.querySelector('.fig-russia')?.getBoundingClientRect().height ?? 0,
            other: e.querySelector('.fig-other')?.getBoundingClientRect().height ?? 0,
          })),
        );
      const rows = await page
        .locator('#figure-arms-transfers table[data-table="arms-by-year"] tbody tr')
        .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-year')));
      const data = dataRows('sipri-venezuela-arms-imports-by-year.csv').map((d) => {
        const [russia, all] = [Number(d.from_russia_tiv_m), Number(d.from_all_suppliers_tiv_m)];
        return { year: d.year!, russia, other: Math.round((all - russia) * 100) / 100, all };
      });
      expect(marks).toHaveLength(24);
      expect(marks.map((m) => m.year)).toEqual(data.map((d) => d.year));
      expect(rows).toEqual(data.map((d) => d.year));
      // The tooltip says the data's numbers as printed; the bars are drawn to them, on one scale.
      const scale = marks.find((m) => m.year === '2013')!.russia / 881.44;
      for (const [i, m] of marks.entries()) {
        const d = data[i]!;
        const tiv = (v: number) => formatTiv(v, locale);
        expect(m.tip).toBe(words.arms.tip(Number(d.year), tiv(d.russia), tiv(d.other), tiv(d.all)));
        expect(m.russia, d.year).toBeCloseTo(d.russia * scale, 0);
        expect(m.other, d.year).toBeCloseTo(d.other * scale, 0);
      }
      const russia2013 = await page
        .locator('#figure-arms-transfers table[data-table="arms-by-year"] tr[data-year="2013"] td')
        .first()
        .textContent();
      // TIV is shown to one decimal everywhere: 881.44 prints 881.4.
      expect(russia2013).toBe(formatTiv(881.44, locale));
      // Every printed value reads back as the data's value, rounded to one decimal.
      const printed = await page
        .locator('#figure-arms-transfers table[data-table="arms-by-year"] tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!)));
      expect(printed).toHaveLength(data.length);
      for (const [i, cells] of printed.entries())
        expect(cells.map((text) => parseLocalized(text, locale))).toEqual(
          [data[i]!.russia, data[i]!.other, data[i]!.all].map((v) => Math.round(v * 10) / 10),
        );
    });

    test('Russia’s customers', async ({ page }) => {
      await page.goto(`${home(locale)}#figure-arms-customers`);
      await expect(page.locator('arms-chart .fig-tip')).toHaveCount(1); // wired: the marks have their words
      const marks = await page.locator('#figure-arms-customers svg.fig-svg:visible .fig-mark').evaluateAll((els) =>
        els.map((e) => ({
          recipient: e.getAttribute('data-recipient'),
          tip: e.getAttribute('data-tip'),
          bar: e.querySelector('.fig-russia, .fig-muted')!.getBoundingClientRect().width,
        })),
      );
      // Each row: its recipient, and its value as printed, read back.
      const rows = await page
        .locator('table[data-table="arms-customers"] tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [tr.getAttribute('data-recipient'), (tr as HTMLTableRowElement).cells[2]!.textContent!]),
        );
      const data = dataRows('sipri-russia-top-recipients-2000-2023.csv');
      expect(rows.map(([r, v]) => [r, parseLocalized(v!, locale)])).toEqual(
        data.map((d) => [d.recipient, Number(d.tiv_m)]),
      );
      expect(marks.map((m) => m.recipient)).toEqual(data.map((d) => d.recipient));
      expect(rows[5]![0]).toBe('Venezuela');
      // The tooltip says the data's row as printed; the bars are drawn to its values, on one scale.
      const scale = marks[0]!.bar / Number(data[0]!.tiv_m);
      for (const [i, m] of marks.entries()) {
        const d = data[i]!;
        const name = locale === 'en' ? d.recipient! : d[`recipient_${locale}`]!;
        const share = words.percent(formatNumber(Number(d.share_of_russian_exports_pct), locale, 1));
        expect(m.tip).toBe(words.customers.tip(Number(d.rank), name, formatTiv(Number(d.tiv_m), locale), share));
        expect(m.bar, m.recipient!).toBeCloseTo(Number(d.tiv_m) * scale, 0);
      }
      await expect(page.locator('#figure-arms-customers-title')).toHaveText(words.customers.title(words.ordinal(6)));
    });

    test('accords', async ({ page }) => {
      await page.goto(home(locale));
      const key = (els: Element[]) =>
        els.map((e) => `${e.getAttribute('data-date')}|${e.getAttribute('data-kind')}`).sort();
      // The claims are marks of their own, as in the table; the signings one bar, a segment per meeting.
      const marks = await chart(page, 'figure-accord-counts')
        .locator('.fig-mark[data-kind="cumulative_claim"]')
        .evaluateAll(key);
      const rows = await page
        .locator('table[data-table="accords"] tbody tr[data-kind="cumulative_claim"]')
        .evaluateAll(key);
      expect(marks).toHaveLength(dataRows('accords.csv').filter((r) => r.kind === 'cumulative_claim').length);
      expect(rows).toEqual(marks);
      await expect(
        chart(page, 'figure-accord-counts').locator('.fig-mark[data-kind="signed_at_event"] rect.fig-signed'),
      ).toHaveCount(dataRows('accords.csv').filter((r) => r.kind === 'signed_at_event').length);
      const counts = await chart(page, 'figure-accord-counts')
        .locator('.fig-mark[data-kind="cumulative_claim"]')
        .evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-count'))));
      expect(counts).toEqual([260, 300, 326, 350, 400]);
      // Claims are dots, never joined by a line.
      await expect(
        chart(page, 'figure-accord-counts').locator('.fig-mark[data-kind="cumulative_claim"] circle.fig-claim'),
      ).toHaveCount(5);
      await expect(chart(page, 'figure-accord-counts').locator('polyline, path.fig-claim-line')).toHaveCount(0);
      await expect(
        page.locator('table[data-table="accords"] tr[data-kind="cumulative_claim"] td.num').first(),
      ).toHaveText(words.accords.about('260'));
      // The title states the gap: what the signings add up to against the totals claimed.
      const documented = dataRows('accords.csv').filter((r) => r.kind === 'signed_at_event');
      const lo = documented.reduce((sum, r) => sum + Number(r.count), 0);
      const hi = documented.reduce((sum, r) => sum + Number(r.count_max || r.count), 0);
      const sumText = lo === hi ? String(lo) : words.range(lo, hi);
      await expect(page.locator('#figure-accord-counts-title')).toHaveText(
        words.accords.title(sumText, words.accords.about('260'), words.accords.moreThan('400')),
      );
      // The treaty is one document, in the table, not on the scale of the hundreds.
      await expect(chart(page, 'figure-accord-counts').locator('.fig-mark[data-kind="treaty"]')).toHaveCount(0);
      await expect(page.locator('table[data-table="accords"] tr[data-kind="treaty"]')).toHaveCount(1);
    });

    test('timeline: every event is drawn, and listed in the chronology in date order, with a date at its precision', async ({
      page,
    }) => {
      await page.goto(home(locale));
      // One mark an event, in the chronology's order: the i-th mark is the i-th item's category.
      const marks = await chart(page, 'figure-timeline')
        .locator('.fig-mark')
        .evaluateAll((els) => els.map((e) => [...e.classList].find((c) => c.startsWith('fig-c-'))));
      await page.goto(chronology(locale));
      const items = await page
        .locator('li.tl-event')
        .evaluateAll((els) => els.map((e) => ({ id: e.id, category: e.getAttribute('data-category') })));
      expect(marks.length).toBeGreaterThan(25);
      expect(items.map((item) => `fig-c-${item.category}`)).toEqual(marks);
      expect(items.map((item) => item.id)).toEqual(eventsInOrder().map((e) => e.id));
      await expect(page.locator('#event-2005-05-ak-103-contract time')).toHaveText(
        formatDate('2005-05', 'month', locale),
      );
      await expect(page.locator('#event-2005-05-ak-103-contract time')).toHaveAttribute('datetime', '2005-05');
      await expect(page.locator('#event-2026-01-03-maduro-captured .tl-badge')).toHaveText(words.timeline.status.after);
      await expect(page.locator('#event-2026-01-03-maduro-captured .fig-source a').first()).toHaveAttribute(
        'href',
        `${prefix(locale)}/sources/#sky-2026-01-03`,
      );
      const event = dataRows('timeline.csv').find((e) => e.id === 'event-2013-03-05-chavez-dies')!;
      await expect(page.locator('#event-2013-03-05-chavez-dies .tl-text')).toHaveText(
        locale === 'en' ? event.event! : event[`event_${locale}`]!,
      );
    });
  });

  test.describe(`${locale}: tooltips`, () => {
    /**
     * The words a mark's tooltip shows: a timeline event's date, category and status, then the
     * event, from the data; another figure's, as the build wrote them on the wide drawing's mark.
     */
    const wordsOf = async (mark: Locator): Promise<string> => {
      const id = await mark.getAttribute('data-id');
      if (!id) return (await mark.getAttribute('data-tip'))!;
      const e = dataRows('timeline.csv').find((row) => row.id === id)!;
      const status = isAfterArticle({ date: e.date! }) ? 'after' : e.in_source_article === 'yes' ? 'article' : 'other';
      const category = words.timeline.categories[e.category as keyof typeof words.timeline.categories];
      const date = formatDate(e.date!, e.date_precision as 'day' | 'month' | 'year', locale);
      const text = locale === 'en' ? e.event! : e[`event_${locale}`]!;
      return `${date} · ${category} · ${words.timeline.status[status]}\n${text}`;
    };

    for (const id of FIGURES) {
      test(`${id}: opens on hover and on keyboard focus, arrows move, Esc closes`, async ({ page }) => {
        await page.goto(`${home(locale)}#${id}`);
        const figure = page.locator(`#${id}`);
        const tip = page.locator(`#${id}`).locator('xpath=..').locator('.fig-tip');
        await expect(tip).toHaveCount(1); // the script wired the figure once it came into view
        await expect(tip).toBeHidden();
        const marks = chart(page, id).locator('.fig-mark');

        await marks.nth(3).hover();
        await expect(tip).toBeVisible();
        await expect(tip).toHaveText(await wordsOf(marks.nth(3)));
        await page.keyboard.press('Escape');
        await expect(tip).toBeHidden();

        await page.mouse.move(0, 0);
        await marks.first().focus();
        await expect(marks.first()).toBeFocused();
        await expect(tip).toBeVisible();
        await expect(tip).toHaveText(await wordsOf(marks.first()));
        await expect(marks.first()).toHaveAccessibleName((await wordsOf(marks.first())).replaceAll('\n', ', '));
        await page.keyboard.press('ArrowRight');
        await expect(marks.nth(1)).toBeFocused();
        await expect(marks.nth(1)).toHaveAttribute('tabindex', '0');
        await expect(marks.first()).toHaveAttribute('tabindex', '-1');
        await expect(tip).toHaveText(await wordsOf(marks.nth(1)));
        await page.keyboard.press('Escape');
        await expect(tip).toBeHidden();
        await expect(marks.nth(1)).toBeFocused(); // Esc dismisses without moving focus
        await expect(figure).toBeVisible();
      });
    }

    // The timeline's words then come from the chronology, as on a first pointer after the script.
    for (const [id, element] of [
      ['figure-accord-counts', 'accords-chart'],
      ['figure-timeline', 'timeline-chart'],
    ] as const)
      test(`${id}: the figures’ behaviour comes only as a figure comes near; a mark pointed at before it arrives shows its tooltip then`, async ({
        browser,
      }) => {
        // The page's own requests, not the worker's, so that the test can hold one back.
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        const scripts: string[] = [];
        page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
        await page.goto(home(locale));
        await page.waitForTimeout(500);
        // The first screen loads the page's one script; the figures, further down, are not wired.
        expect(scripts).toHaveLength(1);
        expect(await page.evaluate((tag) => customElements.get(tag), element)).toBeUndefined();
        const [pageScript] = scripts;
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route(
          (url) => url.pathname.endsWith('.js') && url.pathname !== pageScript,
          async (route) => {
            await held;
            await route.continue();
          },
        );
        const mark = chart(page, id).locator('.fig-mark').nth(3);
        await mark.hover();
        const tip = page.locator(`${element} .fig-tip`);
        await expect.poll(() => scripts.length).toBe(2);
        await expect(tip).toHaveCount(0);
        release();
        await expect(tip).toBeVisible(); // the pointer has not moved since
        await expect(tip).toHaveText(await wordsOf(mark));
        await context.close();
      });

    test('on a section page, the figures’ behaviour comes as the reader scrolls toward the figure, not before', async ({
      browser,
    }) => {
      // A screen short enough that the figure starts more than the fetching margin (200px) below it.
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 400 } });
      const page = await context.newPage();
      const scripts: string[] = [];
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      await page.goto(sectionShowing(locale, 'figure-arms-transfers'));
      const figure = page.locator('arms-chart');
      const below = await figure.evaluate((el) => el.getBoundingClientRect().top - innerHeight);
      expect(below).toBeGreaterThan(200);
      await page.waitForTimeout(500);
      expect(scripts).toHaveLength(1);
      expect(await page.evaluate(() => customElements.get('arms-chart'))).toBeUndefined();
      await page.mouse.wheel(0, below - 100);
      await expect.poll(() => scripts.length).toBe(2);
      await figure.scrollIntoViewIfNeeded();
      const mark = chart(page, 'figure-arms-transfers').locator('.fig-mark').nth(3);
      await mark.hover();
      const tip = figure.locator('.fig-tip');
      await expect(tip).toBeVisible();
      await expect(tip).toHaveText(await wordsOf(mark));
      await context.close();
    });

    test('the timeline’s words come from the chronology when the reader first points at the figure, not before', async ({
      page,
    }) => {
      const asked: string[] = [];
      page.on('request', (r) => asked.push(new URL(r.url()).pathname));
      await page.goto(`${home(locale)}#figure-timeline`);
      const tip = page.locator('timeline-chart .fig-tip');
      await expect(tip).toHaveCount(1); // wired
      const svg = chart(page, 'figure-timeline');
      // The page carries no words on the marks; until the reader shows interest the drawing is one
      // image, as without the script, and nothing more is downloaded.
      await expect(svg.locator('.fig-mark[data-tip]')).toHaveCount(0);
      await expect(svg).toHaveAttribute('role', 'img');
      await page.waitForTimeout(300);
      expect(asked).not.toContain(chronology(locale));
      const mark = svg.locator('.fig-mark').nth(placeOf('event-2013-03-05-chavez-dies'));
      await mark.hover();
      await expect(tip).toBeVisible();
      await expect(tip).toHaveText(await wordsOf(mark));
      expect(asked.filter((p) => p === chronology(locale))).toHaveLength(1);
      await expect(svg).toHaveAttribute('role', 'group');
    });

    test('keyboard alone: the first Tab brings the words, and the marks are reached with them', async ({ page }) => {
      await page.goto(`${home(locale)}#figure-timeline`);
      await expect(page.locator('timeline-chart .fig-tip')).toHaveCount(1);
      const svg = chart(page, 'figure-timeline');
      await expect(svg.locator('.fig-mark[tabindex]')).toHaveCount(0);
      const words = page.waitForResponse((r) => new URL(r.url()).pathname === chronology(locale));
      await page.keyboard.press('Tab');
      await words;
      // From the filter's last button, Tab reaches the first mark (the drawing itself may take a
      // stop on the way), named by its words.
      await page.locator('#figure-timeline button[data-after]').focus();
      const first = svg.locator('.fig-mark').first();
      for (let i = 0; i < 2 && !(await first.evaluate((m) => m === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      await expect(first).toBeFocused();
      await expect(first).toHaveAccessibleName((await wordsOf(first)).replaceAll('\n', ', '));
      await expect(page.locator('timeline-chart .fig-tip')).toHaveText(await wordsOf(first));
    });

    test('when the chronology cannot be fetched, the timeline stays the image it is without the script', async ({
      browser,
    }) => {
      // The page's own requests, not the worker's, so that the test can refuse them.
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.route(`**${chronology(locale)}`, (route) => route.abort('internetdisconnected'));
      await page.goto(`${home(locale)}#figure-timeline`);
      const tip = page.locator('timeline-chart .fig-tip');
      await expect(tip).toHaveCount(1);
      const svg = chart(page, 'figure-timeline');
      await svg.locator('.fig-mark').nth(3).hover();
      await page.waitForTimeout(500);
      await expect(tip).toBeHidden();
      await expect(svg).toHaveAttribute('role', 'img');
      await expect(svg.locator('.fig-mark[tabindex]')).toHaveCount(0);
      await expect(page.locator('#figure-timeline a[data-chronology]')).toBeVisible();
      // Online again, the next hover brings the words.
      await page.unroute(`**${chronology(locale)}`);
      await page.mouse.move(0, 0);
      const mark = svg.locator('.fig-mark').nth(4);
      await mark.hover();
      await expect(mark).toHaveAttribute('data-id', /^event-/); // the words have come (read below)
      await expect(tip).toHaveText(await wordsOf(mark));
      await context.close();
    });

    test('on a phone, the narrow drawing’s marks speak the same words, written once on the wide drawing', async ({
      page,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${home(locale)}#figure-arms-transfers`);
      await expect(chart(page, 'figure-arms-transfers')).toHaveClass(/fig-narrow/);
      const words2013 = words.arms.tip(
        2013,
        formatTiv(881.44, locale),
        formatTiv(111.86, locale),
        formatTiv(993.3, locale),
      );
      const mark = chart(page, 'figure-arms-transfers').locator('.fig-mark[data-year="2013"]');
      await expect(mark).toHaveAccessibleName(words2013.replaceAll('\n', ', '));
      await mark.hover();
      const tip = page.locator('arms-chart .fig-tip');
      await expect(tip).toBeVisible();
      expect(await tip.textContent()).toBe(words2013);
    });

    test('the tooltip can be hovered without closing (WCAG 1.4.13), and speaks the page’s language', async ({
      page,
    }) => {
      await page.goto(`${home(locale)}#figure-arms-transfers`);
      const tip = page.locator('arms-chart .fig-tip');
      const mark = chart(page, 'figure-arms-transfers').locator('.fig-mark[data-year="2013"]');
      await mark.hover();
      await expect(tip).toBeVisible();
      expect(await tip.textContent()).toBe(
        words.arms.tip(2013, formatTiv(881.44, locale), formatTiv(111.86, locale), formatTiv(993.3, locale)),
      );
      const box = (await tip.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
      await page.waitForTimeout(500);
      await expect(tip).toBeVisible();
    });
  });

  test.describe(`${locale}: timeline`, () => {
    test('the filter isolates one category or shows all, by click or keyboard, and says how many show', async ({
      page,
    }) => {
      await page.goto(`${home(locale)}#figure-timeline`);
      const filters = page.locator('#figure-timeline [data-filters]');
      await expect(filters).toBeVisible();
      await expect(filters.locator('[role="group"]')).toHaveAttribute('aria-label', words.timeline.filterLabel);
      const all = filters.locator('button[data-category="all"]');
      const arms = filters.locator('button[data-category="arms"]');
      await expect(all).toHaveAttribute('aria-pressed', 'true');
      await expect(arms).toHaveAttribute('aria-pressed', 'false');
      await expect(arms).toHaveText(words.timeline.categories.arms);
      // The events are the chart's marks (the chronology page lists them).
      const svg = chart(page, 'figure-timeline');
      const total = await svg.locator('.fig-mark').count();
      expect(total).toBe(dataRows('timeline.csv').length);
      // A mark's category is its colour class; fig-after marks the events after the article.
      const armsCount = await svg.locator('.fig-mark.fig-c-arms').count();
      expect(armsCount).toBeGreaterThan(2);
      const status = page.locator('#figure-timeline [data-filter-status]');

      // Clicking a category isolates it: only its events, marks and labels show.
      await arms.click();
      await expect(arms).toHaveAttribute('aria-pressed', 'true');
      await expect(all).toHaveAttribute('aria-pressed', 'false');
      await expect(filters.locator('button[data-category][aria-pressed="true"]')).toHaveCount(1);
      await expect(svg.locator('.fig-mark:visible')).toHaveCount(armsCount);
      await expect(svg.locator('.fig-mark:visible:not(.fig-c-arms)')).toHaveCount(0);
      await expect(svg.locator('.fig-mark.fig-c-arms').first()).toBeVisible();
      // Key labels show only for the events shown: each visible label is an arms event's.
      const armsPlaces = await svg
        .locator('.fig-mark')
        .evaluateAll((ms) => ms.flatMap((m, i) => (m.classList.contains('fig-c-arms') ? [String(i)] : [])));
      const shownLabels = await svg
        .locator('[data-label]:visible')
        .evaluateAll((ls) => ls.map((l) => l.getAttribute('data-label')));
      expect(shownLabels.filter((place) => !armsPlaces.includes(place!))).toEqual([]);
      await expect(status).toHaveText(words.timeline.showing(armsCount, total));

      // The keyboard does the same: Space on Diplomacy isolates it, Enter on All shows everything.
      const diplomacy = filters.locator('button[data-category="diplomacy"]');
      await diplomacy.focus();
      await page.keyboard.press('Space');
      await expect(diplomacy).toHaveAttribute('aria-pressed', 'true');
      await expect(arms).toHaveAttribute('aria-pressed', 'false');
      const diplomacyCount = await svg.locator('.fig-mark.fig-c-diplomacy').count();
      await expect(svg.locator('.fig-mark:visible')).toHaveCount(diplomacyCount);
      await all.focus();
      await page.keyboard.press('Enter');
      await expect(all).toHaveAttribute('aria-pressed', 'true');
      await expect(svg.locator('.fig-mark:visible')).toHaveCount(total);
      await expect(status).toHaveText(words.timeline.showing(total, total));

      // Only the events after the article, alone or within a category.
      const after = filters.locator('button[data-after]');
      await expect(after).toHaveText(words.timeline.afterOnly);
      await expect(after).toHaveAttribute('aria-pressed', 'false');
      await after.click();
      await expect(after).toHaveAttribute('aria-pressed', 'true');
      const afterCount = await svg.locator('.fig-mark.fig-after').count();
      expect(afterCount).toBeGreaterThan(0);
      await expect(svg.locator('.fig-mark:visible')).toHaveCount(afterCount);
      await expect(svg.locator('.fig-mark:visible:not(.fig-after)')).toHaveCount(0);
      const oneCategory = await svg
        .locator('.fig-mark.fig-after')
        .first()
        .evaluate((m) => [...m.classList].find((c) => c.startsWith('fig-c-'))!.slice('fig-c-'.length));
      const both = await svg.locator(`.fig-mark.fig-after.fig-c-${oneCategory}`).count();
      await filters.locator(`button[data-category="${oneCategory}"]`).click();
      await expect(svg.locator('.fig-mark:visible')).toHaveCount(both);
      await expect(status).toHaveText(
        both === 1 ? words.timeline.showingOne(1, total) : words.timeline.showing(both, total),
      );
      await after.click();
      await all.click();
      await expect(svg.locator('.fig-mark:visible')).toHaveCount(total);
    });

    test('key events are labelled on the chart, in the page’s language', async ({ page }) => {
      await page.goto(home(locale));
      const labelled = dataRows('timeline.csv').filter((e) => e.chart_label);
      expect(labelled.length).toBeGreaterThan(3);
      const svg = chart(page, 'figure-timeline');
      for (const e of labelled) {
        const label = svg.locator(`[data-label="${placeOf(e.id!)}"]`);
        await expect(label).toBeVisible();
        const text = (await label.textContent())!.replace(/\s+/g, ' ');
        expect(text).toContain((locale === 'en' ? e.chart_label! : e.chart_label_fr!).split(' ').at(-1));
      }
    });

    test('an event link opens the chronology at that event, highlighted', async ({ page }) => {
      const id = 'event-2025-07-05-independence-day-parade';
      await page.goto(`${chronology(locale)}#${id}`);
      const item = page.locator(`#${id}`);
      await expect(item).toBeInViewport();
      expect(await item.evaluate((el) => el.matches(':target'))).toBe(true);
      const [bg, paper] = await item.evaluate((el) => [
        getComputedStyle(el).backgroundColor,
        getComputedStyle(document.body).backgroundColor,
      ]);
      expect(bg).not.toBe('rgba(0, 0, 0, 0)');
      expect(bg).not.toBe(paper);
      // The same id is nowhere else on the page.
      expect(await page.locator(`[id="${id}"]`).count()).toBe(1);
    });

    test('a mark links to its event in the chronology', async ({ page }) => {
      await page.goto(`${home(locale)}#figure-timeline`);
      const mark = chart(page, 'figure-timeline').locator('.fig-mark').nth(placeOf('event-2013-03-05-chavez-dies'));
      await expect(page.locator('#figure-timeline').locator('xpath=..').locator('.fig-tip')).toHaveCount(1);
      await mark.click();
      await expect(page).toHaveURL(new RegExp(`${chronology(locale)}#event-2013-03-05-chavez-dies$`));
      await expect(page.locator('#event-2013-03-05-chavez-dies')).toBeInViewport();
    });
  });

  test.describe(`${locale}: CSV downloads`, () => {
    test('every figure’s CSV downloads and parses, with its sources, from links in the page’s language', async ({
      page,
    }) => {
      await page.goto(home(locale));
      const links = await page
        .locator('figure a[data-csv]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('href')!));
      expect(links).toHaveLength(5);
      for (const line of await page.locator('figure .fig-downloads').allTextContents())
        expect(line.trim().startsWith(words.download)).toBe(true);
      await expect(page.locator('#figure-timeline a[data-csv]')).toHaveText(words.timeline.download);
      for (const href of links) {
        expect(href).toMatch(/^\/data\/[a-z0-9-]+\.csv$/); // one set of files, English column names, for both editions
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

  test.describe(`${locale}: narrow screens`, () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('get their own drawings: rows for the arms; the timeline runs down the page', async ({ page }) => {
      await page.goto(home(locale));
      await expect(page.locator('#figure-arms-transfers > svg.fig-narrow')).toBeVisible();
      await expect(page.locator('#figure-arms-transfers > svg.fig-wide')).toBeHidden();
      await expect(page.locator('#figure-accord-counts > svg.fig-narrow')).toBeVisible();
      await expect(page.locator('#figure-timeline svg.fig-wide')).toBeHidden();
      const box = await page.locator('#figure-timeline svg.fig-narrow').boundingBox();
      expect(box!.height).toBeGreaterThan(box!.width);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    });

    for (const width of [320, 390]) {
      test(`(${width}px) an event’s own link (its date) takes no line of its own, and keyboard users reach it`, async ({
        page,
      }) => {
        await page.setViewportSize({ width, height: 844 });
        await page.goto(chronology(locale));
        const gaps = await page.locator('li.tl-event').evaluateAll((lis) =>
          lis.map((li) => {
            const meta = [...li.querySelectorAll('.tl-meta > *')].map((e) => e.getBoundingClientRect().bottom);
            return li.querySelector('.tl-text')!.getBoundingClientRect().top - Math.max(...meta);
          }),
        );
        for (const gap of gaps) expect(gap).toBeLessThan(12);
        const first = page.locator('li.tl-event').first();
        const link = first.locator('.tl-meta a');
        await expect(link).toHaveAttribute('href', `#${await first.getAttribute('id')}`);
        await expect(link).toHaveAccessibleName((await first.locator('time').textContent())!.trim());
        await link.focus();
        await expect(link).toBeFocused();
        const outline = await link.evaluate((e) => getComputedStyle(e).outlineStyle);
        expect(outline).not.toBe('none');
      });
    }
  });
}

test.describe('both editions', () => {
  test.use({ javaScriptEnabled: false });

  /** Every figure table of a page: its name, then per row its key and its printed numbers read back. */
  async function tables(page: Page, path: string, locale: Locale) {
    await page.goto(path);
    const raw = await page.locator('figure table.fig-table').evaluateAll((els) =>
      els.map((table) => ({
        name: table.getAttribute('data-table') ?? 'systems',
        rows: [...table.querySelectorAll('tbody tr, tfoot tr')].map((tr) => ({
          key:
            tr.getAttribute('data-year') ??
            tr.getAttribute('data-recipient') ??
            tr.getAttribute('data-id') ??
            `${tr.getAttribute('data-date')}|${tr.getAttribute('data-kind')}`,
          numbers: [...tr.querySelectorAll('td.num')].map((td) => td.textContent!.trim()),
        })),
      })),
    );
    // A cell that is a number (a SIPRI estimate flag aside) is read back; words ("about 260", "1 treaty") stay text.
    const value = (cell: string) => {
      const bare = cell.replace(/\s*(est|estim)\.$/, '');
      return /^\d[\d\s\u00a0\u202f.,]*%?$/.test(bare) ? parseLocalized(bare, locale) : cell;
    };
    return raw.map((t) => ({ ...t, rows: t.rows.map((r) => ({ key: r.key, numbers: r.numbers.map(value) })) }));
  }

  test('the figures’ tables on /fr/ hold the same numbers as on /', async ({ page }) => {
    const en = await tables(page, '/', 'en');
    const fr = await tables(page, '/fr/', 'fr');
    expect(fr.map((t) => t.name)).toEqual(en.map((t) => t.name));
    expect(en.length).toBeGreaterThanOrEqual(5);
    let compared = 0;
    for (const [i, table] of en.entries()) {
      expect(
        fr[i]!.rows.map((r) => r.key),
        table.name,
      ).toEqual(table.rows.map((r) => r.key));
      const numeric = (rows: typeof table.rows) =>
        rows.map((r) => r.numbers.map((n) => (typeof n === 'number' ? n : 'text')));
      expect(numeric(fr[i]!.rows), table.name).toEqual(numeric(table.rows));
      for (const n of numeric(table.rows).flat())
        if (typeof n === 'number') expect(Number.isFinite(n), table.name).toBe(true);
      compared += numeric(table.rows)
        .flat()
        .filter((n) => typeof n === 'number').length;
    }
    expect(compared).toBeGreaterThan(150);
    // 3 861,9 on the French page: a narrow no-break space and a decimal comma.
    await expect(
      page.locator('table[data-table="arms-customers"] tr[data-recipient="Venezuela"] td:nth-child(3)'),
    ).toHaveText('3\u202f861,9');
  });

  test('the French figures hold no English from the figures’ dictionary or the research text', async ({ page }) => {
    await page.goto('/fr/');
    const text = (
      await page
        .locator('figure')
        .evaluateAll((els) =>
          els
            .map((el) =>
              [
                el.textContent ?? '',
                ...[...el.querySelectorAll('[data-tip],[aria-label],[data-one],[data-other]')].flatMap((e) =>
                  ['data-tip', 'aria-label', 'data-one', 'data-other'].map((a) => e.getAttribute(a) ?? ''),
                ),
              ].join('\n'),
            )
            .join('\n'),
        )
    ).replace(/\s+/g, ' ');
    // English dictionary strings (the fixed parts of parametrised ones too) that French does not share.
    const fixedParts = (value: unknown): string[] => {
      if (typeof value === 'string') return [value];
      if (typeof value === 'function')
        return String(value(...Array.from({ length: value.length }, () => '\u0000'))).split('\u0000');
      if (value && typeof value === 'object') return Object.values(value).flatMap(fixedParts);
      return [];
    };
    const french = new Set(fixedParts(figures.fr).map((s) => s.trim()));
    const english = fixedParts(figures.en)
      .flatMap((s) => s.split('\n'))
      .map((s) => s.trim())
      .filter((s) => s.length >= 8 && !french.has(s) && /[a-z]{3}/.test(s));
    expect(english.length).toBeGreaterThan(50);
    for (const s of english) expect(text, s).not.toContain(s.replace(/\s+/g, ' '));
    for (const row of dataRows('timeline.csv')) expect(text, row.event).not.toContain(row.event!.replace(/\s+/g, ' '));
    for (const row of dataRows('accords.csv'))
      expect(text, row.context).not.toContain(row.context!.split(/[,;:(]/)[0]!.trim());
    for (const row of dataRows('sipri-russia-to-venezuela-systems.csv'))
      expect(text, row.description).not.toMatch(new RegExp(`\\b${row.description!.replace(/[/]/g, '\\/')}\\b`));
  });
});
