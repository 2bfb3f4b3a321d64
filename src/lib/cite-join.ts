// The prose writes a source note after its word with a space ("two tracks <Cite id="…" />"). A
// line may break at that space (and Chromium breaks before a button even after a no-break space),
// leaving the marker alone at the start of the next line.

/** The rendered markup of a source note marker opens so (src/components/Cite.astro). */
export const CITE_MARKER_START = '<a class="cite';

// One marker: the endnote link, and on screen the popover button after it.
const MARKER = `<a class="cite[^"]*"[^>]*>[^<]*</a>(?:<button[^>]*class="cite[^"]*"[^>]*>[^<]*</button>)?`;
const WORD_AND_MARKERS = new RegExp(`([^\\s<>]*)((?:\\s*${MARKER})+)`, 'g');

/** A paragraph's HTML with the last word before each source note marker (or run of markers) and
 *  the markers wrapped in one `<span class="cite-join">` that CSS keeps on one line; the words
 *  and the markers' names are unchanged, so a screen reader reads the same. */
export function joinCitesToWords(html: string): string {
  return html.replace(
    WORD_AND_MARKERS,
    (_, word: string, markers: string) => `<span class="cite-join">${word}${markers}</span>`,
  );
}
