// Text set at build time, where no browser lays it out: breaking into lines, balancing them,
// cutting them to a count and fitting a size, for any measure (the charts' estimated pixel widths,
// the preview images' character counts). Lines break only where French and English typography
// allow: at a breakable space, never at a no-break space (U+00A0 before « : » and « ; », U+202F
// before « ? » and « ! » and inside « », U+2007 in numbers) nor at a word joiner.

/** The width of a line in a measure (pixels, characters…). */
export type Measure = (line: string) => number;

/** The spaces a line may break at: ASCII white space and Unicode's breakable spaces (U+2000–U+2006, U+2008–U+200A, U+205F, U+3000, U+1680). */
const BREAKABLE = /[ \t\n\r\f\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+/;

/** The words of a text: the runs between breakable spaces (a no-break space stays inside its word). */
export function words(text: string): string[] {
  return text.split(BREAKABLE).filter(Boolean);
}

/** Splits a word after its hyphens and slashes ("Su-30MK2/Su-30MKV" → "Su-", "30MK2/", "Su-", "30MKV"). */
function wordPieces(word: string): string[] {
  return word.match(/[^-/]+[-/]*|[-/]+/g) ?? [word];
}

/**
 * Breaks text into lines no wider than `maxWidth` in `measure`, filling each line in turn, at
 * breakable spaces only. A word wider than the line breaks after a hyphen or slash; a piece that
 * still does not fit keeps its own, over-long line (the caller can find it and say so).
 */
export function wrapLines(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words(text)) {
    const pieces = measure(word) > maxWidth ? wordPieces(word) : [word];
    pieces.forEach((piece, i) => {
      const next = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece;
      if (line && measure(next) > maxWidth) {
        lines.push(line);
        line = piece;
      } else line = next;
    });
  }
  if (line) lines.push(line);
  return lines;
}

/** The text in as few lines as `maxWidth` allows, their lengths then evened out (like CSS text-wrap: balance): wrapped at the narrowest width (to within `step`) that keeps the line count. */
export function balanceLines(text: string, maxWidth: number, measure: Measure, step = 1): string[] {
  const count = wrapLines(text, maxWidth, measure).length;
  if (count < 2) return wrapLines(text, maxWidth, measure);
  // The line count only grows as the width shrinks: search for the narrowest width that keeps it.
  let wide = maxWidth;
  let narrow = 0;
  while (wide - narrow > step) {
    const mid = (wide + narrow) / 2;
    if (wrapLines(text, mid, measure).length === count) wide = mid;
    else narrow = mid;
  }
  return wrapLines(text, wide, measure);
}

/** Cuts lines to `max`; when text was dropped, the last line kept loses words until it fits with an ellipsis, and ends with one. */
export function clampLines(lines: readonly string[], max: number, fits: (line: string) => boolean): string[] {
  if (lines.length <= max) return [...lines];
  const kept = lines.slice(0, max);
  let last = kept[max - 1]!;
  const ended = (l: string) => `${l.replace(/[\s,;:.–—-]+$/, '')}…`;
  while (!fits(ended(last)) && words(last).length > 1) last = last.slice(0, last.search(/\s\S*$/));
  kept[max - 1] = ended(last);
  return kept;
}

/** A text set at a size: its lines. */
export interface Fitted {
  size: number;
  lines: string[];
}

/**
 * The largest of `sizes` (largest first) at which the text, balanced to `maxWidth`, takes at most
 * `maxLines` lines, each within the width (`measure` gives a line's width at a size); undefined
 * when none does.
 */
export function fitText(
  text: string,
  sizes: readonly number[],
  maxWidth: number,
  maxLines: number,
  measure: (size: number) => Measure,
): Fitted | undefined {
  for (const size of sizes) {
    const lines = wrapLines(text, maxWidth, measure(size));
    if (lines.length <= maxLines && lines.every((l) => measure(size)(l) <= maxWidth))
      return { size, lines: balanceLines(text, maxWidth, measure(size)) };
  }
  return undefined;
}
