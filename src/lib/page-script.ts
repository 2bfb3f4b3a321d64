// Which one script a page loads. Each enhancement is named by what needs it in the page's HTML
// (its custom elements, or the embed page's frame), and each page type's script
// (src/scripts/entries/) bundles a set of them into one file: a page loads one module, with no
// shared chunk (each file a page loads costs its own gzip overhead). PageScript.astro renders the
// page, reads what it holds, and loads the entry that bundles exactly that. (The explainer's entry
// fetches its figures' behaviour later, as a file of its own: src/scripts/figures/on-demand.ts.)
import { FIGURE_ELEMENTS } from './figure-elements';

/** Each enhancement, and the markup that needs it. */
export const ENHANCEMENTS = {
  /** The header's language switch and the footer's offline reading (every page with the site's header and footer). */
  site: /<(?:language-switch|save-offline|offline-status)[\s>]/,
  /** "Share" and "Cite this" (and the citation markers' fallback: every page with markers has "Cite this"). */
  share: /<(?:share-links|copy-citation)[\s>]/,
  /** The figures' tooltips, focus and filters (and the timeline's old event links forwarded). */
  figures: new RegExp(`<(?:${FIGURE_ELEMENTS.join('|')})[\\s>]`),
  /** The explainer's contents (the section being read) and the phones' contents bar. */
  contents: /<(?:toc-spy|contents-bar)[\s>]/,
  /** The 404 page's "Did you mean …?". */
  notFound: /<not-found-suggest[\s>]/,
  /** A figure's embed page: its height sent to the page that frames it. */
  embed: /<main class="embed-main[\s"]/,
} as const;

export type Enhancement = keyof typeof ENHANCEMENTS;

/** The entries of src/scripts/entries/, each with the enhancements it bundles. */
export const ENTRIES = {
  site: ['site'],
  reading: ['site', 'share'],
  figures: ['site', 'share', 'figures'],
  explainer: ['site', 'share', 'figures', 'contents'],
  'not-found': ['site', 'notFound'],
  embed: ['embed', 'figures'],
} as const satisfies Record<string, readonly Enhancement[]>;

export type Entry = keyof typeof ENTRIES;

/** The enhancements a page's HTML needs, in the order of ENHANCEMENTS. */
export function enhancementsOf(html: string): Enhancement[] {
  return (Object.keys(ENHANCEMENTS) as Enhancement[]).filter((name) => ENHANCEMENTS[name].test(html));
}

/** The entry that bundles exactly the enhancements a page needs (none for a page that needs none); an error naming the page and what it needs otherwise. */
export function entryFor(html: string, page: string): Entry | undefined {
  const needs = enhancementsOf(html);
  if (needs.length === 0) return undefined;
  const bundles = (name: Entry) =>
    ENTRIES[name].length === needs.length && needs.every((need) => (ENTRIES[name] as readonly string[]).includes(need));
  const entry = (Object.keys(ENTRIES) as Entry[]).find(bundles);
  if (!entry)
    throw new Error(
      `${page}: no script bundles what this page needs (${needs.join(', ')}); add an entry to src/scripts/entries/ and to ENTRIES in src/lib/page-script.ts`,
    );
  return entry;
}
