// Text measurement for layouts drawn at build time, where there is no browser to measure with:
// an average glyph width generous enough for a wide fallback face (DejaVu Sans, Verdana-like), so
// that labels placed here never collide or clip whatever font the reader's system substitutes.

const AVERAGE_EM = 0.62;

/** The approximate width in pixels of a line of sans-serif text at a font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return text.length * fontSize * AVERAGE_EM * (bold ? 1.1 : 1);
}

/** Breaks text into lines no wider than maxWidth, at ordinary spaces only: a no-break space (as
 * before a French ";" or ":") holds. A single over-long word keeps its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Splits an annotation written with "\n" line breaks into its lines. */
export function lines(text: string): string[] {
  return text.split('\n');
}
