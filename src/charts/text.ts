// Text measurement for layouts drawn at build time, where there is no browser to measure with:
// an average glyph width generous enough for a wide fallback face (DejaVu Sans, Verdana-like), so
// that labels placed here never collide or clip whatever font the reader's system substitutes.

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

/** Splits a word after its hyphens and slashes ("Su-30MK2/Su-30MKV" → "Su-", "30MK2/", "Su-", "30MKV"). */
function wordPieces(word: string): string[] {
  return word.match(/[^-/]+[-/]*|[-/]+/g) ?? [word];
}

/** Breaks text into lines no wider than maxWidth, at ordinary spaces only: a no-break space (as
 * before a French ";" or ":") holds. A word wider than the line breaks after a hyphen or slash;
 * one that still does not fit keeps its own, over-long line (see overflowingLine). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const pieces = textWidth(word, fontSize, bold) > maxWidth ? wordPieces(word) : [word];
    pieces.forEach((piece, i) => {
      const next = line ? `${line}${i === 0 ? ' ' : ''}${piece}` : piece;
      if (line && textWidth(next, fontSize, bold) > maxWidth) {
        lines.push(line);
        line = piece;
      } else line = next;
    });
  }
  if (line) lines.push(line);
  return lines;
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
