// The prose writes a source note after its word with a space ("two tracks <Cite id="…" />"). A
// line may break at that space (and Chromium breaks before a button even after a no-break space),
// leaving the marker alone at the start of the next line.

// One marker as Cite.astro renders it, its text the number: on screen a button that opens its
// endnote (popovertarget), in the print view a link of class "cite".
const MARKER = `<(?:button [^>]*?popovertarget=|a [^>]*?class="cite")[^>]*>[^<]*</(?:button|a)>`;
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
