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
  printView: 'Print version',
  printedFrom: 'Online at',
  printLink: 'Print',
  availableOffline: 'Saved on this device: the whole explainer can be read offline.',
  // Sharing: heading, figure and event links; copy and share; link previews.
  figureTitled: 'Figure titled',
  eventOf: 'Timeline event:',
  shareThisSection: 'Share this section',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyRefused: 'Your browser did not allow copying. The link is selected: press Ctrl+C, or ⌘C on a Mac, to copy it.',
  linkToSection: 'Link to this section',
  share: 'Share…',
  shareByEmail: 'Email',
  shareOnWhatsApp: 'WhatsApp',
  shareOnX: 'X',
  ogImageAlt: (title: string, siteName: string) => `“${title}”, from the explainer ${siteName}`,
  ogBasedOn: (author: string, publisher: string, date: string) =>
    author ? `Based on ${author}’s reporting for ${publisher}, ${date}` : `Based on reporting by ${publisher}, ${date}`,
  insecureAddress: 'address not served over a secure connection, so shown as text rather than linked',
} as const;

type Dictionary = { [K in keyof typeof en]: (typeof en)[K] extends (...args: infer A) => string ? (...args: A) => string : string };

// TEMPORARY while the French dictionary is written (issue 7).
const dictionaries: Record<Locale, Dictionary> = { en, fr: en };

/** The interface strings for a locale. */
export function t(locale: Locale): Dictionary {
  return dictionaries[locale];
}
