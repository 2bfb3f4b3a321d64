// Every interface string, keyed by locale, from one typed dictionary: the site's strings
// (src/i18n/ui.ts) and the figures' (src/i18n/figures.ts), which each language's registry entry
// points to (src/lib/locales.ts). Words of the explainer itself live in content/; these are the
// words of the interface around them.
import { LOCALE_REGISTRY, type Locale } from './locales';

/** The shape of a block of strings: the English block's keys, each a string or a function to a string. */
export type Strings<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => string
    ? (...args: A) => string
    : T[K] extends string
      ? string
      : Strings<T[K]>;
};

/** The interface strings for a locale. */
export function t(locale: Locale) {
  const { words } = LOCALE_REGISTRY[locale];
  return { ...words.ui, fig: words.figures };
}
