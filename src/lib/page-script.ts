// Which one script a page loads. Each enhancement is named by what needs it in the page's HTML
// (its custom elements, or the embed page's frame), and each page type's script
// (src/scripts/entries/) bundles a set of them into one file: a page loads one module, with no
// shared chunk (each file a page loads costs its own gzip overhead). PageScript.astro renders the
// page, reads what it holds, and loads the entry that bundles exactly that. The figures' behaviour
// comes in the script only on a page that opens on its figure (a figure's own page, its embed
// page); every other page with figures (the explainer, a section) fetches it later, as a file of
// its own, when a figure comes near (src/scripts/figures/on-demand.ts).
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

/**
 * What an entry holds: an enhancement, bundled; or 'figuresLater', the figures' behaviour fetched
 * when a figure comes near (src/scripts/figures/on-demand.ts).
 */
type Part = Enhancement | 'figuresLater';

/** The entries of src/scripts/entries/, each with what it holds. */
export const ENTRIES = {
  site: ['site'],
  reading: ['site', 'share'],
  /** A section with a figure. */
  figures: ['site', 'share', 'figuresLater'],
  /** A figure's own page. */
  'figure-page': ['site', 'share', 'figures'],
  explainer: ['site', 'share', 'figuresLater', 'contents'],
  'not-found': ['site', 'notFound'],
  embed: ['embed', 'figures'],
} as const satisfies Record<string, readonly Part[]>;

export type Entry = keyof typeof ENTRIES;

/** The enhancements a page's HTML needs, in the order of ENHANCEMENTS. */
export function enhancementsOf(html: string): Enhancement[] {
  return (Object.keys(ENHANCEMENTS) as Enhancement[]).filter((name) => ENHANCEMENTS[name].test(html));
}

/**
 * The entry that holds exactly what a page needs (none for a page that needs none); an error naming
 * the page and what it needs otherwise. A page that opens on its figure (a figure's own page, its
 * embed page: the figure is on the first screen) needs the figures' behaviour at once, bundled, as
 * fetching it apart would cost a second request as the page loads; any other, when a figure comes near.
 */
export function entryFor(html: string, page: string, opensOnFigure = false): Entry | undefined {
  const needs: Part[] = enhancementsOf(html).map((need) =>
    need === 'figures' && !opensOnFigure ? 'figuresLater' : need,
  );
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
