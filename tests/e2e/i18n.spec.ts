// Two languages: the right <html lang>, hreflang alternates both ways, a language switch that
// leads to the same place (keeping the #fragment), and no English interface string on a French page.
import { expect, test } from '@playwright/test';
import { t } from '../../src/lib/i18n';
import { typographic } from '../../src/lib/data-text';
import { allStrings } from '../support/strings';
import {
  ABOUT_PATH,
  dataRows,
  everyPage,
  figureCounterpart,
  localeOfPath,
  sectionsOf,
  translationKeys,
  UPDATES_PATH,
  CHRONOLOGY_PATH,
} from '../support/content';

const enToFr = Object.fromEntries(Object.entries(translationKeys('fr')).map(([fr, en]) => [en, fr]));
// Pages whose address is translated (the about and updates pages), both ways.
const namedPairs: Record<string, string> = {};
for (const paths of [ABOUT_PATH, UPDATES_PATH, CHRONOLOGY_PATH]) {
  namedPairs[paths.en!] = paths.fr!;
  namedPairs[paths.fr!] = paths.en!;
}
const counterpart = (path: string): string => {
  if (namedPairs[path]) return namedPairs[path];
  const figure = figureCounterpart(path);
  if (figure) return figure;
  const french = path.startsWith('/fr/');
  const rest = french ? path.slice(3) : path;
  const slug = rest.replace(/^\/|\/$/g, '');
  if (!slug || slug === 'sources' || slug === 'print') return french ? rest : `/fr${rest}`;
  if (french) return `/${translationKeys('fr')[slug]}/`;
  return `/fr/${enToFr[slug]}/`;
};
for (const path of ['/print/', '/fr/print/']) {
  test(`${path} declares its language`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', localeOfPath(path));
  });
}

for (const path of everyPage()) {
  test(`${path}: lang, hreflang both ways, and a switch to the same page in the other language`, async ({
    page,
    baseURL,
  }) => {
    const locale = localeOfPath(path);
    const other = counterpart(path);
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const alternates = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((links) =>
        Object.fromEntries(links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname])),
      );
    expect(alternates[locale]).toBe(path);
    expect(alternates[locale === 'en' ? 'fr' : 'en']).toBe(other);
    expect(alternates['x-default']).toBe(locale === 'en' ? path : other);
    const switchLink = page.locator(`a.language-switch[hreflang="${locale === 'en' ? 'fr' : 'en'}"]`);
    await expect(switchLink).toHaveAttribute('href', other);
    // And back: the other page's alternates point here.
    await page.goto(other);
    const back = await page.locator(`link[rel="alternate"][hreflang="${locale}"]`).getAttribute('href');
    expect(new URL(back!, baseURL).pathname).toBe(path);
  });
}

test('the switch keeps the place: a section anchor is translated, a figure or event id kept', async ({ page }) => {
  const section = sectionsOf('en')[4]!;
  await page.goto(`/#${section.slug}`);
  await page.locator('a.language-switch').click();
  await expect(page).toHaveURL(new RegExp(`/fr/#${enToFr[section.slug]}$`));
  await expect(page.locator(`#${enToFr[section.slug]}`)).toBeInViewport();

  await page.goto('/fr/#figure-accord-counts');
  await page.locator('a.language-switch').click();
  await expect(page).toHaveURL(/\/#figure-accord-counts$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the switch still opens the same page in the other language', async ({ page }) => {
    const fr = sectionsOf('fr')[2]!;
    await page.goto(`/fr/${fr.slug}/`);
    await page.locator('a.language-switch').click();
    await expect(page).toHaveURL(new RegExp(`/${translationKeys('fr')[fr.slug]}/$`));
  });
});

// English interface strings that differ from their French counterparts (names like "WhatsApp" or
// words spelt alike, such as "Sources", are the same in both and cannot betray an untranslated
// page). The name of each language is meant to appear on the other's pages, in the switch.
const languageNames = new Set([t('en').languageName, t('fr').languageName]);
const frenchStrings = new Set(allStrings(t('fr')));
const englishOnly = allStrings(t('en')).filter((text) => !frenchStrings.has(text) && !languageNames.has(text));
// Short single words are left out: "Part" or "Arms" are also French words or parts of names
// ("Part des exportations", "Arms Transfers Database"); phrases and longer words are telling.
const pieces = [
  ...new Set(
    englishOnly.flatMap((text) =>
      text
        .split(/\{\d\}/)
        .map((part) => part.trim())
        .filter((part) => part.includes(' ') || part.length >= 8),
    ),
  ),
];
const asWord = (piece: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
// Sources are cited under their own titles, some of them English: that is data, not interface.
// They are shown with typographic quotation marks and apostrophes, as the data-text layer writes them.
const sourceTexts = dataRows('sources.csv')
  .flatMap((row) => [row.title!, row.publisher!, row.note ?? '', row.url!])
  .filter(Boolean)
  .flatMap((text) => [text, typographic(text)])
  .sort((a, b) => b.length - a.length);

for (const path of [...everyPage().filter((p) => p.startsWith('/fr/')), '/fr/print/']) {
  test(`${path} shows no English interface string`, async ({ page }) => {
    expect(pieces.length).toBeGreaterThan(20);
    await page.goto(path);
    let text = await page.evaluate(() => {
      const attributes = [
        ...document.querySelectorAll('[aria-label], [title], [alt], [data-tip], [placeholder], [content]'),
      ].flatMap((el) =>
        ['aria-label', 'title', 'alt', 'data-tip', 'placeholder', 'content'].map((name) => el.getAttribute(name) ?? ''),
      );
      return [document.title, document.body.innerText, document.body.textContent ?? '', ...attributes].join('\n');
    });
    for (const source of sourceTexts) text = text.split(source).join(' ');
    expect(pieces.filter((piece) => asWord(piece).test(text))).toEqual([]);
  });
}
