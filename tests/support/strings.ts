// Reading the interface dictionary as plain text, for tests that look for untranslated strings.
import type { Page } from '@playwright/test';
import { typographic } from '../../src/lib/data-text';
import { t } from '../../src/lib/i18n';
import { dataRows } from './content';

/** Every string a dictionary holds; functions are called with placeholders "{0}", "{1}"… */
export function allStrings(dictionary: object): string[] {
  return Object.values(dictionary).flatMap((value): string[] => {
    if (typeof value === 'string') return [value];
    if (typeof value === 'function')
      return [String(value(...Array.from({ length: value.length }, (_, i) => `{${i}}`)))];
    if (value && typeof value === 'object') return allStrings(value);
    return [];
  });
}

/**
 * The telling pieces of the English interface: strings that differ from every French one, cut at
 * their placeholders. Names like "WhatsApp" or words spelt alike ("Sources") cannot betray an
 * untranslated page, and each language's name is meant to appear on the other's pages (the
 * switch). Short single words are left out too: "Part" or "Arms" are also French words or parts of
 * names ("Part des exportations", "Arms Transfers Database"); phrases and longer words are telling.
 */
export function englishInterfacePieces(): string[] {
  const languageNames = new Set([t('en').languageName, t('fr').languageName]);
  const frenchStrings = new Set(allStrings(t('fr')));
  const englishOnly = allStrings(t('en')).filter((text) => !frenchStrings.has(text) && !languageNames.has(text));
  return [
    ...new Set(
      englishOnly.flatMap((text) =>
        text
          .split(/\{\d\}/)
          .map((part) => part.trim())
          .filter((part) => part.includes(' ') || part.length >= 8),
      ),
    ),
  ];
}

/** The English interface pieces found, as whole words, in a French page's text (its sources' own titles, which may be English, left out). */
export function englishLeftIn(text: string, pieces = englishInterfacePieces()): string[] {
  // Sources are cited under their own titles, some of them English: that is data, not interface.
  // They are shown with typographic quotation marks and apostrophes, as the data-text layer writes them.
  const sourceTexts = dataRows('sources.csv')
    .flatMap((row) => [row.title!, row.publisher!, row.note ?? '', row.url!])
    .filter(Boolean)
    .flatMap((s) => [s, typographic(s)])
    .sort((a, b) => b.length - a.length);
  for (const source of sourceTexts) text = text.split(source).join(' ');
  // Words quoted from the English edition (« … », as the French corrections log quotes what changed
  // in English) are quotations, not interface.
  text = text.replace(/«[^»]*»/g, ' ');
  const asWord = (piece: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
  return pieces.filter((piece) => asWord(piece).test(text));
}

/** Everything a reader or a screen reader may meet on a page: its title, its text, and the attributes that carry words. */
export function pageWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const names = ['aria-label', 'title', 'alt', 'data-tip', 'placeholder', 'content'];
    const attributes = [...document.querySelectorAll(names.map((n) => `[${n}]`).join(', '))].flatMap((el) =>
      names.map((name) => el.getAttribute(name) ?? ''),
    );
    return [document.title, document.body.innerText, document.body.textContent ?? '', ...attributes].join('\n');
  });
}
