// The pages that get a link preview, and what each one shows.
import { describe, expect, test } from 'vitest';
import { samplePages } from '../support/previews';
import { dataRows, siteName } from '../support/content';
import { figures } from '../../src/i18n/figures';
import { CARD_MIN_TEXT, cardLayout } from '../../src/lib/figure-svg';

describe('previewPages', () => {
  test('every page gets a preview: the explainer, each section, the sources, about, updates and the print view', () => {
    expect(samplePages.map((p) => p.path)).toEqual([
      '/',
      '/one/',
      '/two/',
      '/sources/',
      '/about/',
      '/updates/',
      '/print/',
    ]);
    expect(samplePages.map((p) => p.imagePath)).toEqual([
      '/og/index.png',
      '/og/one.png',
      '/og/two.png',
      '/og/sources.png',
      '/og/about.png',
      '/og/updates.png',
      '/og/print.png',
    ]);
    expect(samplePages[4]).toMatchObject({
      headline: 'About it',
      description: 'Who publishes it and how it was made.',
      kind: 'page',
    });
    expect(samplePages[6]).toMatchObject({ headline: 'The whole story', kicker: 'Explainer · Print version' });
    expect(samplePages[2]).toMatchObject({
      headline: 'Second part',
      description: 'The second part, summed up.',
      kicker: 'Explainer · Part 2 of 2',
      kind: 'article',
    });
    expect(samplePages[2]!.partOf).toEqual({ path: '/', headline: 'The whole story' });
    expect(samplePages[3]!.kind).toBe('page');
  });
});

describe('figure link-preview cards', () => {
  // Each figure's short title in both languages, with the data's own values where the words take
  // them: the last year of Russian deliveries (the arms CSV), and for the accords the widest the
  // numbers could print (the largest count in the accords CSV, as a range and as "more than").
  const armsYears = dataRows('sipri-venezuela-arms-imports-by-year.csv');
  const lastRussian = Math.max(...armsYears.filter((r) => Number(r.from_russia_tiv_m) > 0).map((r) => Number(r.year)));
  const largest = String(
    Math.max(...dataRows('accords.csv').flatMap((r) => [Number(r.count) || 0, Number(r.count_max) || 0])),
  );
  const cards = (['en', 'fr'] as const).flatMap((locale) => {
    const words = figures[locale];
    const widest = words.accords.moreThan(largest);
    return [
      { locale, key: 'arms' as const, title: words.arms.social(lastRussian) },
      {
        locale,
        key: 'accords' as const,
        title: words.accords.social(`${largest}–${largest}`, words.accords.about(largest), widest),
      },
      { locale, key: 'timeline' as const, title: words.timeline.social },
    ].map((card) => ({ ...card, kicker: words.kicker[card.key], siteName: siteName(locale) }));
  });
  // The phone drawing (288 px wide), short enough to show whole and taller than the card.
  const charts = [288, 744].flatMap((width) => [100, 2000].map((height) => ({ width, height, inner: '' })));

  test.each(cards)('$locale $key: every text stays in its region, at least CARD_MIN_TEXT px', (card) => {
    // A few words: far shorter than the figure's full title.
    expect(card.title.length).toBeLessThan(110);
    for (const chart of charts) {
      const { texts, chart: drawn } = cardLayout(chart, { lang: card.locale, ...card });
      for (const text of texts) {
        const where = `${text.cls} "${text.lines.join(' / ')}" at ${text.size} px, chart ${chart.width}×${chart.height}`;
        expect(text.size, where).toBeGreaterThanOrEqual(CARD_MIN_TEXT);
        expect(text.box.x, where).toBeGreaterThanOrEqual(text.region.x);
        expect(text.box.x + text.box.w, where).toBeLessThanOrEqual(text.region.x + text.region.w);
        expect(text.box.y, where).toBeGreaterThanOrEqual(text.region.y);
        expect(text.box.y + text.box.h, where).toBeLessThanOrEqual(text.region.y + text.region.h);
        // The region is on the card, clear of the chart beside it.
        expect(text.region.x + text.region.w, where).toBeLessThan(drawn.box.x);
        expect(text.region.y + text.region.h, where).toBeLessThanOrEqual(630);
      }
      // Regions do not overlap: kicker above title above site name.
      const [kicker, title, site] = texts;
      expect(kicker!.region.y + kicker!.region.h).toBeLessThanOrEqual(title!.region.y);
      expect(title!.region.y + title!.region.h).toBeLessThanOrEqual(site!.region.y);
      // The short title is shown whole, not cut with an ellipsis.
      expect(title!.lines.join(' ')).toBe(card.title);
      // The phone drawing's 12-px labels come out at CARD_MIN_TEXT px or more.
      if (chart.width === 288) expect(12 * drawn.scale).toBeGreaterThanOrEqual(CARD_MIN_TEXT);
      expect(drawn.box.x + drawn.box.w).toBeLessThanOrEqual(1200);
      expect(drawn.box.y + drawn.box.h).toBeLessThanOrEqual(630);
    }
  });
});
