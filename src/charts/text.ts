// Text measurement for layouts drawn at build time, where there is no browser to measure with:
// an average glyph width generous enough for a wide fallback face (DejaVu Sans, Verdana-like), so
// that labels placed here never collide or clip whatever font the reader's system substitutes.
import { wrapLines } from '../lib/text-wrap';

const AVERAGE_EM = 0.62;

/** A chart label that cannot fit the room the chart gives it (the message names the CSV row and field). */
export class LabelError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LabelError';
  }
}

/** The approximate width in pixels of a line of sans-serif text at a font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * AVERAGE_EM * (bold ? 1.1 : 1);
}

/** Breaks text into lines no wider than maxWidth, at breakable spaces only: a no-break space (as
 * before a French ";" or ":") holds. A word wider than the line breaks after a hyphen or slash;
 * one that still does not fit keeps its own, over-long line (see overflowingLine). The rules are
 * src/lib/text-wrap.ts's, with this module's measure. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  return wrapLines(text, maxWidth, (line) => textWidth(line, fontSize, bold));
}

/** The first line wider than maxWidth (it would be clipped at the drawing's edge), or undefined. */
export function overflowingLine(
  lines: readonly string[],
  maxWidth: number,
  fontSize: number,
  bold = false,
): string | undefined {
  return lines.find((line) => textWidth(line, fontSize, bold) > maxWidth);
}

/** Splits an annotation written with "\n" line breaks into its lines. */
export function lines(text: string): string[] {
  return text.split('\n');
}
