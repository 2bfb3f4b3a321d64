// The languages of the explainer, one registry entry each: where its pages live, how Intl and
// link previews name it, the last part of each of its pages' addresses, and its interface words.
// English is the default and lives at the site root. A language is added by adding its code to
// LOCALES: TypeScript then refuses the build until LOCALE_REGISTRY has its entry, with every
// field, and every other table keyed by language has its row (docs/languages.md lists them).
import { figures } from '../i18n/figures';
import { ui } from '../i18n/ui';

/** The site's languages, the default first (the order of the language switch and the alternates). */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE = 'en' satisfies Locale;
/** The languages beside the default, whose research texts sit in columns of their own (event_fr). */
export type TranslatedLocale = Exclude<Locale, typeof DEFAULT_LOCALE>;

/** The pages every language has at an address of its own, beside the explainer and its sections. */
export const PAGE_ROUTES = ['sources', 'about', 'updates', 'print', 'offline', 'chronology', 'figures'] as const;
export type PageRoute = (typeof PAGE_ROUTES)[number];

/** Everything the site needs to publish in one language. */
export interface LocaleEntry {
  /** The path prefix of its pages: "" for the default language (the site root), "/fr" for French. */
  prefix: string;
  /** The BCP 47 tag Intl formats its dates and numbers with ("en-GB": 5 July 2025). */
  intl: string;
  /** Its Open Graph locale, in link previews ("en_US": the English edition is written in US English). */
  og: string;
  /** The last part of each of its pages' addresses ({ about: 'a-propos' } is /fr/a-propos/); `figures` is the folder of the figure pages. */
  slugs: Readonly<Record<PageRoute, string>>;
  /** The last part of a figure's embed page's address (/figures/<slug>/embed/). */
  embed: string;
  /** Its interface words: its blocks of src/i18n/ui.ts and src/i18n/figures.ts (read through t(locale)). */
  words: { readonly ui: (typeof ui)[Locale]; readonly figures: (typeof figures)[Locale] };
}

/** Every language's entry. */
export const LOCALE_REGISTRY: { readonly [L in Locale]: Readonly<LocaleEntry> } = {
  en: {
    prefix: '',
    intl: 'en-GB',
    og: 'en_US',
    slugs: {
      sources: 'sources',
      about: 'about',
      updates: 'updates',
      print: 'print',
      offline: 'offline',
      chronology: 'chronology',
      figures: 'figures',
    },
    embed: 'embed',
    words: { ui: ui.en, figures: figures.en },
  },
  fr: {
    prefix: '/fr',
    intl: 'fr-FR',
    og: 'fr_FR',
    slugs: {
      sources: 'sources',
      about: 'a-propos',
      updates: 'mises-a-jour',
      print: 'print',
      offline: 'hors-ligne',
      chronology: 'chronologie',
      figures: 'graphiques',
    },
    embed: 'embed',
    words: { ui: ui.fr, figures: figures.fr },
  },
};

/** True when a string names one of the site's locales. */
export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}
