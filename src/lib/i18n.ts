// Every interface string, keyed by locale, from one typed dictionary. Words of the explainer
// itself live in content/; these are the words of the interface around them.
import type { Locale } from './locales';

const en = {
  skipToContent: 'Skip to content',
  siteNav: 'Site',
  contents: 'Contents',
  sources: 'Sources',
  explainer: 'Explainer',
  keyFacts: 'Key facts',
  keyFactsSource: 'Source',
  readOnItsOwn: 'Open this section on its own page',
  readInFull: 'Read it in the full explainer',
  sectionTitled: 'Section titled',
  partOf: (n: number, total: number) => `Part ${n} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  sectionNav: 'Sections',
  quoteTranslated: 'Translated from the French text of the article',
  quotesNote: 'Quotations are English translations of the French text of the article; the original article is in English.',
  note: 'Note',
  sourcesForSection: 'Sources for this section',
  laterEvent: 'After the article',
  laterEventsLabel: 'Events after August 2025, for context',
  source: 'Source',
  sourcesPageTitle: 'Sources',
  sourcesPageIntro:
    'Every figure, date and name in this explainer comes from the article it is built on or from the records below. Where they disagree, the text says so where the fact appears.',
  reliability: 'Reliability',
  citedIn: 'Cited in',
  footerAbout: 'An explainer on the ties between Venezuela and Russia. No tracking, no third-party requests.',
  backToTop: 'Back to top',
} as const;

type Dictionary = { [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

const dictionaries: Record<Locale, Dictionary> = { en };

/** The interface strings for a locale. */
export function t(locale: Locale): Dictionary {
  return dictionaries[locale];
}
